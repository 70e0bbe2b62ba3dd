#!/usr/bin/env node
// Where the engine allocates: V8's sampling heap profiler, keeping objects that the young and old
// generation collections have already freed (so garbage counts, which is what the GC pays for),
// over one run after warm-up runs. Bytes by allocating function.
//   node bench/tools/allocationProfile.js mmc 300000     (a queueing workload, that many customers)
//   node bench/tools/allocationProfile.js company        (the company, 13 weeks, as engineModel.js builds it)
// In a hot loop of typed arrays, what shows up is mostly heap numbers: doubles boxed where they
// cross a call V8 did not inline (arguments and return values are tagged).
import { Session } from 'node:inspector/promises';
import { distRoot, loadDist } from '../lib/loadDist.js';
import { engineModel } from '../lib/engineModel.js';
import { workloads } from '../workloads/index.js';

const name = process.argv[2] ?? 'mmc';
const { simulate } = await loadDist('core/index.js');
let model;
let perWhat;
if (name === 'company') {
  model = (await engineModel(distRoot, 'company')).model;
  // The engine's hot code optimised first, as in a worker's later replications.
  for (let r = 0; r < 10; r++) simulate(model, { seed: 'w', replication: r });
  perWhat = (result) => ['event', result.events];
} else {
  const w = workloads[name];
  if (!w?.model) throw new Error(`unknown workload ${name}: a queueing workload (mm1, mmc, tandem) or company`);
  model = w.model(Number(process.argv[3] ?? 300000));
  simulate(w.model(50000), { seed: 'w', replication: 0 });
  perWhat = (result) => ['item', result.totals.arrived];
}
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const result = simulate(model, { seed: 'opsim-bench', replication: 0 });
const { profile } = await session.post('HeapProfiler.stopSampling');
const agg = new Map();
let total = 0;
(function walk(n, path) {
  const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  if (n.selfSize) {
    agg.set(k, (agg.get(k) ?? 0) + n.selfSize);
    total += n.selfSize;
  }
  for (const c of n.children ?? []) walk(c);
})(profile.head);
const [unit, count] = perWhat(result);
console.log(`${(total / 1e6).toFixed(1)} MB allocated (sampled), ${(total / count).toFixed(0)} bytes per ${unit}`);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 10)))
  console.log(`${(v / 1e6).toFixed(2).padStart(7)} MB  ${k}`);
