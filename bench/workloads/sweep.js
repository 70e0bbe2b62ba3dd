// A 50-point sweep of the company scenario's gate threshold, 10 replications per point, one
// simulated year each: the experiment layer's typical heavy job. It goes through src/experiments
// when that offers a sweep; otherwise it applies each value with setParam and runs simulate itself
// (same work for the engine, no experiment-layer overhead). Checks: conservation in every run.
import { loadDist, distExists } from '../lib/loadDist.js';
import { SkipWorkload } from '../lib/skip.js';
import { loadCompany, withHorizon } from './companyScenario.js';
import { conservationHolds } from './conservation.js';

const SIZES = {
  full: { points: 50, replications: 10, hours: 52 * 168 },
  ci: { points: 4, replications: 2, hours: 13 * 168 },
};

/** The first sweep the scenario declares, else the first cut of the first threshold gate. */
function sweepParam(loaded) {
  const doc = loaded.doc ?? loaded.document;
  const declared = doc?.sweeps && Object.values(doc.sweeps)[0];
  if (declared?.param) return declared.param;
  for (const [id, step] of Object.entries(doc?.steps ?? {})) {
    if (step?.next?.thresholds) return `steps.${id}.next.thresholds.cuts.0`;
  }
  throw new SkipWorkload('the company scenario has no threshold gate to sweep');
}

function values(points, lo, hi) {
  return Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / Math.max(1, points - 1));
}

export const sweep = {
  name: 'sweep',
  title: 'gate-threshold sweep, 50 x 10 reps',
  kind: 'scenario',
  ratioBasis: 'events',
  async prepare({ size, seed }) {
    const { simulate } = await loadDist('core/index.js');
    const { scenario, loaded } = await loadCompany();
    const s = SIZES[size];
    const param = sweepParam(loaded);
    const doc = loaded.doc ?? loaded.document;
    if (!scenario.setParam) throw new SkipWorkload('src/scenario exports no setParam yet');
    const compileOf = (d) => {
      if (scenario.compileScenario) return scenario.compileScenario(d);
      if (scenario.compile) return scenario.compile(d);
      throw new SkipWorkload('src/scenario exports no compile for a patched document');
    };
    const models = values(s.points, 0.05, 0.95).map((v) => {
      const compiled = compileOf(scenario.setParam(doc, param, v));
      const model = compiled.model ?? compiled;
      return withHorizon(model, s.hours);
    });
    const wip = models[0].initialWip.reduce((n, w) => n + w.count, 0);
    return {
      run(onCheckpoint) {
        let events = 0, items = 0, conservation = true, runs = 0;
        for (const model of models) {
          for (let r = 0; r < s.replications; r++) {
            const result = simulate(model, { seed, replication: r, onCheckpoint });
            events += result.events;
            items += result.totals.arrived;
            conservation &&= conservationHolds(result, wip);
            runs++;
          }
        }
        return { events, items, replications: runs, figures: { conservation } };
      },
      checks: [{ figure: 'conservation', label: 'conservation in every run' }],
      title: `${param} x ${s.points} points x ${s.replications} reps, ${s.hours / 168} weeks`,
      via: distExists('experiments/index.js') ? 'setParam + simulate (experiments API not wired yet)' : 'setParam + simulate',
    };
  },
};
