import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  applyChanges,
  formatIssue,
  loadScenario,
  parseScenarioText,
  setParam,
  stringifyScenario,
  sweepSpecs,
  variantNames,
  type HumanPoolDoc,
  type ScenarioDoc,
} from '../../src/scenario/index.js';

const supportText = readFileSync(new URL('../fixtures/support.yaml', import.meta.url), 'utf8');
const support = parseScenarioText(supportText, 'support.yaml').doc as ScenarioDoc;

/** An in-memory file system for `extends`. */
const files = (entries: Record<string, string>) => (path: string) => {
  if (!(path in entries)) throw new Error(`ENOENT: no such file, open '${path}'`);
  return entries[path];
};

describe('loadScenario(input, options)', () => {
  test('loads a valid file with its variant names and sweeps', () => {
    const r = loadScenario({ file: 'support.yaml', text: supportText });
    expect(r.ok && [r.variants, r.sweeps, r.model.name]).toEqual([
      ['agents-resolve'],
      { 'gate-cut': { param: 'steps.risk-gate.next.thresholds.cuts.0', values: [0.1, 0.15, 0.2, 0.25] } },
      'Support desk',
    ]);
  });

  test('points issues at the line of the field, or of its nearest written ancestor, in line order', () => {
    const text = supportText.replace('capacity: 20', 'capcity: 20').replace('next: risk-gate', 'next: risk-gat');
    const r = loadScenario({ file: 'support.yaml', text });
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      "support.yaml:22: pools.triage-bot.capacity: missing required field 'capacity' (how many tasks the agent pool works on at once)",
      "support.yaml:24: pools.triage-bot.capcity: unknown field 'capcity' (did you mean 'capacity'?)",
      'support.yaml:66: steps.triage.next: unknown step "risk-gat" (did you mean "risk-gate"?)',
    ]);
  });

  test('points issues in JSON files at lines too', () => {
    const json = JSON.stringify(support, null, 2).replace('"capacity": 20', '"capacity": "20"');
    const r = loadScenario({ file: 'support.json', text: json });
    const line = json.split('\n').findIndex((l) => l.includes('"capacity": "20"')) + 1;
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      `support.json:${line}: pools.triage-bot.capacity: expected a whole number, found "20"`,
    ]);
  });

  test("points a variant's issue at the change that caused it", () => {
    const text = supportText.replace(
      '{ op: add, path: pools.cs-team.headcount, value: -2 }',
      '{ op: add, path: pools.cs-team.headcount, value: -6 }',
    );
    const r = loadScenario({ file: 'support.yaml', text });
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'support.yaml:117: variant "agents-resolve": pools.cs-team.headcount: expected a whole number at least 1, found the number 0',
    ]);
  });

  test('checks every sweep point, reporting a value that makes the scenario invalid at its line', () => {
    const text = supportText.replace('values: { from: 0.1, to: 0.29, step: 0.05 }', 'values: [0.1, 0.8]');
    const r = loadScenario({ file: 'support.yaml', text });
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'support.yaml:122: sweeps.gate-cut.values.1: with steps.risk-gate.next.thresholds.cuts.0 = 0.8 the scenario is invalid: steps.risk-gate.next.thresholds.cuts.1: expected cuts in strictly ascending order, found 0.7 after 0.8',
    ]);
  });

  test('applies a named variant before compiling', () => {
    const r = loadScenario({ file: 'support.yaml', text: supportText }, { variant: 'agents-resolve' });
    expect(r.ok && [r.model.pools[1].capacity, r.model.pools[2].skills, r.doc.variants]).toEqual([
      4,
      ['support', 'triage'],
      undefined,
    ]);
  });

  test('reports an unknown variant with the names it knows', () => {
    const r = loadScenario({ file: 'support.yaml', text: supportText }, { variant: 'agents-reslove' });
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'support.yaml: variants: unknown variant "agents-reslove" (did you mean "agents-resolve"?); variants: agents-resolve',
    ]);
  });

  test('never throws on hostile input', () => {
    for (const text of [
      '',
      '[',
      'opsim: 1',
      '- 1\n- 2',
      'null',
      '"text"',
      '{"opsim": 1, "steps": {"a": {"next": {"when": [{"if": {"all": [{"any": []}]}}]}}}}',
    ]) {
      const r = loadScenario({ file: 'f.yaml', text });
      expect(r.ok).toBe(false);
    }
  });
});

describe('extends', () => {
  const child = [
    'opsim: 1',
    'extends: ../base/support.yaml',
    'name: Support desk, more agents',
    'changes:',
    '  - { op: set, path: pools.triage-bot.capacity, value: 40 }',
    '',
  ].join('\n');

  test('resolves the base relative to the extending file, applies its changes and overrides', () => {
    const r = loadScenario(
      { file: 'designs/child.yaml', text: child },
      { readFile: files({ 'base/support.yaml': supportText }) },
    );
    expect(r.ok && [r.model.name, r.model.pools[2].capacity, r.variants]).toEqual([
      'Support desk, more agents',
      40,
      ['agents-resolve'],
    ]);
  });

  test('reports issues of the base under the base file name', () => {
    const broken = supportText.replace('horizon: 13w', 'horizon: 13 weeks');
    const r = loadScenario(
      { file: 'designs/child.yaml', text: child },
      { readFile: files({ 'base/support.yaml': broken }) },
    );
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'base/support.yaml:7: horizon: expected a duration such as "30m", "8h", "5d" or "1h30m" (units s, m, h, d, w), found "13 weeks"',
    ]);
  });

  test('reports issues caused by the extending file at the change or field that caused them', () => {
    const text = child.replace('value: 40', 'value: 0').replace('name: Support desk, more agents', 'name: 7');
    const r = loadScenario(
      { file: 'designs/child.yaml', text },
      { readFile: files({ 'base/support.yaml': supportText }) },
    );
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'designs/child.yaml:3: name: expected text, found the number 7',
      'designs/child.yaml:5: pools.triage-bot.capacity: expected a whole number at least 1, found the number 0',
    ]);
  });

  test('reports a missing base, a cycle, a missing readFile and fields an extending file may not set', () => {
    const issues = (file: string, text: string, fs?: Record<string, string>) => {
      const r = loadScenario({ file, text }, fs ? { readFile: files(fs) } : {});
      return !r.ok && r.issues.map(formatIssue);
    };
    expect(issues('designs/child.yaml', child, {})).toEqual([
      'designs/child.yaml:2: extends: cannot read "base/support.yaml": ENOENT: no such file, open \'base/support.yaml\'',
    ]);
    expect(issues('a.yaml', 'extends: ./b.yaml\n', { 'b.yaml': 'extends: a.yaml\n' })).toEqual([
      'b.yaml:1: extends: extends forms a cycle: a.yaml -> b.yaml -> a.yaml',
    ]);
    expect(issues('designs/child.yaml', child)).toEqual([
      'designs/child.yaml:2: extends: this file extends another, but no way to read files was given (readFile)',
    ]);
    expect(issues('c.yaml', 'extends: ./support.yaml\nhorizon: 2w\n', { 'support.yaml': supportText })).toEqual([
      "c.yaml:2: horizon: unknown field 'horizon' in a file with extends; it may set only extends, changes, opsim, name, description, variants, sweeps",
    ]);
  });

  test('reports a change of the extending file that does not apply, at its line', () => {
    const text = child.replace('pools.triage-bot.capacity', 'pools.triage-bto.capacity');
    const r = loadScenario(
      { file: 'designs/child.yaml', text },
      { readFile: files({ 'base/support.yaml': supportText }) },
    );
    expect(!r.ok && r.issues.map(formatIssue)).toEqual([
      'designs/child.yaml:5: changes.0.path: path "pools.triage-bto.capacity" does not exist: pools has no "triage-bto" (did you mean "triage-bot"?)',
    ]);
  });
});

describe('applyChanges(doc, changes, where)', () => {
  test('set, add (to a list, to a number, a new key) and remove, without touching the input', () => {
    const before = JSON.stringify(support);
    const { doc, issues } = applyChanges(
      support,
      [
        { op: 'set', path: 'steps.triage.serve.0.pool', value: 'cs-team' },
        { op: 'add', path: 'functions', value: 'finance' },
        { op: 'add', path: 'pools.cs-team.headcount', value: 2 },
        { op: 'add', path: 'pools.cs-team.shiftEnd', value: 'pause' },
        { op: 'remove', path: 'steps.resolve.sla' },
        { op: 'remove', path: 'steps.triage.serve.1' },
      ],
      'v',
    );
    const d = doc as ScenarioDoc;
    expect(issues).toEqual([]);
    expect([
      d.steps.triage,
      d.functions,
      (d.pools['cs-team'] as HumanPoolDoc).headcount,
      d.pools['cs-team'].shiftEnd,
      'sla' in d.steps.resolve,
    ]).toEqual([
      {
        function: 'cs',
        serve: [{ pool: 'cs-team', time: { dist: 'lognormal', mean: '2m', cv: 0.5 }, when: { attr: 'risk', lt: 0.6 } }],
        next: 'risk-gate',
      },
      ['cs', 'product', 'finance'],
      8,
      'pause',
      false,
    ]);
    expect(JSON.stringify(support)).toBe(before);
  });

  test('reports each change that cannot apply, at where.i.path, and applies the others', () => {
    const { doc, issues } = applyChanges(
      support,
      [
        { op: 'remove', path: 'steps.triage.sla' },
        { op: 'set', path: 'steps.triage.serve.x', value: 1 },
        { op: 'add', path: 'name', value: 3 },
        { op: 'set', path: 'name', value: 'ok' },
        { op: 'set', path: '', value: 1 },
      ],
      'variants.v.changes',
    );
    expect(issues.map(formatIssue)).toEqual([
      ': variants.v.changes.0.path: path "steps.triage.sla" does not exist, so there is nothing to remove',
      ': variants.v.changes.1.path: steps.triage.serve is a list; expected an index (0, 1, ...) instead of "x"',
      ': variants.v.changes.2.path: add appends to a list or adds a number to a number; "name" holds "Support desk" and the value is the number 3',
      ': variants.v.changes.4.path: expected a dotted path such as "steps.triage.serve.0.pool", found an empty path',
    ]);
    expect((doc as ScenarioDoc).name).toBe('ok');
  });

  test("copies values, so later changes may edit inside them and the caller's objects stay untouched", () => {
    const value = Object.freeze(['2027-02-01']);
    const { doc, issues } = applyChanges(
      support,
      [
        { op: 'set', path: 'calendars.office.holidays', value },
        { op: 'set', path: 'calendars.office.holidays.0', value: '2027-03-01' },
        { op: 'add', path: 'calendars.office.holidays', value: '2027-04-01' },
      ],
      'v',
    );
    expect([issues, (doc as ScenarioDoc).calendars!.office.holidays, value]).toEqual([
      [],
      ['2027-03-01', '2027-04-01'],
      ['2027-02-01'],
    ]);
  });

  test('setParam(doc, path, value) sets one parameter for a sweep', () => {
    const { doc, issues } = setParam(support, 'steps.risk-gate.next.thresholds.cuts.0', 0.2);
    expect([
      issues,
      (doc as { steps: { 'risk-gate': { next: { thresholds: { cuts: number[] } } } } }).steps['risk-gate'].next
        .thresholds.cuts,
    ]).toEqual([[], [0.2, 0.7]]);
    expect(setParam(support, 'pools.nobody.headcount', 2).issues.map((i) => i.message)).toEqual([
      'path "pools.nobody.headcount" does not exist: pools has no "nobody"',
    ]);
  });
});

describe('sweeps, variant names and stringify', () => {
  test('sweepSpecs(doc) expands ranges without floating-point noise and copies lists', () => {
    expect(
      sweepSpecs({
        sweeps: {
          b: { param: 'x', values: { from: 0.1, to: 0.3, step: 0.1 } },
          a: { param: 'y', values: ['1h', '2h'] },
        },
      }),
    ).toEqual({
      a: { param: 'y', values: ['1h', '2h'] },
      b: { param: 'x', values: [0.1, 0.2, 0.3] },
    });
  });
  test('variantNames(doc) lists variants in sorted order and tolerates anything', () => {
    expect([variantNames({ variants: { b: {}, a: {} } }), variantNames(null), variantNames({ variants: [] })]).toEqual([
      ['a', 'b'],
      [],
      [],
    ]);
  });
  test('stringifyScenario(doc, format) round-trips through parseScenarioText in YAML and JSON', () => {
    for (const format of ['yaml', 'json'] as const) {
      expect(parseScenarioText(stringifyScenario(support, format), `f.${format}`).doc).toEqual(support);
    }
  });
});

describe('loadScenario(input, { variant }) and the file sweeps', () => {
  const text = `
opsim: 1
name: Sweep and variant
horizon: 1w
functions: [ops]
pools:
  bot: { kind: agent, capacity: 1 }
itemTypes:
  job:
    arrivals: { poisson: 1/h }
    entry: gate
    attributes:
      risk: { dist: uniform, min: 0, max: 1 }
steps:
  gate:
    kind: gate
    next: { thresholds: { attr: risk, cuts: [0.3, 0.7], to: [done, work, done] } }
  work:
    function: ops
    serve: [{ pool: bot, time: 30m }]
    next: done
  done: { kind: exit, outcome: done }
variants:
  wider-review:
    changes:
      - { op: set, path: steps.gate.next.thresholds.cuts.0, value: 0.5 }
sweeps:
  escalate-cut:
    param: steps.gate.next.thresholds.cuts.1
    values: [0.4, 0.6, 0.8]
`;
  test('a variant loads although a base sweep point would break it', () => {
    const r = loadScenario({ file: 's.yaml', text }, { variant: 'wider-review' });
    expect(r.ok).toBe(true);
  });
  test('the base still reports a sweep point that breaks it, naming the point', () => {
    const broken = text.replace('values: [0.4, 0.6, 0.8]', 'values: [0.2, 0.6, 0.8]');
    const r = loadScenario({ file: 's.yaml', text: broken });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['sweeps.escalate-cut.values.0']);
  });
});
