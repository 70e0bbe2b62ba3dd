#!/usr/bin/env node
// How fast two workers can ever be on this machine, pipeline aside: warm company replications (13
// weeks, as the compare bench runs them) in one process alone, then in two processes at once, wall
// time per replication in each. 2 x alone / together is the most `compare --workers 2` can gain
// over one worker here, with no start-up, compilation or messages at all. A control does the same
// with integer arithmetic in eight independent chains, which keeps a core's execution units busy
// and touches no memory: if two of those slow each other, the two "cores" are one core's two
// hyperthreads; if not, what slows the replications is what the cores share (caches, memory
// bandwidth) and the collector's helper threads, which one process alone runs on the idle core.
// Medians of `rounds` alternations.
//   node bench/tools/parallelCeiling.js [rounds=3] [replications=60]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { engineModel } from '../lib/engineModel.js';
import { distRoot } from '../lib/loadDist.js';
import { median } from '../lib/median.js';

const [mode, arg] = process.argv.slice(2);

if (mode === '--company') {
  const { simulate, model } = await engineModel(distRoot, 'company');
  const n = Number(arg);
  // Warm: the engine's hot code optimised, as in a worker's later replications.
  for (let r = 0; r < 15; r++) simulate(model, { seed: 'warm', replication: r });
  const t0 = performance.now();
  for (let r = 0; r < n; r++) simulate(model, { seed: 'ceiling', replication: r });
  console.log(JSON.stringify({ perRep: (performance.now() - t0) / n }));
} else if (mode === '--spin') {
  let [a, b, c, d, e, f, g, h] = [1, 2, 3, 4, 5, 6, 7, 8];
  const t0 = performance.now();
  for (let i = 0; i < Number(arg); i++) {
    a = (a * 1103515245 + 12345) | 0;
    b = (b * 1103515245 + 12345) | 0;
    c = (c * 1103515245 + 12345) | 0;
    d = (d * 1103515245 + 12345) | 0;
    e = (e + i) ^ a;
    f = (f + i) ^ b;
    g = (g + i) ^ c;
    h = (h + i) ^ d;
  }
  console.log(JSON.stringify({ perRep: performance.now() - t0, x: (a ^ b ^ c ^ d ^ e ^ f ^ g ^ h) & 1 }));
} else {
  const rounds = Number(mode ?? 3);
  const replications = Number(arg ?? 60);
  const self = fileURLToPath(import.meta.url);
  const child = (args) =>
    new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [self, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out).perRep) : reject(new Error(`exit ${code}`))));
    });
  const measure = async (args) => {
    const alone = [];
    const together = [];
    for (let k = 0; k < rounds; k++) {
      alone.push(await child(args));
      together.push(...(await Promise.all([child(args), child(args)])));
    }
    return { alone: median(alone), together: median(together) };
  };
  const company = await measure(['--company', String(replications)]);
  const spin = await measure(['--spin', '200000000']);
  const line = (label, m, unit) =>
    `${label}: alone ${m.alone.toFixed(1)} ${unit}, two at once ${m.together.toFixed(1)} ${unit} each; ` +
    `2 workers at most ${((2 * m.alone) / m.together).toFixed(2)} x 1`;
  console.log(line(`company replication (${replications} per process)`, company, 'ms'));
  console.log(line('control, integer arithmetic without memory', spin, 'ms'));
}
