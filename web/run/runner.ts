// Turns the current scenario into jobs for the worker pool and the results into reports with
// src/experiments. One thing runs at a time; starting another cancels nothing silently: the
// buttons are disabled while busy and Cancel stops the pool (its workers are terminated).
import type { Model, RunResult } from '../../src/core/index.js';
import {
  buildRunReport,
  buildSweepReport,
  coverageNote,
  gridPoints,
  parseObjectives,
  readWarmup,
  replicate,
  reportJson,
  readSelectionGoal,
  resolveWarmup,
  runCompare,
  runOptimise,
  runSelect,
  selectionKeys,
  optimiseSpec,
  warmOptimise,
  DECISION_COST,
  type CompareReport,
  type OptimiseJob,
  type OptimiseReport,
  type SelectReport,
  type SelectionGoalInput,
  type RunReport,
  type SweepParam,
  type SweepReport,
  type WarmupRequest,
  type GoalFailure,
} from '../../src/experiments/index.js';
import type { ResultKind } from '../state/savedResults.js';
import { callScenario } from '../load/scenarioClient.js';
import { eventLogJob } from '../eventlog/eventLogClient.js';
import type { EventLogResponse } from '../eventlog/eventLogProtocol.js';
import type { Store } from '../state/store.js';
import { limits } from '../state/limits.js';
import { createBrowserPool, warmUpJob } from './browserPool.js';
import { heldResultsProblem, resultsBudget } from './heldResults.js';
import { scenarioDefaults } from './runSpec.js';
import { withPeriods } from '../../src/scenario/index.js';

/** The shortest time between two progress updates of one phase (see busy()). */
const PROGRESS_MS = 150;

export interface RunOutput {
  report: RunReport;
  json: string;
  model: Model;
  /** The text/variant/seed the report is for; the panels mark it stale when the scenario changes. */
  key: string;
  /** Put back from an earlier visit rather than computed now. */
  restored?: boolean;
}

export interface RunnerState {
  /** `since`: when its phase began (performance.now()), for the time left. */
  busy: { label: string; done: number; total: number; since: number } | null;
  run: RunOutput | null;
  compare: { report: CompareReport; json: string; key: string; restored?: boolean } | null;
  sweep: { report: SweepReport; json: string; key: string; restored?: boolean } | null;
  select: { report: SelectReport; json: string; key: string; restored?: boolean } | null;
  optimise: { report: OptimiseReport; json: string; key: string; restored?: boolean } | null;
  /** One traced replication for the over-time view. */
  trace: { run: RunResult; model: Model; key: string } | null;
  error: string | null;
}

/** Progress of the busy task; `phase` relabels it (the warm-up pilot before the replications). */
type Progress = (done: number, total: number, phase?: string) => void;

export interface Runner {
  get(): RunnerState;
  subscribe(listener: (s: RunnerState) => void): () => void;
  /** Seed, replications and warm-up in effect (the user's, else the scenario's: warm-up null). */
  settings(): {
    seed: string;
    replications: number;
    warmup: string | null;
    periods: 'week' | 'month' | 'quarter' | null;
  };
  /** Identifies the current scenario + design + settings, to tell fresh results from stale ones. */
  currentKey(): string;
  run(): Promise<void>;
  /** With `precision` (e.g. 0.05), replications are added until every headline CI is within ±5% of its mean, up to `maxReplications`. */
  compare(designs: (string | null)[], precision?: number | null, maxReplications?: number): Promise<void>;
  /** One parameter, or two whose grid is swept (the first varying slowest), as `opsim sweep --param2`. */
  sweep(params: SweepParam[], sweepName: string | null): Promise<void>;
  /** The best of `request.designs` (base first) on an objective under limits, as `opsim select` picks it. */
  select(request: SelectRequest): Promise<void>;
  /** The best combination of the design's `decisions:` on the goal, as `opsim optimise` finds and certifies it. */
  optimise(request: OptimiseRequest): Promise<void>;
  traceRun(replication: number): Promise<void>;
  /**
   * The design against an observed log (as `opsim drift`): the event-log worker reads and compares,
   * the replications run on this runner's simulation workers. Null when another task is running.
   */
  checkDrift(
    log: { name: string; text: string },
    windowHours: number,
    replications: number,
  ): Promise<EventLogResponse | null>;
  cancel(): void;
  /** Starts the simulation workers before the first run needs them (see BrowserPool.prepare). */
  prepare(): void;
  /** Puts back a result kept from an earlier visit (its JSON is the report, byte for byte); `restored` marks it so it is not kept again. */
  restore(kind: ResultKind, json: string, key: string, model: Model): void;
}

/** What the Select tab asks for: the designs, the goal as typed (read as `opsim select` reads its options) and the procedure's sizes. */
export interface SelectRequest {
  /** The base (null) and variants to choose among; unused with `params`. */
  designs: (string | null)[];
  /** Choose among the points of a sweep of the current design instead, as `opsim select --param`. */
  params?: SweepParam[];
  goal: SelectionGoalInput;
  /** As `--first-stage`, `--batch`, `--max-replications`; the CLI's defaults are 10, 5 and 1,000. */
  firstStage: number;
  batch: number;
  maxReplications: number;
}

/** What the Select tab asks for when it optimises the design's decisions: the goal as typed and the sizes, as `opsim optimise` takes them (undefined for the CLI's defaults). */
export type OptimiseRequest = Pick<
  OptimiseJob,
  'firstStage' | 'batch' | 'maxReplications' | 'exhaustive' | 'budget' | 'finalists'
> & { goal: SelectionGoalInput };

/** The CLI's sizes of the procedure, for a report byte-identical to `opsim select` without those options. */
export const selectDefaults = { firstStage: 10, batch: 5, maxReplications: 1000 };

/** A goal's problem in the page's words: the field of the form it is about, then why. */
const goalFailure: GoalFailure = (what, message) => {
  const field =
    what.option === 'constraint'
      ? `Limit ${what.index + 1} ("${what.text}")`
      : { objective: 'Objective', delta: 'Indifference zone', confidence: 'Confidence' }[what.option];
  throw new Error(`${field}: ${message}`);
};

function checkRuns(designs: number, replications: number, noun = 'designs'): void {
  if (designs * replications > limits.runsPerAction) {
    throw new Error(
      `${designs} ${noun} × ${replications} replications is more than the ${limits.runsPerAction.toLocaleString('en-US')} runs the page keeps in memory at once; use fewer, or the CLI.`,
    );
  }
}

/** What a sweep of `params` would run, or why the page will not run it. */
export function sweepGridProblem(params: readonly SweepParam[]): string | null {
  if (params.some((p) => p.values.length === 0)) return 'Give at least one value to sweep.';
  if (params.length === 2 && params[0].path === params[1].path)
    return 'The second parameter must differ from the first.';
  const points = params.reduce((n, p) => n * p.values.length, 1);
  if (points <= limits.sweepValues) return null;
  const grid =
    params.length === 2
      ? `The grid has ${params[0].values.length} × ${params[1].values.length} = ${points} points`
      : `The sweep has ${points} values`;
  return `${grid}; the page sweeps at most ${limits.sweepValues} points. Use fewer values, or the CLI (opsim sweep, up to 10,000 runs).`;
}

export function createRunner(store: Store): Runner {
  const pool = createBrowserPool();
  let state: RunnerState = {
    busy: null,
    run: null,
    compare: null,
    sweep: null,
    select: null,
    optimise: null,
    trace: null,
    error: null,
  };
  const listeners = new Set<(s: RunnerState) => void>();
  const set = (patch: Partial<RunnerState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l(state);
  };

  const settings = () => {
    const s = store.get();
    const d = scenarioDefaults(s.loaded?.doc ?? {});
    return {
      seed: s.seed ?? d.seed,
      replications: Math.min(limits.replications, s.replications ?? d.replications),
      warmup: s.warmup,
      periods: s.periods,
    };
  };
  const currentKey = () => {
    const s = store.get();
    const { seed, replications, warmup, periods } = settings();
    return JSON.stringify([s.file, s.text, s.variant, seed, replications, warmup, ...(periods ? [periods] : [])]);
  };

  /**
   * The warm-up request for `models`, read against the first model's horizon as the CLI reads
   * `--warmup`; a bad setting throws before anything runs. The pilot's progress shows under its own label.
   */
  function warmupRequest(
    models: readonly Model[],
    progress: Progress,
    pilot: WarmupRequest['pilot'] = 'all',
  ): WarmupRequest {
    const { seed, replications, warmup } = settings();
    const read = readWarmup(warmup ?? undefined, models[0].horizon);
    if ('error' in read) throw new Error(`Warm-up: ${read.error}`);
    return {
      option: read.warmup,
      seed,
      replications,
      pilot,
      onProgress: (d, t) => progress(d, t, 'Warm-up pilot (MSER-5)'),
    };
  }

  /** Cancel was pressed during the busy task (the pool is cancelled too; this tells work not yet sent to it). */
  let cancelled = false;

  /** Runs `work` as the one busy task; errors become a message, never an unhandled rejection. */
  async function busy(label: string, work: (progress: Progress) => Promise<void>): Promise<void> {
    if (state.busy) return;
    cancelled = false;
    // A new phase (the warm-up pilot, then the replications) has a pace of its own: `since` restarts.
    let since = performance.now();
    set({ busy: { label, done: 0, total: 0, since }, error: null });
    // Progress arrives with every result and every few thousand events in each worker (about 80 a
    // second for the company on two workers), and each update redraws the panels: the page's main
    // thread spent 0.7 s of a 5.5 s Compare on layout and paint, on a machine whose cores the workers
    // need. A new phase or total shows at once; otherwise at most one update per PROGRESS_MS.
    let shownAt = -Infinity;
    let shown = { label, total: 0 };
    try {
      await work((done, total, phase = label) => {
        const now = performance.now();
        if (phase === shown.label && total === shown.total && done < total && now - shownAt < PROGRESS_MS) return;
        if (phase !== shown.label) since = now;
        shownAt = now;
        shown = { label: phase, total };
        set({ busy: { label: phase, done, total, since } });
      });
    } catch (err) {
      // Named errors (SimulationLimitError from the engine, ScenarioTimeout) keep their name; plain ones need none.
      const e = err as Error;
      const name = typeof e?.name === 'string' && e.name !== 'Error' ? `${e.name}: ` : '';
      set({ error: `${name}${e?.message ?? String(err)}` });
    } finally {
      set({ busy: null });
    }
  }

  /** Throws, before the replications run, when their results would not fit the page's memory. */
  async function checkHeld(models: readonly Model[], replications: number): Promise<void> {
    const problem = await heldResultsProblem(models, replications, resultsBudget(), async (jobs) => {
      const r = await pool.run(jobs);
      return r.cancelled ? null : r.results;
    });
    if (problem !== null) throw new Error(problem);
  }

  function cancelledInPilot(): void {
    set({ error: 'Cancelled during the warm-up pilot; no replication ran.' });
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
        const measured = withPeriods(loaded.model, startOf(loaded.doc), s.periods ?? undefined);
        const warm = await resolveWarmup(pool, [measured], warmupRequest([measured], progress));
        if (warm === null) return cancelledInPilot();
        const model = warm.models[0];
        await checkHeld([model], replications);
        const r = await replicate(pool, [model], seed, 0, replications, progress);
        if (r.runs[0].length === 0) {
          set({ error: 'Cancelled before any replication finished.' });
          return;
        }
        const report = buildRunReport(
          { scenario: model.name, design: s.variant ?? 'base', seed, horizonHours: model.horizon, warmup: warm.warmup },
          r.runs[0],
        );
        set({
          run: { report, json: reportJson(report), model, key },
          error: r.cancelled ? `Cancelled: ${coverageNote(r.runs[0].length, replications, null)}.` : null,
        });
      }),
    compare: (designs, precision = null, maxReplications = 200) =>
      busy('Comparing designs', async (progress) => {
        const { s } = loadedOrThrow();
        const { seed, replications } = settings();
        const key = currentKey();
        // As `opsim compare`, which has nothing to compare without a variant.
        if (designs.length < 2)
          throw new Error('A comparison needs at least two designs: tick a variant, or save edits as a variant first.');
        checkRuns(designs.length, precision === null ? replications : Math.max(replications, maxReplications));
        const built = await callScenario('designModels', s.file, s.text, designs);
        if (!built.ok) throw new Error(built.message);
        const start = startOf(s.loaded!.baseDoc);
        const measured = built.models.map((m) => withPeriods(m, start, s.periods ?? undefined));
        const warm = await resolveWarmup(pool, measured, warmupRequest(measured, progress));
        if (warm === null) return cancelledInPilot();
        const models = warm.models;
        await checkHeld(models, precision === null ? replications : Math.max(replications, maxReplications));
        const out = await runCompare({
          spec: {
            scenario: models[0].name,
            seed,
            horizonHours: models[0].horizon,
            warmup: warm.warmup,
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
        set({
          compare: { report: out.report, json: reportJson(out.report), key },
          error: out.cancelled
            ? `Cancelled: ${coverageNote(out.report.replications, precision === null ? replications : maxReplications, 'design')}.`
            : null,
        });
      }),
    sweep: (params, sweepName) =>
      busy('Sweeping', async (progress) => {
        const { s } = loadedOrThrow();
        const { seed, replications } = settings();
        const key = currentKey();
        const problem = sweepGridProblem(params);
        if (problem) throw new Error(problem);
        checkRuns(gridPoints(params).length, replications, 'points');
        const built = await callScenario('sweepModels', s.file, s.text, s.variant, params);
        if (!built.ok) throw new Error(built.message);
        const start = startOf(s.loaded!.doc);
        const measured = built.models.map((m) => withPeriods(m, start, s.periods ?? undefined));
        const warm = await resolveWarmup(pool, measured, warmupRequest(measured, progress, 'first'));
        if (warm === null) return cancelledInPilot();
        const r = await replicate(pool, warm.models, seed, 0, replications, progress);
        if (r.runs[0].length === 0) {
          set({ error: 'Cancelled before every value had one replication.' });
          return;
        }
        const design = s.loaded!.model; // as the CLI: name and horizon of the design before the sweep
        const report = buildSweepReport(
          {
            scenario: design.name,
            design: s.variant ?? 'base',
            sweep: sweepName,
            seed,
            horizonHours: design.horizon,
            warmup: warm.warmup,
            params,
            // The CLI's default objectives, so the report matches `opsim sweep --json`.
            objectives: parseObjectives(['cost', 'escalations', 'defects']),
          },
          r.runs,
        );
        set({
          sweep: { report, json: reportJson(report), key },
          error: r.cancelled ? `Cancelled: ${coverageNote(r.runs[0].length, replications, 'point')}.` : null,
        });
      }),
    select: (request) =>
      busy('Selecting', async (progress) => {
        const { s } = loadedOrThrow();
        const { seed } = settings();
        const key = currentKey();
        const { firstStage, batch, maxReplications, params } = request;
        const points = params ? gridPoints(params) : null;
        if (params) {
          const problem = sweepGridProblem(params);
          if (problem) throw new Error(problem);
        }
        if ((points?.length ?? request.designs.length) < 2)
          throw new Error(
            points
              ? 'A selection needs at least two points: give the parameter two values or more.'
              : 'A selection needs at least two designs: tick a variant, or save edits as a variant first.',
          );
        const built = params
          ? await callScenario('sweepModels', s.file, s.text, s.variant, params)
          : await callScenario('designModels', s.file, s.text, request.designs);
        if (!built.ok) throw new Error(built.message);
        const goal = readSelectionGoal(request.goal, selectionKeys(built.models[0]), goalFailure);
        // As the CLI: the pilot (when asked for) runs as many replications as the first stage, on
        // every design, or on a sweep's first point.
        const warm = await resolveWarmup(pool, built.models, {
          ...warmupRequest(built.models, progress, points ? 'first' : 'all'),
          replications: firstStage,
        });
        if (warm === null) return cancelledInPilot();
        // Named and timed as the CLI names them: the design before the sweep, each point as path=value.
        const base = points ? s.loaded!.model : built.models[0];
        const designs = points
          ? points.map((point) => ({
              name: Object.entries(point)
                .map(([path, v]) => `${path}=${String(v)}`)
                .join(', '),
              variant: s.variant,
              values: point,
            }))
          : request.designs.map((v) => ({ name: v ?? 'base', variant: v, values: null }));
        const report = await runSelect({
          spec: {
            scenario: base.name,
            seed,
            horizonHours: base.horizon,
            warmup: warm.warmup,
            designs,
            objective: goal.objective,
            constraints: goal.constraints,
            delta: goal.delta,
            confidence: goal.confidence,
            firstStage,
            batch,
            maxReplications,
            commonRandomNumbers: true,
          },
          models: warm.models,
          executor: pool,
          onProgress: progress,
        });
        set({
          select: { report, json: reportJson(report), key },
          error:
            report.rule === 'cancelled'
              ? `Cancelled after ${report.replications.used} replications used in all (${report.designs.map((d) => `${d.name} ${d.replications}`).join(', ')}); ${report.selected === null ? 'no design led yet' : `${report.selected} led`}, with no guarantee.`
              : null,
        });
      }),
    optimise: (request) =>
      busy('Optimising', async (progress) => {
        const { s, loaded } = loadedOrThrow();
        const { seed } = settings();
        const key = currentKey();
        const space = await callScenario('decisionModels', s.file, s.text, s.variant);
        if (!space.ok) throw new Error(space.message);
        const goal = readSelectionGoal(request.goal, [...selectionKeys(space.models[0]), DECISION_COST], goalFailure);
        const spec = optimiseSpec({
          base: loaded.model,
          decisions: space.decisions,
          variant: s.variant,
          designs: space.models.length,
          seed,
          goal,
          firstStage: request.firstStage,
          batch: request.batch,
          maxReplications: request.maxReplications,
          exhaustive: request.exhaustive,
          budget: request.budget,
          finalists: request.finalists,
        });
        // As the CLI: the pilot (when asked for) runs the first stage's replications of the first design.
        const asked = warmupRequest(space.models, progress, 'first');
        const warm = await warmOptimise(spec, space.models, asked.option, pool, asked.onProgress);
        if (warm === null) return cancelledInPilot();
        let phase = 'Optimising';
        const report = await runOptimise({
          spec: warm.spec,
          models: warm.models,
          executor: pool,
          onProgress: (done, total) => progress(done, total, phase),
          onPhase: (text) => {
            phase = text.charAt(0).toUpperCase() + text.slice(1);
            progress(0, 0, phase);
          },
        });
        set({
          optimise: { report, json: reportJson(report), key },
          error: report.rule === 'cancelled' ? `Cancelled: ${report.guarantee}` : null,
        });
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
    async checkDrift(log, windowHours, replications) {
      if (state.busy) return null;
      let response = null as EventLogResponse | null;
      await busy('Checking drift', async (progress) => {
        const s = store.get();
        // Replications measured by earlier calls: the worker asks for the first run alone, then the rest.
        let before = 0;
        progress(0, replications);
        response = await eventLogJob(
          {
            kind: 'drift',
            file: s.file,
            scenarioText: s.text,
            variant: s.variant,
            seed: s.seed ?? (s.loaded?.doc.seed as string | number | undefined) ?? 1,
            logName: log.name,
            logText: log.text,
            windowHours,
            replications,
          },
          async (jobs) => {
            // Cancel pressed while the worker read the log, before it asked for any replication.
            if (cancelled) return { results: jobs.map(() => undefined), cancelled: true };
            const r = await pool.measure(jobs, { onProgress: (done) => progress(before + done, replications) });
            before += jobs.length;
            return r;
          },
        );
      });
      return response;
    },
    cancel: () => {
      cancelled = true;
      pool.cancel();
    },
    prepare: () => {
      const model = store.get().loaded?.model;
      pool.prepare(model ? warmUpJob(model) : undefined);
    },
    restore(kind, json, key, model) {
      const report = JSON.parse(json);
      if (kind === 'run') set({ run: { report, json, model, key, restored: true } });
      else if (kind === 'compare') set({ compare: { report, json, key, restored: true } });
      else if (kind === 'select') set({ select: { report, json, key, restored: true } });
      else if (kind === 'optimise') set({ optimise: { report, json, key, restored: true } });
      else set({ sweep: { report, json, key, restored: true } });
    },
  };
}

/** The start date a document names, for calendar periods (the default start when it names none). */
function startOf(doc: Record<string, unknown>): string | undefined {
  return typeof doc.start === 'string' ? doc.start : undefined;
}
