// A 50-point sweep of the company scenario's gate threshold, 10 replications per point, one
// simulated year each: the experiment layer's typical heavy job, run the way `opsim sweep` runs it
// (modelWithParams per point, replicate through a worker pool, buildSweepReport) but with one
// in-process worker, so that it is single-threaded like the ceiling it is compared with.
// Checks: conservation in every run, and a report with a Pareto front.
import { loadDist } from '../lib/loadDist.js';
import { SkipWorkload } from '../lib/skip.js';
import { companySource, companyModel } from './companyScenario.js';
import { conservationHolds } from './conservation.js';
import { parse } from 'yaml';

const SIZES = {
  full: { points: 50, replications: 10, weeks: 52 },
  ci: { points: 4, replications: 2, weeks: 13 },
};

/** The scenario's `gate-threshold` sweep (else its first): its parameter and the range of its values. */
function declaredSweep(text) {
  const sweeps = parse(text)?.sweeps ?? {};
  const name = 'gate-threshold' in sweeps ? 'gate-threshold' : Object.keys(sweeps)[0];
  const declared = sweeps[name];
  if (!declared?.param) throw new SkipWorkload('the company scenario declares no sweep');
  const v = declared.values;
  const [lo, hi] = Array.isArray(v) ? [Math.min(...v), Math.max(...v)] : [v.from, v.to];
  return { name, param: declared.param, lo, hi };
}

export const sweep = {
  name: 'sweep',
  title: 'gate-threshold sweep, 50 x 10 reps',
  kind: 'scenario',
  ratioBasis: 'events',
  async prepare({ size, seed }) {
    const { simulate } = await loadDist('core/index.js');
    const experiments = await loadDist('experiments/index.js');
    const worker = await loadDist('worker/index.js');
    const source = await companySource();
    const s = SIZES[size];
    const { name, param, lo, hi } = declaredSweep(source.text);
    // s.points values evenly spaced over the declared [lo, hi], both ends included.
    const values = Array.from({ length: s.points }, (_, i) =>
      Number((lo + ((hi - lo) * i) / (s.points - 1)).toPrecision(12)),
    );
    const horizon = { path: 'horizon', value: `${s.weeks}w` };
    const models = [];
    for (const v of values) models.push(await companyModel(source, [horizon, { path: param, value: v }]));
    const wip = models[0].initialWip.reduce((n, w) => n + w.count, 0);

    let onCheckpoint;
    const api = worker.createWorkerApi((model, options) => simulate(model, { ...options, onCheckpoint }));
    const pool = worker.createWorkerPool({ size: 1, spawn: () => worker.inProcessWorker(api) });
    const spec = {
      scenario: source.file,
      design: 'base',
      sweep: name,
      seed: String(seed),
      horizonHours: s.weeks * 168,
      warmup: { method: 'scenario', hours: models[0].warmup, pilot: null },
      params: [{ path: param, values }],
      objectives: experiments.parseObjectives(['cost', 'escalations']),
    };
    return {
      async run(checkpoint) {
        onCheckpoint = checkpoint;
        const { runs } = await experiments.replicate(pool, models, String(seed), 0, s.replications);
        const report = experiments.buildSweepReport(spec, runs);
        let events = 0,
          items = 0,
          conservation = true,
          n = 0;
        for (const point of runs) {
          for (const result of point) {
            events += result.events;
            items += result.totals.arrived;
            conservation &&= conservationHolds(result, wip);
            n++;
          }
        }
        return {
          events,
          items,
          replications: n,
          figures: { conservation, pareto: report.pareto.length > 0 && n === s.points * s.replications },
        };
      },
      checks: [
        { figure: 'conservation', label: 'conservation in every run' },
        { figure: 'pareto', label: 'every replication ran and the report has a Pareto front' },
      ],
      title: `${param} over (${lo}, ${hi}], ${s.points} points x ${s.replications} reps, ${s.weeks} weeks`,
      via: 'experiments.replicate + buildSweepReport, 1 in-process worker',
    };
  },
};
