// One workload in a fresh process (node --expose-gc bench/child.js '<json job>'), so that peak
// heap is this workload's alone and JIT state does not leak between workloads. Prints one JSON
// line. Speed jobs interleave ceiling and engine runs (alternating which goes first) and report
// medians, so that drift in machine load hits both sides of each ratio alike.
import { performance } from 'node:perf_hooks';
import { workloads } from './workloads/index.js';
import { loadDist } from './lib/loadDist.js';
import { median } from './lib/median.js';
import { createHeapSampler } from './lib/heapSampler.js';
import { evaluateChecks } from './lib/evaluateChecks.js';
import { mmc } from './workloads/mmc.js';
import { SkipWorkload } from './lib/skip.js';

const job = JSON.parse(process.argv[2]);
const gc = globalThis.gc ?? (() => {});

// Scenario workloads have no ceiling of their own: their speed is put against the M/M/20 ceiling's
// events per second measured in the same process, a yardstick of this machine at this moment.
const CALIBRATION_ITEMS = 200_000;

async function engineRunner(w, items, seed) {
  if (w.kind === 'queueing') {
    const { simulate } = await loadDist('core/index.js');
    const model = w.model(items);
    return {
      run(onCheckpoint) {
        const result = simulate(model, { seed, replication: 0, onCheckpoint });
        return {
          events: result.events,
          items: result.totals.arrived,
          replications: 1,
          figures: w.figures(result),
          result,
        };
      },
      checks: w.checks(items),
    };
  }
  return w.prepare({ size: job.size, seed });
}

function ceilingRunner(w, items, seed) {
  if (w.kind === 'queueing') return (onCheckpoint) => w.ceiling(items, seed, onCheckpoint);
  return (onCheckpoint) => mmc.ceiling(CALIBRATION_ITEMS, seed, onCheckpoint);
}

// `ms` is CPU time (user + system, all threads of this process, so GC helpers count) rather than
// wall time: on a shared machine a process waits for a core for a varying share of its run, and
// that wait is not the engine's. On a quiet machine the two agree; wall time is kept as `wallMs`.
function cpuMs(since) {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

// No gc() before a timed run: a forced full collection flushes compiled code, and a 13-week company
// run then took 290 ms instead of 50 ms, every time (measured; see docs/performance.md).
async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await fn();
  return { ...out, wallMs: performance.now() - t0, ms: cpuMs(c0) };
}

async function speed(w) {
  const items = job.items ?? w.items?.[job.size];
  const engine = await engineRunner(w, items, job.seed);
  // A workload may bring its own yardstick (the pipeline's: the engine alone on the same replications).
  const ceiling = engine.yardstick ?? ceilingRunner(w, items, job.seed);
  const sampler = createHeapSampler();
  const basis = w.ratioBasis;

  // Two unmeasured pairs first: after one run, the next call of the same code was still up to
  // twice as slow (V8 had compiled the loop on stack replacement but not yet the function itself).
  // The ceiling is always warmed; the engine as the plan says (a 500-run sweep warms itself).
  // A workload's own yardstick (whole CLI runs) is warmed only as its plan says.
  const warmups = engine.yardstick ? (job.warmupPairs ?? 0) : Math.max(2, job.warmupPairs ?? 2);
  for (let i = 0; i < warmups; i++) {
    ceiling();
    if (i < (job.warmupPairs ?? 2)) await engine.run(sampler.onCheckpoint); // same callback as measured runs: a new one deoptimised the loop
  }

  const rate = (r) => (basis === 'items' ? r.items : r.events) / r.ms;
  // Workloads that start processes of their own are timed by the wall clock: this process's CPU
  // time does not include theirs. A run that times its own part (`timedMs`: the page's Compare from
  // the click, not the page's loading) is taken at its word.
  const wall = w.timing === 'wall';
  const timedRun = async (fn) => {
    const r = await timed(fn);
    return wall ? { ...r, ms: r.timedMs ?? r.wallMs } : r;
  };
  const engineRuns = [];
  const ceilingRuns = [];
  const ratios = [];
  for (let i = 0; i < job.reps; i++) {
    let e, c;
    const runEngine = async () => {
      sampler.reset();
      const r = await timedRun(() => engine.run(sampler.onCheckpoint));
      sampler.sample();
      return { ...r, peakHeap: sampler.peakUsed };
    };
    if (i % 2 === 0) {
      c = await timedRun(() => ceiling());
      e = await runEngine();
    } else {
      e = await runEngine();
      c = await timedRun(() => ceiling());
    }
    engineRuns.push(e);
    ceilingRuns.push(c);
    ratios.push(rate(e) / rate(c));
  }

  // A workload holding a browser or a server lets go of it, or this process would not end.
  await engine.close?.();
  const last = engineRuns[engineRuns.length - 1];
  const ms = median(engineRuns.map((r) => r.ms));
  const ceilingMs = median(ceilingRuns.map((r) => r.ms));
  const ceilingLast = ceilingRuns[ceilingRuns.length - 1];
  const checks = evaluateChecks(last.figures, engine.checks);
  const ceilingChecks =
    w.kind === 'queueing'
      ? evaluateChecks(
          ceilingLast.figures,
          engine.checks.filter((c) => c.figure in ceilingLast.figures),
        )
      : [];
  return {
    workload: w.name,
    title: w.title,
    detail: engine.title ?? null,
    via: engine.via ?? null,
    size: job.size,
    items,
    reps: job.reps,
    engine: {
      events: last.events,
      items: last.items,
      replications: last.replications,
      ms,
      msPerReplication: ms / last.replications,
      eventsPerSec: (last.events / ms) * 1000,
      itemsPerSec: (last.items / ms) * 1000,
      peakHeapBytes: Math.max(...engineRuns.map((r) => r.peakHeap)),
      msRuns: engineRuns.map((r) => r.ms),
      wallMs: median(engineRuns.map((r) => r.wallMs)),
    },
    ceiling: {
      label:
        engine.yardstickLabel ??
        (w.kind === 'queueing'
          ? 'hand-written loop, same model'
          : `M/M/20 hand-written loop, ${CALIBRATION_ITEMS} items`),
      events: ceilingLast.events,
      items: ceilingLast.items,
      ms: ceilingMs,
      eventsPerSec: (ceilingLast.events / ceilingMs) * 1000,
      itemsPerSec: (ceilingLast.items / ceilingMs) * 1000,
      msRuns: ceilingRuns.map((r) => r.ms),
      wallMs: median(ceilingRuns.map((r) => r.wallMs)),
    },
    ratioBasis: basis,
    // Medians of each side's times rather than a median of pair ratios: within a pair the second
    // run tends to be faster or slower than the first, and alternating the order only cancels
    // that when both sides are summarised separately.
    ratio:
      rate({ items: last.items, events: last.events, ms }) /
      rate({ items: ceilingLast.items, events: ceilingLast.events, ms: ceilingMs }),
    ratios,
    target: w.target ?? null,
    figures: last.figures,
    checks,
    ceilingChecks,
  };
}

async function memory(w) {
  const engine = await engineRunner(w, job.items, job.seed);
  const sampler = createHeapSampler({ forceGc: true });
  gc();
  const baseline = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = await engine.run(sampler.onCheckpoint);
  const ms = performance.now() - t0;
  sampler.sample();
  return {
    workload: w.name,
    items: job.items,
    events: r.events,
    ms,
    baselineHeapBytes: baseline,
    peakLiveHeapBytes: sampler.peakLive,
    peakUsedHeapBytes: sampler.peakUsed,
    samples: sampler.samples,
  };
}

const w = workloads[job.workload];
if (!w) throw new Error(`unknown workload ${job.workload}`);
try {
  const out = job.mode === 'memory' ? await memory(w) : await speed(w);
  process.stdout.write(JSON.stringify(out) + '\n');
} catch (err) {
  if (!(err instanceof SkipWorkload)) throw err;
  process.stdout.write(JSON.stringify({ workload: w.name, title: w.title, skipped: err.message }) + '\n');
}
