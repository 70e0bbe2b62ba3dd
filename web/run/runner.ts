// Turns the current scenario into jobs for the worker pool and the results into reports with
// src/experiments. One thing runs at a time; starting another cancels nothing silently: the
// buttons are disabled while busy and Cancel stops the pool (its workers are terminated).
import type { Model } from '../../src/core/model/model.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import {
  buildRunReport,
  buildSweepReport,
  parseObjectives,
  replicate,
  reportJson,
  runCompare,
  type CompareReport,
  type RunReport,
  type SweepReport,
} from '../../src/experiments/index.js';
import { callScenario } from '../load/scenarioClient.js';
import type { Store } from '../state/store.js';
import { limits } from '../state/limits.js';
import { createBrowserPool } from './browserPool.js';
import { scenarioDefaults, scenarioWarmup } from './runSpec.js';

export interface RunOutput {
  report: RunReport;
  json: string;
  model: Model;
  /** The text/variant/seed the report is for; the panels mark it stale when the scenario changes. */
  key: string;
}

export interface RunnerState {
  busy: { label: string; done: number; total: number } | null;
  run: RunOutput | null;
  compare: { report: CompareReport; json: string; key: string } | null;
  sweep: { report: SweepReport; json: string; key: string } | null;
  /** One traced replication for the over-time view. */
  trace: { run: RunResult; model: Model; key: string } | null;
  error: string | null;
}

export interface Runner {
  get(): RunnerState;
  subscribe(listener: (s: RunnerState) => void): () => void;
  /** Seed and replications in effect (the user's, else the scenario's). */
  settings(): { seed: string; replications: number };
  /** Identifies the current scenario + design + settings, to tell fresh results from stale ones. */
  currentKey(): string;
  run(): Promise<void>;
  /** With `precision` (e.g. 0.05), replications are added until every headline CI is within ±5% of its mean, up to `maxReplications`. */
  compare(designs: (string | null)[], precision?: number | null, maxReplications?: number): Promise<void>;
  sweep(path: string, values: (number | string | boolean)[], sweepName: string | null): Promise<void>;
  traceRun(replication: number): Promise<void>;
  cancel(): void;
}

function checkRuns(designs: number, replications: number): void {
  if (designs * replications > limits.runsPerAction) {
    throw new Error(`${designs} designs × ${replications} replications is more than the ${limits.runsPerAction.toLocaleString('en-US')} runs the page keeps in memory at once; use fewer, or the CLI.`);
  }
}

export function createRunner(store: Store): Runner {
  const pool = createBrowserPool();
  let state: RunnerState = { busy: null, run: null, compare: null, sweep: null, trace: null, error: null };
  const listeners = new Set<(s: RunnerState) => void>();
  const set = (patch: Partial<RunnerState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l(state);
  };

  const settings = () => {
    const s = store.get();
    const d = scenarioDefaults(s.loaded?.doc ?? {});
    return { seed: s.seed ?? d.seed, replications: Math.min(limits.replications, s.replications ?? d.replications) };
  };
  const currentKey = () => {
    const s = store.get();
    const { seed, replications } = settings();
    return JSON.stringify([s.file, s.text, s.variant, seed, replications]);
  };

  /** Runs `work` as the one busy task; errors become a message, never an unhandled rejection. */
  async function busy(label: string, work: (progress: (done: number, total: number) => void) => Promise<void>): Promise<void> {
    if (state.busy) return;
    set({ busy: { label, done: 0, total: 0 }, error: null });
    try {
      await work((done, total) => set({ busy: { label, done, total } }));
    } catch (err) {
      // Named errors (SimulationLimitError from the engine, ScenarioTimeout) keep their name; plain ones need none.
      const e = err as Error;
      const name = typeof e?.name === 'string' && e.name !== 'Error' ? `${e.name}: ` : '';
      set({ error: `${name}${e?.message ?? String(err)}` });
    } finally {
      set({ busy: null });
    }
  }

  function loadedOrThrow() {
    const s = store.get();
    if (s.loading) throw new Error('The scenario is still being read; try again in a moment.');
    if (!s.loaded) throw new Error('Load a valid scenario first.');
    return { s, loaded: s.loaded };
  }

  return {
    get: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    settings,
    currentKey,
    run: () =>
      busy('Running replications', async (progress) => {
        const { s, loaded } = loadedOrThrow();
        const { seed, replications } = settings();
        const key = currentKey();
        const model = loaded.model;
        const r = await replicate(pool, [model], seed, 0, replications, progress);
        if (r.runs[0].length === 0) {
          set({ error: 'Cancelled before any replication finished.' });
          return;
        }
        const report = buildRunReport(
          { scenario: model.name, design: s.variant ?? 'base', seed, horizonHours: model.horizon, warmup: scenarioWarmup(model) },
          r.runs[0],
        );
        set({ run: { report, json: reportJson(report), model, key }, error: r.cancelled ? `Cancelled: the report covers ${r.runs[0].length} replications.` : null });
      }),
    compare: (designs, precision = null, maxReplications = 200) =>
      busy('Comparing designs', async (progress) => {
        const { s } = loadedOrThrow();
        const { seed, replications } = settings();
        const key = currentKey();
        checkRuns(designs.length, precision === null ? replications : Math.max(replications, maxReplications));
        const built = await callScenario('designModels', s.file, s.text, designs);
        if (!built.ok) throw new Error(built.message);
        const models = built.models;
        const out = await runCompare({
          spec: {
            scenario: models[0].name,
            seed,
            horizonHours: models[0].horizon,
            warmup: scenarioWarmup(models[0]),
            designs: designs.map((v) => ({ name: v ?? 'base', variant: v })),
          },
          models,
          replications,
          precision,
          // As `opsim compare --precision p --max-replications m`; without a target the cap is unused.
          maxReplications: precision === null ? replications : maxReplications,
          executor: pool,
          onProgress: progress,
        });
        if (!out.report) {
          set({ error: 'Cancelled before every design had one replication.' });
          return;
        }
        set({ compare: { report: out.report, json: reportJson(out.report), key }, error: out.cancelled ? 'Cancelled: the comparison covers fewer replications.' : null });
      }),
    sweep: (path, values, sweepName) =>
      busy('Sweeping', async (progress) => {
        const { s } = loadedOrThrow();
        const { seed, replications } = settings();
        const key = currentKey();
        if (values.length === 0) throw new Error('Give at least one value to sweep.');
        if (values.length > limits.sweepValues) throw new Error(`At most ${limits.sweepValues} values per sweep.`);
        checkRuns(values.length, replications);
        const built = await callScenario('sweepModels', s.file, s.text, s.variant, path, values);
        if (!built.ok) throw new Error(built.message);
        const models = built.models;
        const r = await replicate(pool, models, seed, 0, replications, progress);
        if (r.runs[0].length === 0) {
          set({ error: 'Cancelled before every value had one replication.' });
          return;
        }
        const design = s.loaded!.model; // as the CLI: name, horizon and warm-up of the design before the sweep
        const report = buildSweepReport(
          {
            scenario: design.name,
            design: s.variant ?? 'base',
            sweep: sweepName,
            seed,
            horizonHours: design.horizon,
            warmup: scenarioWarmup(design),
            params: [{ path, values }],
            // The CLI's default objectives, so the report matches `opsim sweep --json`.
            objectives: parseObjectives(['cost', 'escalations', 'defects']),
          },
          r.runs,
        );
        set({ sweep: { report, json: reportJson(report), key }, error: r.cancelled ? 'Cancelled: the sweep covers fewer replications.' : null });
      }),
    traceRun: (replication) =>
      busy('Tracing one run', async (progress) => {
        const { loaded } = loadedOrThrow();
        const { seed } = settings();
        const key = currentKey();
        let model = loaded.model;
        if (model.traceEvery <= 0) {
          // No trace in the file: sample about 400 times over the horizon.
          model = { ...model, traceEvery: Math.max(0.25, model.horizon / 400) };
        }
        const r = await replicate(pool, [model], seed, replication, replication + 1, progress, { keepSeries: true });
        const run = r.runs[0][0];
        if (!run) return;
        set({ trace: { run, model, key } });
      }),
    cancel: () => pool.cancel(),
  };
}
