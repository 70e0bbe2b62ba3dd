// `npm run fuzz -- --cases N --seed S [--company] [--out DIR]`: a long fuzzing run of the scenario
// loader and engine (test/fuzz). Prints the counts per outcome class and saves each bad case, shrunk,
// under DIR (default .fuzz/). Exits 1 when any case is of a bad class.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const cases = Number(value('--cases', '10000'));
const seed = Number(value('--seed', String(Date.now() % 2 ** 31)));
const out = value('--out', '.fuzz');
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- --cases N --seed S [--company] [--out DIR]\n');
  process.exit(2);
}
const env = {
  ...process.env,
  OPSIM_FUZZ_CASES: String(cases),
  OPSIM_FUZZ_SEED: String(seed),
  OPSIM_FUZZ_OUT: out,
  OPSIM_FUZZ_COMPANY: args.includes('--company') ? '1' : '0',
};
const r = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'unit', 'test/fuzz/fuzzLong.test.ts', '--silent=false', '--reporter=dot'],
  { env, stdio: ['ignore', 'ignore', 'inherit'] },
);
let report = '';
try {
  report = readFileSync(`${out}/report-seed${seed}.txt`, 'utf8');
} catch {
  process.stderr.write(`fuzz: the run did not finish (exit ${r.status})\n`);
  process.exit(1);
}
process.stdout.write(report);
process.exit(
  /\(bad\)/.test(
    report
      .split('\n')
      .filter((l) => /\s[1-9][\d,]*\s+\(bad\)$/.test(l))
      .join('\n'),
  )
    ? 1
    : 0,
);
