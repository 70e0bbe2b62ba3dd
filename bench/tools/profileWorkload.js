#!/usr/bin/env node
// Runs one engine workload once, for profiling the hot loop:
//   node --cpu-prof --cpu-prof-dir=bench/results/prof bench/tools/profileWorkload.js mmc 1000000
// then open the .cpuprofile in Chrome DevTools (Performance > Load profile), or summarise it with
//   node bench/tools/profileSummary.js bench/results/prof/<file>.cpuprofile
import { workloads } from '../workloads/index.js';
import { loadDist } from '../lib/loadDist.js';

const [name = 'mmc', itemsArg] = process.argv.slice(2);
const w = workloads[name];
if (!w) throw new Error(`unknown workload ${name}`);
const { simulate } = await loadDist('core/index.js');
if (w.kind === 'queueing') {
  const items = Number(itemsArg ?? w.items.full);
  const t0 = performance.now();
  const result = simulate(w.model(items), { seed: 'opsim-bench', replication: 0 });
  console.log(`${name}: ${result.events} events in ${(performance.now() - t0).toFixed(0)} ms`, w.figures(result));
} else {
  const job = await w.prepare({ size: itemsArg ?? 'full', seed: 'opsim-bench' });
  const t0 = performance.now();
  const out = await job.run();
  console.log(`${name}: ${out.events} events in ${(performance.now() - t0).toFixed(0)} ms`, out.figures);
}
