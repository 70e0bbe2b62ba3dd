#!/usr/bin/env node
// Self time per source line of the compiled engine (dist/), for one workload run warm several times:
// where a flat function profile cannot say which part of a large function costs, V8's line ticks can.
//   node --no-turbo-inlining bench/tools/lineProfile.js [workload=company] [runs=40] [top=40]
// A scenario workload runs at its CI size; a queueing workload at its CI item count. Without
// --no-turbo-inlining, the ticks of code V8 inlined carry the callee's line numbers against the
// caller's file (a comment line of simulate.js "costs" 1%), so the lines are only right with it; the
// run is then a little slower and the shares move a little, which is the price of lines that mean
// something.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { workloads } from '../workloads/index.js';
import { loadDist, distRoot } from '../lib/loadDist.js';

const [name = 'company', runsArg = '40', topArg = '40'] = process.argv.slice(2);
const w = workloads[name];
if (!w) throw new Error(`unknown workload ${name}`);
let runOnce;
if (w.kind === 'queueing') {
  const { simulate } = await loadDist('core/index.js');
  const model = w.model(w.items.ci);
  runOnce = (i) => simulate(model, { seed: 'opsim-bench', replication: i }).events;
} else {
  const job = await w.prepare({ size: 'ci', seed: 'opsim-bench' });
  runOnce = async () => (await job.run()).events;
}
for (let i = 0; i < 4; i++) await runOnce(i);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
let events = 0;
const t0 = performance.now();
for (let i = 0; i < Number(runsArg); i++) events += await runOnce(i);
const ms = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');

const ticks = new Map();
let total = 0;
for (const node of profile.nodes) {
  total += node.hitCount;
  const file = node.callFrame.url.split(`${distRoot}/`)[1] ?? node.callFrame.url;
  for (const t of node.positionTicks ?? []) {
    const key = `${file}:${t.line}\t${node.callFrame.functionName || '(anonymous)'}`;
    ticks.set(key, (ticks.get(key) ?? 0) + t.ticks);
  }
}
const sourceLine = (file, line) => {
  try {
    return readFileSync(`${distRoot}/${file}`, 'utf8').split('\n')[line - 1].trim().slice(0, 90);
  } catch {
    return '';
  }
};
console.log(`${name}: ${events} events in ${ms.toFixed(0)} ms (profiled); ${total} samples`);
if (!process.execArgv.includes('--no-turbo-inlining'))
  console.log('(without --no-turbo-inlining: lines of inlined code are charged to the wrong lines)');
for (const [key, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) {
  const [where, fn] = key.split('\t');
  const [file, line] = [where.slice(0, where.lastIndexOf(':')), Number(where.slice(where.lastIndexOf(':') + 1))];
  console.log(
    `${((100 * n) / total).toFixed(2).padStart(6)}%  ${`${where} (${fn})`.padEnd(58)} ${sourceLine(file, line)}`,
  );
}
