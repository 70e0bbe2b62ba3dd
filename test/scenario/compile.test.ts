import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ForumNode, StepNode } from '../../src/core/model/model.js';
import {
  applyChanges,
  compileScenario,
  loadScenario,
  parseScenarioText,
  type Change,
  type ScenarioDoc,
} from '../../src/scenario/index.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const docOf = (name: string) => parseScenarioText(read(name), name).doc as ScenarioDoc;
const compiled = (name: string, ...changes: Change[]) => {
  const { doc } = applyChanges(docOf(name), changes, 'test');
  return compileScenario(doc as ScenarioDoc);
};

describe('compileScenario(doc)', () => {
  test('compiles the minimal scenario to this whole model, with every default', () => {
    expect(compiled('minimal.yaml')).toEqual({
      name: '',
      horizon: 168,
      warmup: 0,
      startWeekday: 0,
      functions: ['ops'],
      attributes: [],
      itemTypes: [
        {
          id: 'job',
          arrivals: { kind: 'poisson', ratePerHour: 1 },
          entry: 1,
          attributes: [],
          patience: null,
          patienceCalendar: -1,
          defectCost: 0,
          value: 0,
        },
      ],
      pools: [
        {
          id: 'bot',
          kind: 'agent',
          capacity: 2,
          calendar: -1,
          shiftEnd: 'finish',
          costPerTask: 0,
          costPerBusyHour: 0,
          costPerPaidHour: 0,
          errorRate: [0],
          rateLimitPerHour: 0,
          budgetHoursPerWeek: 0,
          skills: [],
        },
      ],
      calendars: [],
      nodes: [
        { kind: 'exit', id: 'done', fn: -1, rework: null, next: null, outcome: 'done' },
        {
          kind: 'step',
          id: 'work',
          fn: 0,
          rework: null,
          next: { kind: 'fixed', to: 0 },
          servers: [{ pool: 0, when: null, service: [{ kind: 'constant', value: 0.5 }], errorRate: null }],
          discipline: { kind: 'fifo' },
          queueCapacity: Infinity,
          overflow: -1,
          sla: null,
          escalation: false,
        },
      ],
      handoffs: [],
      initialWip: [],
      limits: { maxEvents: 200_000_000, maxWip: 1_000_000 },
      traceEvery: 0,
    });
  });

  test('sorts every id-keyed collection and resolves references to indices', () => {
    const m = compiled('support.yaml');
    expect(m.functions).toEqual(['cs', 'product']);
    expect(m.itemTypes.map((t) => t.id)).toEqual(['bug', 'ticket']);
    expect(m.pools.map((p) => p.id)).toEqual(['coo', 'cs-team', 'triage-bot']);
    expect(m.nodes.map((n) => n.id)).toEqual([
      'coo-decision',
      'done',
      'product-review',
      'reject',
      'resolve',
      'review',
      'risk-gate',
      'triage',
    ]);
    expect(m.nodes[6].next).toEqual({ kind: 'thresholds', attr: 0, cuts: [0.3, 0.7], to: [4, 5, 0] });
    expect(m.nodes[5].next).toEqual({
      kind: 'probabilistic',
      branches: [
        { to: 1, p: 0.9 },
        { to: 2, p: 0.1 },
      ],
    });
    expect(m.nodes[5].rework).toEqual({ detect: 0.8, to: 4, maxRounds: 3, exceeded: 3 });
    expect(m.nodes[0].next).toEqual({
      kind: 'conditional',
      branches: [{ when: { kind: 'attr', attr: 0, op: 'gte', value: 0.9 }, to: 3 }],
      otherwise: 1,
    });
  });

  test('resolves pools: kinds, costs, error rates by type, budgets, rate limits', () => {
    const [coo, team, bot] = compiled('support.yaml').pools;
    expect(coo).toMatchObject({
      kind: 'executive',
      capacity: 1,
      calendar: 0,
      costPerBusyHour: 300,
      costPerPaidHour: 0,
      budgetHoursPerWeek: 6,
      errorRate: [0, 0],
    });
    expect(team).toMatchObject({
      kind: 'human',
      capacity: 6,
      calendar: 0,
      costPerPaidHour: 55,
      errorRate: [0.04, 0.02],
      skills: ['support', 'triage'],
    });
    expect(bot).toMatchObject({
      kind: 'agent',
      capacity: 20,
      calendar: -1,
      costPerTask: 0.4,
      rateLimitPerHour: 600,
      errorRate: [0.05, 0.05],
    });
  });

  test('resolves serve: explicit pools in order, skills to pools in id order, per-type times, conditions', () => {
    const nodes = compiled('support.yaml').nodes;
    const triage = nodes[7] as StepNode;
    expect(triage.servers).toEqual([
      {
        pool: 2,
        when: { kind: 'attr', attr: 0, op: 'lt', value: 0.6 },
        errorRate: null,
        service: [
          { kind: 'lognormal', mean: 2 / 60, cv: 0.5 },
          { kind: 'lognormal', mean: 2 / 60, cv: 0.5 },
        ],
      },
      {
        pool: 1,
        when: null,
        errorRate: null,
        service: [
          { kind: 'exponential', mean: 0.25 },
          { kind: 'exponential', mean: 0.25 },
        ],
      },
    ]);
    const resolve = nodes[4] as StepNode;
    expect(resolve.servers).toEqual([
      {
        pool: 1,
        when: null,
        errorRate: null,
        service: [
          { kind: 'constant', value: 2 },
          { kind: 'constant', value: 0.5 },
        ],
      },
    ]);
    expect(resolve).toMatchObject({ queueCapacity: 50, overflow: 3, sla: { limit: 48, to: 0 }, escalation: false });
    expect((nodes[0] as StepNode).escalation).toBe(true);
  });

  test('a skill shared by several pools gives one server per pool, in id order', () => {
    const m = compiled('support.yaml', { op: 'add', path: 'pools.triage-bot.skills', value: 'support' });
    expect((m.nodes[4] as StepNode).servers.map((s) => s.pool)).toEqual([1, 2]);
  });

  test('priority by type ranks listed types first, in list order', () => {
    const m = compiled('support.yaml', {
      op: 'set',
      path: 'steps.resolve.queue.priority',
      value: { byType: ['ticket'] },
    });
    expect((m.nodes[4] as StepNode).discipline).toEqual({ kind: 'priorityByType', rank: [1, 0] });
    const byAttr = compiled('support.yaml', {
      op: 'set',
      path: 'steps.resolve.queue.priority',
      value: { attr: 'risk', order: 'desc' },
    });
    expect((byAttr.nodes[4] as StepNode).discipline).toEqual({ kind: 'priorityByAttr', attr: 0, order: 'desc' });
  });

  test('calendars become weekly intervals, holidays day numbers from the start, and an offset', () => {
    expect(compiled('support.yaml').calendars).toEqual([
      {
        id: 'office',
        week: [
          [9, 17],
          [33, 41],
          [57, 65],
          [81, 89],
          [105, 113],
        ],
        holidays: [14],
        offsetHours: -5,
      },
    ]);
    const overnight = compiled('support.yaml', {
      op: 'set',
      path: 'calendars.office.week',
      value: { sun: '22:00-06:00', mon: '05:00-07:00', tue: '00:00-24:00' },
    });
    expect(overnight.calendars[0].week).toEqual([
      [0, 7],
      [24, 48],
      [166, 168],
    ]);
    expect(
      compiled('support.yaml', { op: 'set', path: 'calendars.office.week', value: 'always' }).calendars[0].week,
    ).toEqual([[0, 168]]);
  });

  test("a forum on Monday 10:00 in a UTC-5 calendar meets at 15:00 model time; monthly sessions are dated in the chair's time; periodic ones pass through", () => {
    const forum = (changes: Change[]) => compiled('support.yaml', ...changes).nodes[2] as ForumNode;
    expect(forum([]).schedule).toEqual({ kind: 'periodic', first: 15, every: 168 });
    // Starting on a Wednesday, the next Monday 10:00 is 5 days 10 hours away, in the chair's (coo's)
    // office time, UTC-5, when the schedule names no calendar of its own: 135 h.
    expect(
      forum([
        { op: 'set', path: 'start', value: '2027-01-06' },
        { op: 'remove', path: 'steps.product-review.schedule.calendar' },
      ]).schedule,
    ).toEqual({
      kind: 'periodic',
      first: 135,
      every: 168,
    });
    // The 1st of February, March and April 2027 at 09:30 UTC-5 (time 0 is Monday 4 January, 00:00 UTC).
    expect(
      forum([{ op: 'set', path: 'steps.product-review.schedule', value: { every: 'month', day: 1, at: '09:30' } }])
        .schedule,
    ).toEqual({
      kind: 'dated',
      times: [28 * 24 + 14.5, 56 * 24 + 14.5, 87 * 24 + 14.5],
    });
    expect(
      forum([{ op: 'set', path: 'steps.product-review.schedule', value: { every: '2w', first: '33h' } }]).schedule,
    ).toEqual({
      kind: 'periodic',
      first: 33,
      every: 336,
    });
    expect(forum([])).toMatchObject({ perSession: 15, chair: 0, hoursPerDecision: 0.25 });
  });

  test('the start date sets the weekday of time 0', () => {
    const m = compiled('support.yaml', { op: 'set', path: 'start', value: '2028-02-10' });
    expect(m.startWeekday).toBe(3);
  });

  test('distributions: beta from mean and cv, erlang as gamma, normal from cv, empirical durations in hours', () => {
    const attr = (d: unknown) =>
      compiled('support.yaml', { op: 'set', path: 'itemTypes.ticket.attributes.risk', value: d }).itemTypes[1]
        .attributes[0];
    expect(attr({ dist: 'beta', mean: 0.25, cv: 0.6 })).toEqual({ kind: 'beta', a: 1.8333333333333335, b: 5.5 });
    expect(attr({ dist: 'beta', a: 2, b: 3 })).toEqual({ kind: 'beta', a: 2, b: 3 });
    expect(attr(0.5)).toEqual({ kind: 'constant', value: 0.5 });
    const time = (d: unknown) =>
      (compiled('support.yaml', { op: 'set', path: 'steps.review.serve.0.time', value: d }).nodes[5] as StepNode)
        .servers[0].service[0];
    expect(time({ dist: 'erlang', mean: '1h', k: 4 })).toEqual({ kind: 'gamma', mean: 1, cv: 0.5 });
    expect(time({ dist: 'normal', mean: '2h', cv: 0.25 })).toEqual({ kind: 'normal', mean: 2, sd: 0.5 });
    expect(time({ dist: 'empirical', values: ['30m', '1h'], weights: [3, 1] })).toEqual({
      kind: 'empirical',
      values: [0.5, 1],
      weights: [3, 1],
    });
    expect(time({ dist: 'triangular', min: '1m', mode: '3m', max: '6m' })).toEqual({
      kind: 'triangular',
      min: 1 / 60,
      mode: 3 / 60,
      max: 0.1,
    });
  });

  test('arrivals: batches and weekly profiles of 168 hourly rates with partial hours', () => {
    const m = compiled('support.yaml', {
      op: 'set',
      path: 'itemTypes.ticket.arrivals',
      value: { weekly: { mon: '10/h', fri: '4/h', hours: '08:30-10:00', calendar: 'office' } },
    });
    const arrivals = m.itemTypes[1].arrivals;
    const expected = new Array(168).fill(0);
    [expected[8], expected[9], expected[4 * 24 + 8], expected[4 * 24 + 9]] = [5, 10, 2, 4];
    expect(arrivals).toEqual({ kind: 'weekly', ratePerHour: expected, offsetHours: -5 });
    expect(m.itemTypes[0].arrivals).toEqual({ kind: 'batch', first: 9, every: 168, size: 5 });
  });

  test('a weekly profile\'s "n/d" is n arrivals that day, spread over its hours; "n/h" is a rate while open', () => {
    const m = compiled('support.yaml', {
      op: 'set',
      path: 'itemTypes.ticket.arrivals',
      value: { weekly: { mon: '15/d', tue: '10/h', wed: '6/24h', hours: '08:30-10:00,14:00-15:00' } },
    });
    const rates = (m.itemTypes[1].arrivals as { ratePerHour: number[] }).ratePerHour;
    // Monday: 15 over 2.5 open hours is 6 an hour while open; Tuesday 10 an hour; Wednesday 6 over 2.5 hours.
    const day = (d: number) => [8, 9, 14].map((h) => rates[d * 24 + h]);
    expect([day(0), day(1), day(2)]).toEqual([
      [3, 6, 6],
      [5, 10, 10],
      [1.2, 2.4, 2.4],
    ]);
    const perDay = (d: number) => rates.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0);
    expect([perDay(0), perDay(1), perDay(2)]).toEqual([15, 25, 6]);
  });

  test('handoffs and initial work in progress keep file order', () => {
    const m = compiled('support.yaml', {
      op: 'add',
      path: 'handoffs',
      value: { from: 'any', to: 'cs', delay: { dist: 'exponential', mean: '1d' } },
    });
    expect(m.handoffs).toEqual([
      { from: 0, to: 1, delay: { kind: 'constant', value: 4 } },
      { from: -1, to: 0, delay: { kind: 'exponential', mean: 24 } },
    ]);
    expect(m.initialWip).toEqual([{ type: 1, node: 4, state: 'waiting', count: 10, ageHours: 24 }]);
  });

  test('warmup, trace and limits', () => {
    const m = compiled(
      'support.yaml',
      { op: 'set', path: 'trace', value: { every: '4h' } },
      { op: 'set', path: 'limits', value: { maxEvents: 1000 } },
    );
    expect([m.horizon, m.warmup, m.traceEvery, m.limits.maxEvents, m.limits.maxWip]).toEqual([
      2184, 168, 4, 1000, 1_000_000,
    ]);
    const w = compiled('support.yaml', { op: 'set', path: 'limits', value: { maxWip: 5000 } });
    expect([w.limits.maxEvents, w.limits.maxWip]).toEqual([200_000_000, 5000]);
  });
});

/** A copy of `value` with the keys of every map in an order drawn from `rand`; lists keep their order. */
function shuffleKeys(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rand));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  return Object.fromEntries(keys.map((k) => [k, shuffleKeys((value as Record<string, unknown>)[k], rand)]));
}

describe('key order', () => {
  test('shuffling the keys of every map in the file never changes the model', () => {
    const doc = docOf('support.yaml');
    const model = loadScenario({ file: 'support.yaml', text: read('support.yaml') });
    expect(model.ok).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let s = seed;
        const rand = () => (s = (s * 48271) % 2147483647) / 2147483647;
        const shuffled = shuffleKeys(doc, rand);
        const r = loadScenario({ file: 'support.yaml', text: JSON.stringify(shuffled) });
        expect(r.ok && r.model).toEqual(model.ok && model.model);
      }),
      { numRuns: 25 },
    );
  });
});
