import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Model, Route, RouteTarget } from '../../src/core/model/model.js';
import {
  applyChanges,
  compileScenario,
  loadScenario,
  parseScenarioText,
  setParam,
  validateScenario,
  type ScenarioDoc,
} from '../../src/scenario/index.js';

const supportText = readFileSync(new URL('../fixtures/support.yaml', import.meta.url), 'utf8');
const support = parseScenarioText(supportText, 'support.yaml').doc;

/** Every dotted path to a leaf or a collection of a document. */
function pathsOf(doc: unknown, prefix = ''): string[] {
  if (typeof doc !== 'object' || doc === null) return [];
  return Object.entries(doc).flatMap(([k, v]) => {
    const p = prefix === '' ? k : `${prefix}.${k}`;
    return [p, ...pathsOf(v, p)];
  });
}
const paths = pathsOf(support);

const oddValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    '',
    'x',
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Infinity,
    NaN,
    '1h',
    '5/h',
    'done',
    [],
    {},
    { dist: 'beta' },
    [null],
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** References of a model that point outside their collections. */
function indexProblems(m: Model): string[] {
  const out: string[] = [];
  const check = (what: string, i: number, length: number, optional = false) => {
    if (!(Number.isInteger(i) && i < length && (i >= 0 || (optional && i === -1)))) out.push(`${what} = ${i}`);
  };
  const nodes = m.nodes.length;
  const route = (where: string, r: Route | null) => {
    if (r === null) return;
    if (r.kind === 'fixed') check(`${where}.to`, r.to, nodes);
    const target = (at: string, to: RouteTarget) => (typeof to === 'number' ? check(at, to, nodes) : route(at, to));
    if (r.kind === 'probabilistic') r.branches.forEach((b, i) => target(`${where}.branches.${i}`, b.to));
    if (r.kind === 'conditional')
      [...r.branches.map((b) => b.to), r.otherwise].forEach((to, i) => target(`${where}.${i}`, to));
    if (r.kind === 'thresholds') r.to.forEach((to, i) => target(`${where}.to.${i}`, to));
  };
  m.itemTypes.forEach((t) => check(`${t.id}.entry`, t.entry, nodes));
  m.pools.forEach((p) => check(`${p.id}.calendar`, p.calendar, m.calendars.length, true));
  m.nodes.forEach((n) => {
    route(`${n.id}.next`, n.next);
    if (n.rework) [n.rework.to, n.rework.exceeded].forEach((to) => check(`${n.id}.rework`, to, nodes));
    check(`${n.id}.fn`, n.fn, m.functions.length, true);
    if (n.kind === 'step') {
      n.servers.forEach((s) => check(`${n.id}.pool`, s.pool, m.pools.length));
      check(`${n.id}.overflow`, n.overflow, nodes, true);
      if (n.sla) check(`${n.id}.sla`, n.sla.to, nodes);
      if (n.servers.length === 0) out.push(`${n.id} has no servers`);
    }
    if (n.kind === 'forum') check(`${n.id}.chair`, n.chair, m.pools.length, true);
  });
  return out;
}

describe('hostile documents', () => {
  test('validateScenario never throws, whatever value replaces whatever part of a valid file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'remove'), oddValue), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          const { doc } = applyChanges(
            support,
            edits.map(([path, op, value]) => ({ op: op as 'set' | 'remove', path, value })),
            'fuzz',
          );
          const issues = validateScenario(doc, 'f.yaml');
          // Whenever validation passes, compilation must succeed too.
          if (issues.length === 0) compileScenario(doc as ScenarioDoc);
          for (const i of issues) expect(typeof i.message).toBe('string');
        },
      ),
      { numRuns: 150 },
    );
  });

  test('validateScenario never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (doc) => {
        expect(Array.isArray(validateScenario(doc, 'f.json'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('loadScenario never throws on random bytes or truncated files', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(supportText.length), (bytes, cut) => {
        expect(loadScenario({ file: 'f.yaml', text: bytes }).ok).toBe(false);
        loadScenario({ file: 'f.yaml', text: supportText.slice(0, cut) });
      }),
      { numRuns: 150 },
    );
  });

  test('a compiled model never holds NaN or an out-of-range reference when validation passes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), oddValue, (path, value) => {
        const { doc } = applyChanges(support, [{ op: 'set', path, value }], 'fuzz');
        if (validateScenario(doc, 'f.yaml').length > 0) return;
        const model = compileScenario(doc as ScenarioDoc);
        const bad: string[] = [];
        JSON.stringify(model, (k, v) => {
          if (typeof v === 'number' && Number.isNaN(v)) bad.push(k);
          return v;
        });
        expect(bad).toEqual([]);
        expect(indexProblems(model)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

test('validateScenario refuses documents built in code that nest too deeply, without overflowing the stack', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  const [issue] = validateScenario({ opsim: 1, description: deep }, 'f.json');
  expect(issue.message).toBe('the document nests lists or maps more than 64 levels deep; the limit is 64');
  expect(issue.path.startsWith('description.a.a.a')).toBe(true);
});

test('ids named like Object.prototype members are refused with a clear message, never looked up', () => {
  const text = [
    'opsim: 1',
    'horizon: 1w',
    'functions: [ops]',
    'pools: { bot: { kind: agent, capacity: 1, errorRate: { default: 0.1, byType: { toString: 0.2 } } } }',
    'itemTypes:',
    '  toString: { arrivals: { poisson: 1/h }, entry: hasOwnProperty, attributes: { valueOf: 1 } }',
    '  constructor: { arrivals: { poisson: 1/h }, entry: hasOwnProperty }',
    'steps:',
    '  hasOwnProperty: { function: ops, serve: [{ pool: bot, time: { byType: { toString: 1h, default: 2h } } }], next: done }',
    '  done: { kind: exit, outcome: done }',
    '',
  ].join('\n');
  const r = loadScenario({ file: 'f.yaml', text });
  const reserved = (name: string) =>
    `"${name}" cannot be used as a name: JavaScript reserves it on every object; choose another name`;
  expect(!r.ok && r.issues.map((i) => `${i.line} ${i.path}: ${i.message}`)).toEqual([
    `4 pools.bot.errorRate.byType.toString: ${reserved('toString')}`,
    `6 itemTypes.toString: ${reserved('toString')}`,
    `7 itemTypes.constructor: ${reserved('constructor')}`,
    `9 steps.hasOwnProperty: ${reserved('hasOwnProperty')}`,
  ]);
});

test('applyChanges and setParam cannot be steered into a reserved name', () => {
  const doc = { steps: { a: { next: 'b' } } };
  for (const path of ['steps.__proto__', 'steps.__proto__.polluted', 'constructor.prototype.x', 'steps.a.toString']) {
    const r = setParam(doc, path, 1);
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/cannot be used as a name: JavaScript reserves it/),
    ]);
    expect(r.doc).toEqual(doc);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
