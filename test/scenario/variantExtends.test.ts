import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';

const minimal = readFileSync(new URL('../fixtures/minimal.yaml', import.meta.url), 'utf8');
const withVariants = (variants: string): string => `${minimal}variants:\n${variants}`;
const load = (text: string, variant?: string) => loadScenario({ file: 'v.yaml', text }, { variant });

const COMPOSED = withVariants(`
  bigger:
    changes: [{ op: set, path: pools.bot.capacity, value: 4 }]
  slower:
    changes: [{ op: set, path: steps.work.serve.0.time, value: 45m }]
  both:
    description: bigger and slower together
    extends: [bigger, slower]
  both-tuned:
    extends: [both]
    changes: [{ op: add, path: pools.bot.capacity, value: 1 }]
`);

describe('variant extends', () => {
  test("applies the extended variants' changes first, in the order listed, then its own", () => {
    const both = load(COMPOSED, 'both');
    expect(both.ok && [both.model.pools[0].capacity, both.model.nodes.find((n) => n.id === 'work')]).toMatchObject([
      4,
      { kind: 'step' },
    ]);
    const tuned = load(COMPOSED, 'both-tuned');
    expect(tuned.ok && tuned.model.pools[0].capacity).toBe(5);
    expect(tuned.ok && tuned.variants).toEqual(['bigger', 'both', 'both-tuned', 'slower']);
  });

  test('gives the same model as writing the changes out by hand', () => {
    const byHand = withVariants(`
  both:
    changes:
      - { op: set, path: pools.bot.capacity, value: 4 }
      - { op: set, path: steps.work.serve.0.time, value: 45m }
`);
    const a = load(COMPOSED, 'both');
    const b = load(byHand, 'both');
    expect(a.ok && b.ok && JSON.stringify(a.model)).toBe(b.ok && JSON.stringify(b.model));
  });

  test('applies a shared ancestor once (a diamond)', () => {
    const text = withVariants(`
  plus-one:
    changes: [{ op: add, path: pools.bot.capacity, value: 1 }]
  left:
    extends: [plus-one]
    changes: [{ op: set, path: steps.work.serve.0.time, value: 20m }]
  right:
    extends: [plus-one]
  top:
    extends: [left, right]
`);
    const r = load(text, 'top');
    expect(r.ok && r.model.pools[0].capacity).toBe(3);
  });

  test('refuses a cycle, naming it', () => {
    const text = withVariants(`
  a: { extends: [b], changes: [] }
  b: { extends: [a], changes: [] }
`);
    const r = load(text);
    expect(!r.ok && r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'variants.b.extends.0: variants extend each other in a cycle: a -> b -> a',
    ]);
  });

  test('refuses an unknown variant with a suggestion', () => {
    const r = load(
      withVariants(`
  bigger: { changes: [{ op: set, path: pools.bot.capacity, value: 4 }] }
  c: { extends: [biger] }
`),
    );
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'v.yaml:15: variant "c": variants.c.extends.0: unknown variant "biger" (did you mean "bigger"?)',
    ]);
  });

  test('refuses two parents that change the same part differently, unless the variant settles it', () => {
    const clash = withVariants(`
  four: { changes: [{ op: set, path: pools.bot.capacity, value: 4 }] }
  six: { changes: [{ op: set, path: pools.bot.capacity, value: 6 }] }
  both: { extends: [four, six] }
`);
    const r = load(clash);
    expect(!r.ok && r.issues.map((i) => i.message)).toEqual([
      '"four" and "six" both change "pools.bot.capacity", differently, so the result would depend on the order of extends; set it in this variant\'s own changes to say which applies',
    ]);
    const settled = load(
      clash.replace(
        'both: { extends: [four, six] }',
        'both: { extends: [four, six], changes: [{ op: set, path: pools.bot.capacity, value: 5 }] }',
      ),
      'both',
    );
    expect(settled.ok && settled.model.pools[0].capacity).toBe(5);
  });

  test('lets two parents add numbers to the same field (additions commute)', () => {
    const r = load(
      withVariants(`
  one: { changes: [{ op: add, path: pools.bot.capacity, value: 1 }] }
  two: { changes: [{ op: add, path: pools.bot.capacity, value: 2 }] }
  both: { extends: [one, two] }
`),
      'both',
    );
    expect(r.ok && r.model.pools[0].capacity).toBe(5);
  });

  test("reports an inherited change's issue once, at the change and under the variant that wrote it", () => {
    const r = load(
      withVariants(`
  broken: { changes: [{ op: set, path: pools.bot.capacity, value: 0 }] }
  child: { extends: [broken] }
`),
    );
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'v.yaml:14: variant "broken": pools.bot.capacity: expected a whole number at least 1, found the number 0',
    ]);
  });

  test('a variant with neither changes nor extends is an issue', () => {
    const r = load(
      withVariants(`
  empty: { description: nothing }
`),
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'variants.empty: a variant needs changes, or extends naming the variants it combines',
    ]);
  });
});
