#!/usr/bin/env node
// Heap bytes of the results an experiment holds until its report, against the estimate the CLI
// checks them with (resultBytes in src/experiments/heldResults.ts): replications of a bundled scenario held as the engine returns
// them (the CLI's own process) and as a worker process's arrive (structured clone), measured after
// full collections.
//   node --expose-gc bench/tools/heldResultBytes.js [scenario=scenarios/company/ai-native.yaml] [replications=200]
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { loadDist } from '../lib/loadDist.js';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}
const [file = 'scenarios/company/ai-native.yaml', repsArg = '200'] = process.argv.slice(2);
const replications = Number(repsArg);
const { simulate } = await loadDist('core/index.js');
const { loadScenario } = await loadDist('scenario/index.js');
const { figureCount, resultBytes } = await loadDist('experiments/heldResults.js');
const loaded = loadScenario({ file, text: readFileSync(file, 'utf8') }, { readFile: (p) => readFileSync(p, 'utf8') });
if (!loaded.ok) throw new Error(`${file} does not load`);
// A short horizon: the shape, not the length, sets a result's size.
const model = { ...loaded.model, horizon: Math.min(loaded.model.horizon, 168), warmup: 0, traceEvery: 0 };

function measure(label, make) {
  const held = [];
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let r = 0; r < replications; r++) held.push(make(r));
  globalThis.gc();
  const bytes = (process.memoryUsage().heapUsed - before) / replications;
  const figures = figureCount(held[0]);
  console.log(
    `${label}: ${(bytes / 1024).toFixed(1)} KB a result, ${figures} figures, ${(bytes / figures).toFixed(1)} bytes a figure`,
  );
  return held.length;
}

measure('in-process', (r) => simulate(model, { seed: 'held', replication: r }));
measure('from a worker', (r) => deserialize(serialize(simulate(model, { seed: 'held', replication: r }))));
console.log(`the estimate: ${(resultBytes(model) / 1024).toFixed(1)} KB a result`);
