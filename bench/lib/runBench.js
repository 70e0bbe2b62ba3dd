// Runs the plan: one fresh child process per workload (speed), then two for memory (short and
// long M/M/1), sequentially so that they do not compete for the two cores. Returns the report
// and the list of failures; printing and exit codes are the callers'.
import { workloads } from '../workloads/index.js';
import { runChild } from './runChild.js';
import { mergeChildren } from './mergeChildren.js';
import { benchPlan, MEMORY_GROWTH_LIMIT, RATIO_FALL_LIMIT } from './benchPlan.js';
import { machine } from './machine.js';
import { computeDerived } from './derivedRatios.js';

export const SEED = 'opsim-bench';

export async function runBench({
  mode = 'full',
  only = null,
  reps = null,
  memory = true,
  baseline = null,
  log = () => {},
}) {
  const plan = benchPlan[mode];
  const names = Object.keys(workloads).filter((n) => !only || only.includes(n));
  const measure = async (name) => {
    log(`  ${name} ...`);
    const t0 = Date.now();
    const children = [];
    // The pipeline workloads start CLI processes of their own; one bench process each is enough.
    for (let k = 0; k < (workloads[name].processes ?? plan.processes); k++) {
      children.push(
        await runChild({
          workload: name,
          mode: 'speed',
          size: plan.size,
          reps: reps ?? plan.reps[name],
          warmupPairs: plan.warmupPairs[name],
          seed: SEED,
        }),
      );
    }
    const r = mergeChildren(children);
    log(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    return r;
  };
  const results = [];
  for (const name of names) {
    let r = await measure(name);
    // A shared machine can slow one measurement by more than the limit. A real regression shows in
    // two independent measurements, so a ratio below the limit is measured once more before it fails.
    const base = baseline?.ratios?.[name];
    if (base !== undefined && !r.error && !r.skipped && r.ratio < base * (1 - RATIO_FALL_LIMIT)) {
      log(`  ${name}: ratio ${r.ratio.toFixed(3)} below the limit; measuring again\n`);
      const again = await measure(name);
      if (!again.error && again.ratio > r.ratio) r = { ...again, remeasured: [r.ratio, again.ratio] };
      else r = { ...r, remeasured: [r.ratio, again.error ? null : again.ratio] };
    }
    results.push(r);
  }

  let memoryResult = null;
  if (memory && (!only || only.includes('memory'))) {
    const runs = [];
    for (const items of plan.memoryItems) {
      log(`  memory mm1 ${items} items ...`);
      const t0 = Date.now();
      runs.push(await runChild({ workload: 'mm1', mode: 'memory', items, seed: SEED }));
      log(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const [short, long] = runs;
    const growth = short.error || long.error ? null : long.peakLiveHeapBytes / short.peakLiveHeapBytes - 1;
    memoryResult = { runs, growth, limit: MEMORY_GROWTH_LIMIT, ok: growth !== null && growth <= MEMORY_GROWTH_LIMIT };
  }

  const failures = [];
  for (const r of results) {
    if (r.error) {
      failures.push(`${r.workload}: the run failed: ${r.error}`);
      continue;
    }
    if (r.skipped) continue;
    for (const c of [...r.checks, ...r.ceilingChecks.map((c) => ({ ...c, label: `ceiling ${c.label}` }))]) {
      if (c.ok) continue;
      const detail =
        c.exact === undefined
          ? `${c.value}`
          : `${fmt(c.value)} vs exact ${fmt(c.exact)}, error ${pct(c.relError)} beyond tolerance ${pct(c.tolerance)}`;
      failures.push(`${r.workload}: ${c.label}: ${detail}`);
    }
    const base = baseline?.ratios?.[r.workload];
    if (base !== undefined) {
      r.baselineRatio = base;
      if (r.ratio < base * (1 - RATIO_FALL_LIMIT)) {
        failures.push(
          `${r.workload}: ratio to the ceiling ${r.ratio.toFixed(3)} is ${pct(1 - r.ratio / base)} below the baseline ${base.toFixed(3)} (limit ${pct(RATIO_FALL_LIMIT)}); runs ${r.ratios.map((x) => x.toFixed(3)).join(', ')}`,
        );
      }
    }
  }
  const derived = computeDerived(results);
  for (const d of derived) {
    const base = baseline?.ratios?.[d.name];
    if (base === undefined) continue;
    d.baselineRatio = base;
    if (d.value < base * (1 - RATIO_FALL_LIMIT)) {
      failures.push(
        `${d.name}: ${d.label} ${d.value.toFixed(3)} is ${pct(1 - d.value / base)} below the baseline ${base.toFixed(3)} (limit ${pct(RATIO_FALL_LIMIT)})`,
      );
    }
  }
  if (memoryResult) {
    for (const run of memoryResult.runs)
      if (run.error) failures.push(`memory (mm1 ${run.items ?? ''}): the run failed: ${run.error}`);
    if (memoryResult.growth !== null && !memoryResult.ok) {
      const [s, l] = memoryResult.runs;
      failures.push(
        `memory: peak live heap grows ${pct(memoryResult.growth)} from ${s.items} to ${l.items} M/M/1 items (${mb(s.peakLiveHeapBytes)} -> ${mb(l.peakLiveHeapBytes)} MB; limit ${pct(MEMORY_GROWTH_LIMIT)})`,
      );
    }
  }

  return {
    report: {
      date: new Date().toISOString(),
      mode,
      seed: SEED,
      machine: machine(),
      results,
      derived,
      memory: memoryResult,
      failures,
    },
    failures,
  };
}

export const fmt = (x) => (typeof x === 'number' ? (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4)) : String(x));
export const pct = (x) => `${(x * 100).toFixed(1)}%`;
export const mb = (bytes) => (bytes / 1048576).toFixed(1);
