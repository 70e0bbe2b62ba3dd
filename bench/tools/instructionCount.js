// Instructions per engine run of one build, counted by valgrind (cachegrind without its cache
// simulation) with V8 single-threaded: (instructions of n2 runs - of n1 runs) / (n2 - n1), so
// start-up and compilation cancel out. Deterministic to about 0.5% whatever else the machine does,
// which timing is not; it counts instructions, not cycles, so it under-weights allocation. Slow:
// about 45 s per 6 runs of 200,000 M/M/20 customers.
//   node bench/tools/instructionCount.js <dist> [mmc|tandem|company] [n1=2] [n2=6]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [dist, workload = 'mmc', n1 = '2', n2 = '6'] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node bench/tools/instructionCount.js <dist> [mmc|tandem|company] [n1] [n2]');
  process.exit(2);
}
const runs = fileURLToPath(new URL('./runWorkload.js', import.meta.url));

function instructions(n) {
  const r = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      runs,
      dist,
      workload,
      n,
    ],
    { encoding: 'utf8' },
  );
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.error || !m) throw new Error(`valgrind failed (is it installed?): ${r.error?.message ?? r.stderr.slice(-300)}`);
  return Number(m[1].replaceAll(',', ''));
}

const perRun = (instructions(n2) - instructions(n1)) / (Number(n2) - Number(n1));
console.log(`${dist} ${workload}: ${(perRun / 1e6).toFixed(1)} M instructions per run`);
