import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  applyChanges,
  formatIssue,
  parseScenarioText,
  validateScenario,
  type Change,
} from '../../src/scenario/index.js';

const support = parseScenarioText(
  readFileSync(new URL('../fixtures/support.yaml', import.meta.url)),
  'support.yaml',
).doc;

/** Issues of the support fixture after `changes`, formatted as a user sees them. */
function issuesAfter(...changes: Change[]): string[] {
  const { doc, issues } = applyChanges(support, changes, 'test');
  expect(issues).toEqual([]);
  return validateScenario(doc, 'support.yaml').map(formatIssue);
}
const set = (path: string, value: unknown): Change => ({ op: 'set', path, value });
const remove = (path: string): Change => ({ op: 'remove', path });
/** `levels` routing rules, each the `otherwise` of the one before, the last ending in `to`. */
const nestedOtherwise = (levels: number, to: string): unknown =>
  levels === 0 ? to : { when: [{ if: { attr: 'risk', lt: 0.5 }, to }], otherwise: nestedOtherwise(levels - 1, to) };

describe('validateScenario(doc, file)', () => {
  test('accepts the support fixture, its variant and its sweep', () => {
    expect(validateScenario(support, 'support.yaml')).toEqual([]);
  });

  test('reports every issue at once', () => {
    expect(
      issuesAfter(set('pools.triage-bot.capcity', 3), set('steps.triage.next', 'reveiw'), set('horizon', 13)),
    ).toEqual([
      "support.yaml: pools.triage-bot.capcity: unknown field 'capcity' (did you mean 'capacity'?)",
      'support.yaml: horizon: expected a duration with a unit such as "13h" or "13m", found the bare number 13',
      'support.yaml: steps.triage.next: unknown step "reveiw" (did you mean "review"?)',
    ]);
  });

  const cases: [string, Change[], string[]][] = [
    // Structure: types, required fields, unknown fields, enums, limits.
    [
      'a field of another pool kind, explained',
      [set('pools.cs-team.capacity', 3)],
      ["pools.cs-team.capacity: unknown field 'capacity' (only agent pools have capacity)"],
    ],
    [
      "a weekly profile's day given per week",
      [set('itemTypes.ticket.arrivals', { weekly: { mon: '200/w', tue: '10/h' } })],
      [
        'itemTypes.ticket.arrivals.weekly.mon: expected a rate while open such as "10/h", or a number for the day such as "80/d" (spread over its hours), found "200/w"',
      ],
    ],
    [
      "a weekly profile's day with hours of its own, its rate per week and its hours unreadable",
      [set('itemTypes.ticket.arrivals', { weekly: { mon: '10/h', sat: { rate: '200/w', hours: '14:00-25:00' } } })],
      [
        'itemTypes.ticket.arrivals.weekly.sat.hours: expected opening hours such as "09:00-17:00" or "09:00-12:00,13:00-17:00", found "14:00-25:00"',
        'itemTypes.ticket.arrivals.weekly.sat.rate: expected a rate while open such as "10/h", or a number for the day such as "80/d" (spread over its hours), found "200/w"',
      ],
    ],
    [
      "a weekly profile's day with hours and no rate",
      [set('itemTypes.ticket.arrivals', { weekly: { mon: '10/h', sat: { hours: '10:00-14:00' } } })],
      ["itemTypes.ticket.arrivals.weekly.sat.rate: missing required field 'rate'"],
    ],
    [
      'a work-in-progress limit of 0',
      [set('limits', { maxWip: 0 })],
      ['limits.maxWip: expected a whole number at least 1, found the number 0'],
    ],
    [
      'a fractional work-in-progress limit',
      [set('limits', { maxWip: 2.5 })],
      ['limits.maxWip: expected a whole number, found the number 2.5'],
    ],
    [
      'a misspelled kind',
      [set('pools.cs-team.kind', 'humna')],
      ['pools.cs-team.kind: expected one of agent, human, executive, found "humna" (did you mean "human"?)'],
    ],
    [
      'a misspelled node kind, with a suggestion',
      [set('steps.triage.kind', 'gat')],
      ['steps.triage.kind: expected one of step, gate, forum, exit, found "gat" (did you mean "gate"?)'],
    ],
    [
      'a headcount of 0 (also in the variant, which subtracts 2)',
      [set('pools.cs-team.headcount', 0)],
      [
        'pools.cs-team.headcount: expected a whole number at least 1, found the number 0',
        'variant "agents-resolve": pools.cs-team.headcount: expected a whole number at least 1, found the number -2',
      ],
    ],
    [
      'a fractional headcount',
      [set('pools.cs-team.headcount', 2.5)],
      [
        'pools.cs-team.headcount: expected a whole number, found the number 2.5',
        'variant "agents-resolve": pools.cs-team.headcount: expected a whole number, found the number 0.5',
        'variant "agents-resolve": pools.cs-team.headcount: expected a whole number at least 1, found the number 0.5',
      ],
    ],
    [
      'a number written as text',
      [set('pools.coo.headcount', '6')],
      ['pools.coo.headcount: expected a whole number, found "6"'],
    ],
    [
      'an absurd headcount',
      [set('pools.cs-team.headcount', 1e30)],
      ['pools.cs-team.headcount: expected a whole number at most 1000000 (the limit), found the number 1e+30'],
    ],
    [
      'an infinite number',
      [set('pools.cs-team.costPerHour', Infinity)],
      ['pools.cs-team.costPerHour: expected a finite number, found .inf (infinity)'],
    ],
    [
      'NaN',
      [set('itemTypes.ticket.defectCost', NaN)],
      ['itemTypes.ticket.defectCost: expected a finite number, found .nan (not a number)'],
    ],
    [
      'negative customer costs',
      [set('itemTypes.ticket.abandonCost', -5), set('steps.resolve.sla.penalty', -1)],
      [
        'itemTypes.ticket.abandonCost: expected an amount of money (0 to 1e12), found the number -5',
        'steps.resolve.sla.penalty: expected an amount of money (0 to 1e12), found the number -1',
      ],
    ],
    [
      'a delay cost written as a rate',
      [set('itemTypes.ticket.delayCostPerHour', '50/h')],
      [
        'itemTypes.ticket.delayCostPerHour: expected an amount of money per hour, as a plain number (0 to 1e12): 50, not "50/h" or "1200/d", found "50/h"',
      ],
    ],
    [
      'a human pool without a calendar',
      [remove('pools.cs-team.calendar')],
      ["pools.cs-team.calendar: missing required field 'calendar' (human and executive pools work to a calendar)"],
    ],
    [
      'no horizon',
      [remove('horizon')],
      ["horizon: missing required field 'horizon' (how much time to simulate, such as horizon: 13w)"],
    ],
    [
      'an empty value',
      [set('pools', null)],
      ['pools: expected a map (key: value), found nothing (is a value missing after the colon?)'],
    ],
    [
      'an invalid id',
      [set('steps.x y', { kind: 'exit', outcome: 'done' })],
      [
        `steps.x y: invalid id 'x y': expected an id (a letter, then letters, digits, "_" or "-"; at most 64 characters)`,
      ],
    ],
    [
      'a route of no known form',
      [set('steps.triage.next', { goto: 'done' })],
      [
        "steps.triage.next: expected a route: a step id, { p: {...} }, { split: [...] }, { when: [...], otherwise: ... } or { thresholds: {...} }, found an object with fields 'goto'",
      ],
    ],
    [
      'misspelled arrivals',
      [set('itemTypes.ticket.arrivals', { poison: '120/d' })],
      [
        "itemTypes.ticket.arrivals: expected arrivals: { poisson: 40/d }, { weekly: {...} } or { batch: 20, every: 1w }, found an object with fields 'poison'",
      ],
    ],
    [
      'a misspelled distribution field',
      [set('steps.triage.serve.0.time', { dist: 'lognormal', mean: '2m', cvv: 0.5 })],
      [
        "steps.triage.serve.0.time.cv: missing required field 'cv'",
        "steps.triage.serve.0.time.cvv: unknown field 'cvv' (did you mean 'cv'?)",
      ],
    ],
    [
      'a misspelled distribution',
      [set('steps.triage.serve.0.time', { dist: 'lognormale', mean: '2m', cv: 0.5 })],
      [
        'steps.triage.serve.0.time.dist: expected one of constant, exponential, uniform, triangular, normal, lognormal, gamma, erlang, beta, empirical, found "lognormale" (did you mean "lognormal"?)',
      ],
    ],
    [
      'a distribution without dist',
      [set('steps.triage.serve.0.time', { mean: '2m', cv: 0.5 })],
      ["steps.triage.serve.0.time.dist: missing required field 'dist'"],
    ],
    [
      'a condition of no known form',
      [set('steps.triage.serve.0.when', { color: 'red' })],
      [
        "steps.triage.serve.0.when: expected a condition: { attr: NAME, lt: NUMBER }, { type: [ids] }, { functionsTouched: {...} }, { reworkRounds: {...} }, { all: [...] } or { any: [...] }, found an object with fields 'color'",
      ],
    ],
    [
      'a format version from the future',
      [set('opsim', 2)],
      ['opsim: unsupported format version 2; this opsim reads version 1 (write opsim: 1)'],
    ],

    // Meaning: references, sums, orderings, units.
    [
      'an unknown pool',
      [set('steps.triage.serve.0.pool', 'triage-bto')],
      ['steps.triage.serve.0.pool: unknown pool "triage-bto" (did you mean "triage-bot"?)'],
    ],
    [
      'an unknown attribute in a condition',
      [set('steps.triage.next', { when: [{ if: { attr: 'rsk', lt: 1 }, to: 'done' }], otherwise: 'done' })],
      ['steps.triage.next.when.0.if.attr: unknown attribute "rsk" (did you mean "risk"?)'],
    ],
    [
      'an unknown step in a nested routing rule, named by its full path',
      [
        set('steps.review.next', {
          when: [{ if: { type: ['bug'] }, to: { p: { review: 0.5, reveiw: 0.5 } } }],
          otherwise: { thresholds: { attr: 'risk', cuts: [0.3], to: ['resolve', { p: { don: 1 } }] } },
        }),
      ],
      [
        'steps.review.next.when.0.to.p.reveiw: unknown step "reveiw" (did you mean "review"?)',
        'steps.review.next.otherwise.thresholds.to.1.p.don: unknown step "don" (did you mean "done"?)',
      ],
    ],
    [
      'a nested rule with probabilities not summing to 1 and a nested rule of no known form',
      [
        set('steps.review.next', {
          when: [{ if: { attr: 'risk', lt: 0.5 }, to: { p: { done: 0.5, review: 0.4 } } }],
          otherwise: { goto: 'done' },
        }),
      ],
      [
        "steps.review.next.otherwise: expected a route: a step id, { p: {...} }, { split: [...] }, { when: [...], otherwise: ... } or { thresholds: {...} }, found an object with fields 'goto'",
        'steps.review.next.when.0.to.p: expected probabilities summing to 1, found a sum of 0.9',
      ],
    ],
    [
      'a split whose probabilities do not sum to 1, with an unknown step in a rule nested in it',
      [
        set('steps.review.next', {
          split: [
            { p: 0.5, to: { when: [{ if: { type: ['bug'] }, to: 'done' }], otherwise: 'reveiw' } },
            { p: 0.4, to: 'done' },
          ],
        }),
      ],
      [
        'steps.review.next.split.0.to.otherwise: unknown step "reveiw" (did you mean "review"?)',
        'steps.review.next.split: expected probabilities summing to 1, found a sum of 0.9',
      ],
    ],
    [
      'routing rules nested deeper than 8',
      [set('steps.review.next', nestedOtherwise(9, 'done'))],
      [
        `steps.review.next${'.otherwise'.repeat(8)}: routing rules nest at most 8 deep; give this branch a step id, or route from a gate`,
      ],
    ],
    [
      'pre-emption without a priority order, and a pre-emption of no known kind',
      [set('steps.resolve.queue.preempt', 'resume'), set('steps.review.queue', { preempt: 'pause' })],
      [
        'steps.review.queue.preempt: expected one of resume, restart, found "pause"',
        'steps.resolve.queue.preempt: pre-emption needs a priority order: add discipline: priority and priority: { byType: [ids] } or { attr: NAME }',
      ],
    ],
    [
      'a queue that is no map, and a negative queue capacity, each said with what the field takes',
      [set('steps.resolve.queue', 5), set('steps.review.queue', { capacity: -1 })],
      [
        'steps.resolve.queue: expected a queue such as { discipline: priority, priority: { byType: [urgent, routine] }, preempt: resume, capacity: 50, overflow: backlog }, found the number 5',
        'steps.review.queue.capacity: expected a whole number of items that may wait (0 to 1e9; unbounded when absent; an arrival to a full queue goes to overflow, or else leaves as blocked), found the number -1',
      ],
    ],
    [
      'an unknown rework target',
      [set('steps.review.rework.to', 'reviw')],
      ['steps.review.rework.to: unknown step "reviw" (did you mean "review"?)'],
    ],
    [
      'an unknown function in a handoff',
      [set('handoffs.0.from', 'sales')],
      ['handoffs.0.from: unknown function "sales"'],
    ],
    ['a duplicate function', [set('functions', ['cs', 'cs', 'product'])], ['functions.1: duplicate id "cs"']],
    [
      'a condition without a comparison',
      [set('steps.triage.serve.0.when', { attr: 'risk' })],
      ['steps.triage.serve.0.when: expected exactly one comparison (lt, lte, gt, gte, eq, neq), found none'],
    ],
    [
      'probabilities not summing to 1',
      [set('steps.review.next.p.done', 0.8)],
      ['steps.review.next.p: expected probabilities summing to 1, found a sum of 0.9'],
    ],
    [
      'a probability above 1',
      [set('steps.review.next.p.done', 1.8)],
      [
        'steps.review.next.p.done: expected a probability between 0 and 1, found the number 1.8',
        'steps.review.next.p: expected probabilities summing to 1, found a sum of 1.9',
      ],
    ],
    [
      'a detect probability above 1',
      [set('steps.review.detect', 1.5)],
      ['steps.review.detect: expected a probability between 0 and 1, found the number 1.5'],
    ],
    [
      'cuts out of order',
      [set('steps.risk-gate.next.thresholds.cuts', [0.7, 0.3])],
      ['steps.risk-gate.next.thresholds.cuts.1: expected cuts in strictly ascending order, found 0.3 after 0.7'],
    ],
    [
      'equal cuts',
      [set('steps.risk-gate.next.thresholds.cuts', [0.3, 0.3])],
      ['steps.risk-gate.next.thresholds.cuts.1: expected cuts in strictly ascending order, found 0.3 after 0.3'],
    ],
    [
      'too few threshold targets',
      [set('steps.risk-gate.next.thresholds.to', ['done', 'review'])],
      ['steps.risk-gate.next.thresholds.to: expected 3 targets (one more than the 2 cuts), found 2'],
    ],
    [
      'a rework loop without maxRounds',
      [remove('steps.review.rework.maxRounds')],
      [
        "steps.review.rework.maxRounds: missing required field 'maxRounds' (a limit on rework rounds is required so that an item cannot loop forever)",
      ],
    ],
    [
      'detect without rework',
      [remove('steps.review.rework')],
      ['steps.review.detect: detect needs a rework route: add rework: { to: STEP, maxRounds: N, exceeded: STEP }'],
    ],
    [
      'a duration without a known unit',
      [set('horizon', '13 weeks')],
      ['horizon: expected a duration such as "30m", "8h", "5d" or "1h30m" (units s, m, h, d, w), found "13 weeks"'],
    ],
    [
      'a warm-up as long as the horizon',
      [set('warmup', '13w')],
      ['warmup: expected a warm-up shorter than the horizon (13w), found "13w"'],
    ],
    [
      'a rate in words',
      [set('itemTypes.ticket.arrivals.poisson', '120 per day')],
      ['itemTypes.ticket.arrivals.poisson: expected a rate such as "40/d", "3.5/h" or "200/w", found "120 per day"'],
    ],
    [
      'calendar hours without minutes',
      [set('calendars.office.week', 'weekdays 9-17')],
      [
        'calendars.office.week: expected opening hours such as "09:00-17:00" or "09:00-12:00,13:00-17:00", found "9-17"',
      ],
    ],
    [
      'a bad holiday date',
      [set('calendars.office.holidays', ['2027-13-01'])],
      [
        'calendars.office.holidays.0: expected a date "YYYY-MM-DD" between 1900-01-01 and 2999-12-31, found "2027-13-01"',
      ],
    ],
    [
      'a budget of 0 (which the model would read as no limit)',
      [set('pools.coo.budget', '0h/w')],
      ['pools.coo.budget: expected a budget above 0h/w, found "0h/w"; omit budget for no limit'],
    ],
    [
      'a rate limit of 0 (which the model would read as no limit)',
      [set('pools.triage-bot.rateLimit', '0/h')],
      ['pools.triage-bot.rateLimit: expected a rate above 0, found "0/h"; omit rateLimit for no limit'],
    ],
    [
      'a pool listed again after an entry that takes every item',
      [set('steps.triage.serve.0', { pool: 'cs-team', time: '5m' })],
      [
        'steps.triage.serve.1.pool: this entry is never used: serve.0 already has pool "cs-team" for every item (give serve.0 a when)',
      ],
    ],
    [
      'a budget without a period',
      [set('pools.coo.budget', '6h')],
      ['pools.coo.budget: expected decision hours per week such as "6h/w", found "6h"'],
    ],
    [
      'an impossible beta',
      [set('itemTypes.ticket.attributes.risk', { dist: 'beta', mean: 0.5, cv: 3 })],
      ['itemTypes.ticket.attributes.risk.cv: a beta distribution with mean 0.5 needs cv below 1.00, found 3'],
    ],
    [
      'a weekday spelled out',
      [set('steps.product-review.schedule', { every: 'week', day: 'monday' })],
      ['steps.product-review.schedule.day: expected a weekday (mon, tue, wed, thu, fri, sat, sun), found "monday"'],
    ],
    [
      'a weekly forum without its day',
      [set('steps.product-review.schedule', { every: 'week', at: '10:00' })],
      ['steps.product-review.schedule.day: expected a weekday (mon, tue, wed, thu, fri, sat, sun), found nothing'],
    ],
    [
      'a chair who is not an executive',
      [set('steps.product-review.chair', 'cs-team')],
      ['steps.product-review.chair: expected an executive pool as chair, found the human pool "cs-team"'],
    ],
    [
      'initial work at an exit',
      [set('initialWip.0.step', 'done')],
      ['initialWip.0.step: expected a work step or forum, found the exit "done"'],
    ],
    [
      'a service time missing for a type that reaches the step',
      [set('steps.resolve.time.byType', { ticket: '30m' })],
      [
        'steps.resolve.time: no service time for item type "bug" (pool "cs-team"); give time, time.byType or time.default here or on the step',
        'variant "agents-resolve": steps.resolve.time: no service time for item type "bug" (pool "triage-bot"); give time, time.byType or time.default here or on the step',
      ],
    ],
    [
      'a sweep of a path that does not exist',
      [set('sweeps.gate-cut.param', 'steps.risk-gate.next.thresholds.cutz.0')],
      ['sweeps.gate-cut.param: path "steps.risk-gate.next.thresholds.cutz.0" does not exist in the scenario'],
    ],

    // The flow graph.
    [
      'a loop with no way out',
      [
        set('steps.coo-decision.next', 'triage'),
        set('steps.review.next', 'resolve'),
        remove('steps.review.rework'),
        remove('steps.review.detect'),
        remove('steps.resolve.queue'),
        remove('steps.resolve.sla'),
      ],
      [
        'steps.coo-decision: no exit can be reached from "coo-decision": every route from it leads back into a loop',
        'steps.resolve: no exit can be reached from "resolve": every route from it leads back into a loop',
        'steps.review: no exit can be reached from "review": every route from it leads back into a loop',
        'steps.risk-gate: no exit can be reached from "risk-gate": every route from it leads back into a loop',
        'steps.triage: no exit can be reached from "triage": every route from it leads back into a loop',
      ],
    ],
    [
      'gates in a zero-time loop',
      [
        set('steps.risk-gate.next', { p: { gate2: 0.5, done: 0.5 } }),
        set('steps.gate2', { kind: 'gate', next: 'risk-gate' }),
      ],
      [
        'steps.risk-gate.next.p.gate2: gates form a loop that takes no time: gate2 -> risk-gate -> gate2; put a work step or forum in the loop',
        'sweeps.gate-cut.param: path "steps.risk-gate.next.thresholds.cuts.0" does not exist in the scenario',
      ],
    ],
  ];
  test.each(cases)('reports %s', (_title, changes, expected) => {
    expect(issuesAfter(...changes)).toEqual(expected.map((e) => `support.yaml: ${e}`));
  });

  test('refuses a whole-number seed too long to be read exactly, and takes it quoted', () => {
    // 99999999999999999999999 and ...998 both read as 1e+23: two files would have run the same streams.
    const text = readFileSync(new URL('../fixtures/support.yaml', import.meta.url), 'utf8');
    const withSeed = (seed: string) => {
      const { doc } = parseScenarioText(text.replace(/^seed: 42$/m, `seed: ${seed}`), 'support.yaml');
      return validateScenario(doc, 'support.yaml').map(formatIssue);
    };
    const message = (read: string) =>
      `support.yaml: seed: expected a whole number up to 9007199254740991, found one that reads as ${read} (its last digits are lost); quote it to keep every digit as text: seed: "..."`;
    expect(withSeed('99999999999999999999999')).toEqual([message('1e+23')]);
    expect(withSeed('9007199254740993')).toEqual([message('9007199254740992')]);
    expect(withSeed('9007199254740991')).toEqual([]);
    expect(withSeed('"99999999999999999999999"')).toEqual([]);
  });

  test('reports a document that is not a map', () => {
    expect(validateScenario([1, 2], 'f.yaml').map(formatIssue)).toEqual([
      'f.yaml: expected a map of fields at the top of the file (opsim: 1, horizon, functions, ...), found a list',
    ]);
  });
});

describe('validateScenario on variants', () => {
  test('names the variant and the change whose path does not exist', () => {
    expect(issuesAfter(set('variants.agents-resolve.changes.1.path', 'steps.reslove.time'))).toEqual([
      'support.yaml: variant "agents-resolve": variants.agents-resolve.changes.1.path: path "steps.reslove.time" does not exist: steps has no "reslove" (did you mean "resolve"?)',
    ]);
  });
  test('validates each variant as a whole file after its changes', () => {
    expect(issuesAfter(set('variants.agents-resolve.changes.1', set('steps.resolve.next', 'nowhere')))).toEqual([
      'support.yaml: variant "agents-resolve": steps.resolve.next: unknown step "nowhere"',
    ]);
  });
  test('does not repeat issues of the base for each variant', () => {
    expect(issuesAfter(set('pools.triage-bot.capcity', 3))).toEqual([
      "support.yaml: pools.triage-bot.capcity: unknown field 'capcity' (did you mean 'capacity'?)",
    ]);
  });
});
