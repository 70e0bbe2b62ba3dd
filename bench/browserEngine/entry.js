// The engine and the scenario loader as one module, for bench/browserEngine.js: the same code timed
// in Node and in a Chromium Web Worker.
import { simulate } from '../../src/core/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';

/** CPU-bound: `reps` replications of each design after `warm` replications of each to warm the JIT up. */
export function measure(text, variants, reps, warm) {
  const models = [null, ...variants].map((variant) => {
    const loaded = loadScenario({ file: 'ai-native.yaml', text }, { variant: variant ?? undefined });
    if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.issues[0])}`);
    return { ...loaded.model, traceEvery: 0 };
  });
  for (let r = 0; r < warm; r++) for (const m of models) simulate(m, { seed: 'warm', replication: r });
  const t0 = performance.now();
  let events = 0;
  for (let r = 0; r < reps; r++)
    for (const m of models) events += simulate(m, { seed: 'measure', replication: r }).events;
  return { ms: performance.now() - t0, events };
}
