// The long fuzzing run behind `npm run fuzz -- --cases N --seed S` (scripts/fuzz.mjs sets the
// environment); skipped in `npm test`. Prints the counts per outcome class and writes each bad case,
// shrunk, to the reproducer folder (default .fuzz/), with how it was made in a comment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { formatFuzzReport, runFuzz } from './runFuzz.js';

const cases = Number(process.env.OPSIM_FUZZ_CASES ?? 0);

test.skipIf(cases <= 0)(
  'fuzz: a long run (npm run fuzz)',
  () => {
    const seed = Number(process.env.OPSIM_FUZZ_SEED ?? 1);
    const out = process.env.OPSIM_FUZZ_OUT ?? '.fuzz';
    const t0 = performance.now();
    const report = runFuzz({ cases, seed, company: process.env.OPSIM_FUZZ_COMPANY === '1' });
    const text = `${formatFuzzReport(report)}  took ${Math.round((performance.now() - t0) / 1000)} s\n`;
    mkdirSync(out, { recursive: true });
    for (const b of report.bad) {
      const name = `${out}/${b.outcome.class.replace(/\W+/g, '-')}-seed${seed}-case${b.index}.${b.minimal.file.endsWith('.json') ? 'json' : 'yaml'}`;
      const header = b.minimal.file.endsWith('.json')
        ? ''
        : `# ${b.outcome.class}: ${b.outcome.detail.replace(/\n/g, ' ')}\n# ${b.minimal.how}\n`;
      writeFileSync(name, header + b.minimal.text);
    }
    writeFileSync(`${out}/report-seed${seed}.txt`, text);
    process.stdout.write(text);
  },
  24 * 3600 * 1000,
);
