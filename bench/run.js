#!/usr/bin/env node
// npm run bench      full run: prints the table, writes bench/results/latest.{json,md}
// npm run bench:ci   short run: also fails (exit 1) on a ratio more than 25% below
//                    bench/baseline.json, a key figure out of tolerance, or memory growth
// Options: --only mm1,mmc,tandem,company,sweep,memory   --reps N   --no-memory
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBench } from './lib/runBench.js';
import { formatText, formatMarkdown } from './lib/formatReport.js';
import { baselineFor } from './lib/baselineFor.js';
import { machine } from './lib/machine.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return null;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};

const mode = flag('--ci') ? 'ci' : 'full';
const baselinePath = fileURLToPath(new URL('./baseline.json', import.meta.url));
const baseline =
  mode === 'ci' && existsSync(baselinePath)
    ? baselineFor(JSON.parse(readFileSync(baselinePath, 'utf8')), machine().cpu)
    : null;

process.stderr.write(`opsim bench, ${mode} run\n`);
const { report, failures } = await runBench({
  mode,
  only: option('--only')?.split(','),
  reps: option('--reps') ? Number(option('--reps')) : null,
  memory: !flag('--no-memory'),
  baseline,
  log: (s) => process.stderr.write(s),
});
if (mode === 'ci' && !baseline)
  report.failures.push('bench/baseline.json is missing or empty: run node bench/updateBaseline.js');
if (baseline) report.baseline = { cpu: baseline.cpu, matched: baseline.matched };

const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
const stem = mode === 'ci' ? 'latest-ci' : 'latest';
writeFileSync(`${dir}${stem}.json`, JSON.stringify(report, null, 2) + '\n');
writeFileSync(`${dir}${stem}.md`, formatMarkdown(report));
console.log(formatText(report));
console.log(`\nwrote bench/results/${stem}.json and bench/results/${stem}.md`);
process.exitCode = failures.length || report.failures.length ? 1 : 0;
