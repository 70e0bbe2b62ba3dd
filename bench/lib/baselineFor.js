// Which recorded baseline a CI run is judged against. A ratio to the hand-written ceiling cancels
// the machine's speed but not its kind of processor: the same build read M/M/20 0.49 and the
// tandem 0.50 on the Intel Xeon machines of 2026-12-05 and 0.40 and 0.38 on an AMD EPYC one the
// same evening (the ceiling's tight loop gains more from the AMD core than the engine does). One
// baseline for both put the tandem 24% below it on AMD, a hair from the 25% limit. So
// bench/baseline.json keeps one baseline per processor model (the `model name` of /proc/cpuinfo),
// and a run is judged against its own processor's; on a processor with none, against the lowest
// recorded ratio of each workload, so that a new kind of machine cannot fail for its kind alone.

/**
 * The baselines in a baseline.json document: [{ recorded, ratios }]. The first format held one
 * baseline at the top level (`recorded`, `ratios`); it is read as a list of one.
 */
export function recordedBaselines(doc) {
  if (doc === null || typeof doc !== 'object') return [];
  if (Array.isArray(doc.machines)) return doc.machines;
  if (doc.ratios && typeof doc.ratios === 'object') return [{ recorded: doc.recorded ?? {}, ratios: doc.ratios }];
  return [];
}

/**
 * The ratios to judge a run on processor `cpu` against, and where they come from:
 * { ratios, cpu, matched }. `matched` is false when no baseline was recorded on this processor;
 * then each workload's lowest recorded ratio is used and `cpu` lists the processors they came from.
 * Null when the document holds no baseline.
 */
export function baselineFor(doc, cpu) {
  const all = recordedBaselines(doc);
  if (all.length === 0) return null;
  const own = all.find((b) => b.recorded?.cpu === cpu);
  if (own) return { ratios: own.ratios, cpu, matched: true };
  const ratios = {};
  for (const b of all) {
    for (const [name, value] of Object.entries(b.ratios)) {
      if (!(name in ratios) || value < ratios[name]) ratios[name] = value;
    }
  }
  return { ratios, cpu: all.map((b) => b.recorded?.cpu ?? 'unknown').join(', '), matched: false };
}

/** The document with `entry` ({ recorded, ratios }) as the baseline of its processor, the others kept. */
export function withBaseline(doc, entry, note) {
  const others = recordedBaselines(doc).filter((b) => b.recorded?.cpu !== entry.recorded.cpu);
  return { note, mode: 'ci', machines: [...others, entry] };
}
