// Peak heap, sampled from the engine's onCheckpoint (every 65,536 events) and once at the end.
// With forceGc (node --expose-gc) each sample is taken after a full collection, so it measures
// live data (what the run holds on to) rather than garbage not yet collected: that is the figure
// compared between run lengths, because it depends on WIP only if memory is bounded.
export function createHeapSampler({ forceGc = false } = {}) {
  let peakUsed = 0;
  let peakLive = 0;
  let samples = 0;
  const gc = globalThis.gc;
  const sample = () => {
    samples++;
    const used = process.memoryUsage().heapUsed;
    if (used > peakUsed) peakUsed = used;
    if (forceGc && gc) {
      gc();
      const live = process.memoryUsage().heapUsed;
      if (live > peakLive) peakLive = live;
    }
  };
  return {
    onCheckpoint: () => sample(),
    sample,
    reset() {
      peakUsed = 0;
      peakLive = 0;
      samples = 0;
    },
    get peakUsed() {
      return peakUsed;
    },
    get peakLive() {
      return peakLive;
    },
    get samples() {
      return samples;
    },
  };
}
