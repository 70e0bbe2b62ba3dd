// simulateLog writes a run's log columns straight from the trace. It must give the log that
// EventLogBuilder builds from traceToLog's LogEvent objects (the path the file writers take), name
// for name and in the same order, or drift and fit validation would measure a simulated run
// differently from the same run written to a file and read back.
import { describe, expect, test } from 'vitest';
import { simulate, type Model } from '../../src/core/index.js';
import { EventLogBuilder, simulateLog, traceToLog, type EventLog } from '../../src/eventlog/index.js';
import { bundledScenarios, loadBundled } from '../support/index.js';
import { START_MS } from './logSupport.js';

function throughLogEvents(model: Model, seed: string, replication: number): EventLog {
  const b = new EventLogBuilder();
  const clock = { startMs: START_MS, offsetMin: 60 };
  simulate(model, {
    seed,
    replication,
    monitor: traceToLog(
      model,
      clock,
      (e) => b.add(e),
      () => {},
    ),
  });
  return b.build();
}

const designs = bundledScenarios().flatMap((s) => {
  const base = loadBundled(s.file);
  if (!base.ok) return [];
  const variants = s.shown.includes('company/') ? Object.keys(base.doc.variants ?? {}) : [];
  return [
    { name: s.shown, model: base.model },
    ...variants.flatMap((v) => {
      const r = loadBundled(s.file, v);
      return r.ok ? [{ name: `${s.shown} (${v})`, model: r.model }] : [];
    }),
  ];
});

describe('simulateLog', () => {
  test('covers every bundled scenario, the company designs with their variants', () => {
    expect(designs.length).toBeGreaterThan(30);
  });

  test.each(designs.map((d) => [d.name, d.model] as const))(
    '%s: the same log as through LogEvent objects',
    (_, full) => {
      // One week is enough to reach shift ends, forums, pre-emption and rework in every design.
      const model = { ...full, horizon: Math.min(full.horizon, 168) };
      const fast = simulateLog(model, { startMs: START_MS, offsetMin: 60 }, 'columns', 3);
      const reference = throughLogEvents(model, 'columns', 3);
      expect(fast.n).toBeGreaterThan(0);
      expect(fast).toEqual(reference);
    },
  );
});
