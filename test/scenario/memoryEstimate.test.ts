import { describe, expect, test } from 'vitest';
import { ItemStore } from '../../src/core/sim/itemStore.js';
import { SimState } from '../../src/core/sim/simState.js';
import { loadScenario } from '../../src/scenario/index.js';
import { estimateMemory, itemSlotBytes } from '../../src/scenario/preflight/memoryEstimate.js';
import { estimateWork } from '../../src/scenario/preflight/preflight.js';
import { compileFile, compileText } from '../support/index.js';

// A one-step model whose memory is set by its horizon, arrival rate, trace and limits.
function model(opts: { horizon: string; rate: string; trace?: string; limits?: string; attributes?: number }): string {
  const attrs = Array.from({ length: opts.attributes ?? 0 }, (_, i) => `a${i}`);
  return [
    'opsim: 1',
    `horizon: ${opts.horizon}`,
    opts.trace === undefined ? '' : `trace: { every: ${opts.trace} }`,
    opts.limits === undefined ? '' : `limits: ${opts.limits}`,
    attrs.length === 0 ? '' : `attributes: [${attrs.join(', ')}]`,
    'functions: [f]',
    'pools: { p: { kind: agent, capacity: 1 } }',
    `itemTypes: { t: { arrivals: { poisson: ${opts.rate} }, entry: s${
      attrs.length === 0 ? '' : `, attributes: { ${attrs.map((a) => `${a}: 1`).join(', ')} }`
    } } }`,
    'steps:',
    '  s: { serve: [{ pool: p }], time: 1m, next: done }',
    '  done: { kind: exit, outcome: done }',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

const load = (text: string) => loadScenario({ file: 'mem.yaml', text });
const messages = (text: string) => {
  const r = load(text);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

/** Bytes of every typed array reachable from the engine's state (its tables), a few levels deep. */
function typedBytes(o: unknown, depth = 0, seen = new Set<unknown>()): number {
  if (o === null || typeof o !== 'object' || seen.has(o) || depth > 4) return 0;
  seen.add(o);
  if (ArrayBuffer.isView(o)) return o.byteLength;
  let sum = 0;
  for (const [k, v] of Object.entries(o)) if (k !== 'model') sum += typedBytes(v, depth + 1, seen);
  return sum;
}

describe('the memory a run would need is estimated before it runs', () => {
  test('a file whose items in the system could outgrow memory is refused, naming the limit to lower', () => {
    const text = model({
      horizon: '520w',
      rate: '100000/h',
      limits: '{ maxWip: 100000000, maxEvents: 1000000000000 }',
    });
    const [message] = messages(text);
    expect(message).toMatch(/^limits\.maxWip: a run would need about [\d.]+ GB of memory per worker/);
    expect(message).toMatch(/up to 100,000,000 items in the system at about \d+ bytes each/);
    expect(message).toMatch(/raise limits\.maxMemoryMB to run it anyway/);
  });

  test('trace samples are counted with one number per work step', () => {
    const text = model({ horizon: '5200w', rate: '0.001/h', trace: '1h', limits: '{ maxMemoryMB: 10 }' });
    const [message] = messages(text);
    expect(message).toMatch(/trace\.every: a run would need about \d+ MB/);
    expect(message).toMatch(/873,600 trace samples of 24 bytes/);
  });

  test('limits.maxMemoryMB raises the ceiling, and an ordinary file is far below the default', () => {
    const text = model({
      horizon: '520w',
      rate: '100000/h',
      limits: '{ maxWip: 100000000, maxEvents: 1000000000000, maxMemoryMB: 100000 }',
    });
    expect(messages(text)).toEqual([]);
    const company = compileFile('scenarios/company/ai-native.yaml');
    const total = estimateMemory(company, estimateWork(company)).reduce((s, p) => s + p.bytes, 0);
    expect(total).toBeLessThan(1024 * 2 ** 20);
  });

  test('the bound on items is the arrivals the horizon gives when they are fewer than limits.maxWip', () => {
    const m = compileText(model({ horizon: '1w', rate: '10/h' }));
    const items = estimateMemory(m, estimateWork(m)).find((p) => p.what.includes('items in the system'));
    expect(items?.what).toMatch(/^up to 1,680 items/);
    expect(items?.path).toBe('itemTypes');
  });

  test("the bytes per item follow the engine's item store (update the formula when its arrays change)", () => {
    for (const attributes of [0, 1, 2, 7, 100])
      for (const functions of [1, 31, 32, 33, 70, 1000])
        expect(itemSlotBytes(attributes, functions), `${attributes} attributes, ${functions} functions`).toBe(
          ItemStore.bytesPerSlot(attributes, functions),
        );
  });

  test('each attribute adds 8 bytes to an item, as the item store holds it', () => {
    expect(ItemStore.bytesPerSlot(4, 1) - ItemStore.bytesPerSlot(1, 1)).toBe(24);
    const perItem = (attributes: number) => {
      const m = compileText(model({ horizon: '1w', rate: '10/h', attributes }));
      return estimateMemory(m, estimateWork(m))[0].bytes / 1680 / 1.5;
    };
    expect(perItem(11) - perItem(1)).toBeCloseTo(80, 6);
  });

  test("the tables' estimate covers what the engine allocates for its servers", () => {
    const text = model({ horizon: '1w', rate: '1/h' }).replace('capacity: 1 }', 'capacity: 200000 }');
    const m = compileText(text);
    const state = new SimState(m, 1, 0, null);
    const tables = estimateMemory(m, estimateWork(m)).find((p) => p.what.startsWith('tables for'));
    const { items, eventQueue, cycleLedger, ...rest } = state as unknown as Record<string, unknown>;
    (void items, void eventQueue, void cycleLedger);
    expect(tables?.bytes).toBeGreaterThanOrEqual(typedBytes(rest));
  });
});
