#!/usr/bin/env node
// Rewrites bench/baseline.json from a CI-sized run with more repetitions than CI uses, so the
// recorded ratios are steadier than the runs they will judge. Run it deliberately
// (after `npm run build:cli`), and commit the new baseline as its own reviewed commit whose
// message says why the engine's speed relative to the ceiling moved (a deliberate
// optimisation, or a feature whose cost was accepted). Never to make a failing CI pass quietly.
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBench } from './lib/runBench.js';
import { formatText } from './lib/formatReport.js';

const reps = Number(process.argv.find((a) => a.startsWith('--reps='))?.split('=')[1] ?? 9);
process.stderr.write(`updating bench/baseline.json from a ci-sized run with ${reps} repetitions\n`);
const { report } = await runBench({ mode: 'ci', reps, memory: false, log: (s) => process.stderr.write(s) });
console.log(formatText(report));

const ratios = {};
for (const r of report.results) if (!r.skipped && !r.error) ratios[r.workload] = Number(r.ratio.toFixed(4));
if (report.failures.length) {
  console.error('\nnot writing the baseline: the run has failures (see above)');
  process.exit(1);
}
let commit = null;
try {
  // With OPSIM_BENCH_DIST the build measured need not be HEAD's: name it with --commit=<sha>.
  commit = process.argv.find((a) => a.startsWith('--commit='))?.split('=')[1] ?? null;
  if (!commit && !process.env.OPSIM_BENCH_DIST) commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the date and machine identify the baseline
}
const baseline = {
  note: 'Ratios of engine speed to the in-run hand-written ceiling, CI sizes (bench/lib/benchPlan.js). Change only in a reviewed commit that says why.',
  mode: 'ci',
  recorded: { date: report.date, commit, ...report.machine, reps, dist: process.env.OPSIM_BENCH_DIST ?? 'dist' },
  ratios,
};
writeFileSync(fileURLToPath(new URL('./baseline.json', import.meta.url)), JSON.stringify(baseline, null, 2) + '\n');
console.log(`\nwrote bench/baseline.json: ${JSON.stringify(ratios)}`);
