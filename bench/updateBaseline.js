#!/usr/bin/env node
// Rewrites bench/baseline.json from the median of three CI runs (same sizes, repetitions and
// warm-up as `npm run bench:ci`, so the baseline is not biased against the runs it will judge:
// more repetitions in one process would give a faster median, because V8 keeps improving the
// company scenario's code for several runs). Run it deliberately (after `npm run build:cli`),
// and commit the new baseline as its own reviewed commit whose message says why the engine's
// speed relative to the ceiling moved (a deliberate optimisation, or a feature whose cost was
// accepted). Never to make a failing CI pass quietly. It rewrites the baseline of this machine's
// processor only; those recorded on other processors are kept (bench/lib/baselineFor.js says why).
//   node bench/updateBaseline.js [--runs=3] [--commit=<sha> when measuring OPSIM_BENCH_DIST]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBench } from './lib/runBench.js';
import { median } from './lib/median.js';
import { withBaseline } from './lib/baselineFor.js';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(arg('runs') ?? 3);
process.stderr.write(`updating bench/baseline.json from the median of ${runs} CI runs\n`);

const ratios = {};
const samples = {};
let last = null;
for (let i = 0; i < runs; i++) {
  const { report } = await runBench({ mode: 'ci', memory: false, log: (s) => process.stderr.write(s) });
  if (report.failures.length) {
    console.error(`not writing the baseline: run ${i + 1} has failures:\n  ${report.failures.join('\n  ')}`);
    process.exit(1);
  }
  for (const r of report.results) if (!r.skipped && !r.error) (samples[r.workload] ??= []).push(r.ratio);
  for (const d of report.derived ?? []) (samples[d.name] ??= []).push(d.value);
  last = report;
}
for (const [w, xs] of Object.entries(samples)) ratios[w] = Number(median(xs).toFixed(4));

// With OPSIM_BENCH_DIST the build measured need not be HEAD's: name it with --commit=<sha>.
let commit = arg('commit') ?? null;
if (!commit && !process.env.OPSIM_BENCH_DIST) {
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: the date and machine identify the baseline
  }
}
const path = fileURLToPath(new URL('./baseline.json', import.meta.url));
const before = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
const entry = {
  recorded: { date: last.date, commit, ...last.machine, runs, dist: process.env.OPSIM_BENCH_DIST ?? 'dist', samples },
  ratios,
};
const note =
  'Ratios of engine speed to the in-run hand-written ceiling, CI sizes (bench/lib/benchPlan.js), median of several CI runs, one baseline per processor model (bench/lib/baselineFor.js). Change only in a reviewed commit that says why.';
writeFileSync(path, JSON.stringify(withBaseline(before, entry, note), null, 2) + '\n');
console.log(`wrote the baseline of ${last.machine.cpu} in bench/baseline.json: ${JSON.stringify(ratios)}`);
