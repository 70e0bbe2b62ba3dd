#!/usr/bin/env node
// A/B test of two builds of the engine on one workload: alternates fresh child processes of build A
// and build B (each measuring its ratio to the in-run ceiling), and reports the medians and the
// speed-up of B over A. Used to measure a proposed hot-loop change before it is made in src/:
// copy dist/ to /tmp/b, edit the compiled .js there, then
//   node bench/tools/compareBuilds.js dist /tmp/b mmc [rounds=5] [size=ci]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { median } from '../lib/median.js';

const [a, b, workload = 'mmc', roundsArg = '5', size = 'ci'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/tools/compareBuilds.js <distA> <distB> [workload] [rounds] [ci|full]');
  process.exit(2);
}
const childPath = fileURLToPath(new URL('../child.js', import.meta.url));

function runOnce(dist) {
  const job = { workload, mode: 'speed', size, reps: 3, seed: 'opsim-bench' };
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, ['--expose-gc', childPath, JSON.stringify(job)], {
      env: { ...process.env, OPSIM_BENCH_DIST: resolve(dist) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) =>
      code === 0 ? res(JSON.parse(out.trim().split('\n').pop())) : rej(new Error(`child exit ${code}`)),
    );
  });
}

const runs = { a: [], b: [] };
for (let i = 0; i < Number(roundsArg); i++) {
  const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
  for (const k of order) runs[k].push(await runOnce(k === 'a' ? a : b));
}
const summary = (rs) => ({
  ratio: median(rs.map((r) => r.ratio)),
  ms: median(rs.map((r) => r.engine.ms)),
  figures: rs[0].figures,
});
const sa = summary(runs.a);
const sb = summary(runs.b);
console.log(`${workload} (${size}), ${roundsArg} rounds each`);
console.log(
  `A ${a}: ratio ${sa.ratio.toFixed(3)}, engine ${sa.ms.toFixed(1)} ms   runs ${runs.a.map((r) => r.ratio.toFixed(3)).join(' ')}`,
);
console.log(
  `B ${b}: ratio ${sb.ratio.toFixed(3)}, engine ${sb.ms.toFixed(1)} ms   runs ${runs.b.map((r) => r.ratio.toFixed(3)).join(' ')}`,
);
console.log(
  `B / A speed: ${(sb.ratio / sa.ratio).toFixed(3)} (ratio), ${(sa.ms / sb.ms).toFixed(3)} (engine CPU time)`,
);
const same = JSON.stringify(sa.figures) === JSON.stringify(sb.figures);
console.log(
  same
    ? 'key figures identical'
    : `key figures differ: A ${JSON.stringify(sa.figures)} B ${JSON.stringify(sb.figures)}`,
);
