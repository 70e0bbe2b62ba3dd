import { describe, expect, it } from 'vitest';
import { modelWithParams } from '../../src/scenario/index.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';

// A variant that appends a cut at 0.95 to the gate: with the base cut moved past 0.95, that variant's
// cuts are no longer ascending, so the file as a whole is invalid while the base design is fine.
const WITH_FRAGILE_VARIANT = TINY_YAML.replace(
  'variants:\n',
  `variants:
  stricter:
    changes:
      - { op: add, path: steps.gate.next.thresholds.cuts, value: 0.95 }
      - { op: add, path: steps.gate.next.thresholds.to, value: decide }
`,
);

describe('modelWithParams(source, variant, params)', () => {
  it('sets each param and compiles the design', () => {
    const built = modelWithParams({ file: TINY_FILE, text: TINY_YAML }, null, [
      { path: 'pools.server.capacity', value: 3 },
    ]);
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.model.pools.find((p) => p.id === 'server')?.capacity).toBe(3);
  });

  it('builds a point whose value would break another variant, since the point runs only this design', () => {
    const base = modelWithParams({ file: TINY_FILE, text: WITH_FRAGILE_VARIANT }, null, []);
    expect(base.ok).toBe(true);
    const built = modelWithParams({ file: TINY_FILE, text: WITH_FRAGILE_VARIANT }, null, [
      { path: 'steps.gate.next.thresholds.cuts.0', value: 0.99 },
    ]);
    expect(built.ok).toBe(true);
  });

  it('still reports a value that breaks the design itself, naming the path', () => {
    const built = modelWithParams({ file: TINY_FILE, text: TINY_YAML }, null, [
      { path: 'pools.server.capacity', value: -2 },
    ]);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.issues.join('\n')).toMatch(/pools\.server\.capacity/);
  });
});
