// The JSON Schema of scenario format v1: structure only (types, fields, enums, limits). This object is
// the one description of the format's structure; everything else is derived from it by
// `npm run gen:schema` into src/scenario/generated/ (the ajv validator compiled ahead of time, and the
// TypeScript types of a document) and schema/opsim-scenario.schema.json (for editors). Tests and
// `npm run gen:schema -- --check` (in .ci/run) fail when a derived file is stale.
// Meaning (references, sums, graph checks, duration syntax) is checked in ../validate.
//
// To add a field:
//   1. add it here, with its type, limits and (for a value with a syntax) a description that reads
//      after "expected"; wrap a new object in named('FooDoc', ...) if code should name its type;
//   2. run `npm run gen:schema`; import the type from src/scenario/doc/scenarioDoc.ts;
//   3. check its meaning in ../validate (references, units) and compile it in ../compile;
//   4. document it in docs/scenario-format.md (test/scenario/docs.test.ts fails until the page names it).
// A field that only some kinds of pool or step have is explained on the others by itself (kindHints.ts);
// A field's `title` says what it is for, in a COO's words: editors show it, and checkStructure.ts adds it
// to the message when a required field is missing.
// Alternatives are written as if/then/else on a discriminating field rather than oneOf,
// so that a validator reports the errors of the one branch the user meant.

type Schema = Record<string, unknown>;

/**
 * The TypeScript name of each schema object that gets one in the generated types
 * (src/scenario/generated/scenarioTypes.ts); the others are written inline where they are used.
 */
export const schemaTypeNames = new Map<Schema, string>();
function named<S extends Schema>(name: string, schema: S): S {
  schemaTypeNames.set(schema, name);
  return schema;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const idDef: Schema = named('Id', {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
  maxLength: 64,
  description: 'an id (a letter, then letters, digits, "_" or "-"; at most 64 characters)',
});
const text = (maxLength: number): Schema => ({ type: 'string', maxLength });
const durationDef: Schema = named('Duration', {
  type: ['string', 'number'],
  maxLength: 40,
  description: 'a duration such as "30m", "8h" or "1h30m"',
});
const id: Schema = { $ref: '#/definitions/id' };
const duration: Schema = { $ref: '#/definitions/duration' };
const rate: Schema = { type: 'string', maxLength: 40, description: 'a rate such as "40/d" or "3.5/h"' };
const probability: Schema = { type: 'number', minimum: 0, maximum: 1, description: 'a probability between 0 and 1' };
const money: Schema = { type: 'number', minimum: 0, maximum: 1e12, description: 'an amount of money (0 to 1e12)' };
const plainNumber: Schema = {
  type: 'number',
  minimum: -1e12,
  maximum: 1e12,
  description: 'a number between -1e12 and 1e12',
};
/** `schema` with a title saying what the field is for (shown by editors and in missing-field messages). */
const titled = (title: string, schema: Schema): Schema => ({ ...schema, title });
const integer = (minimum: number, maximum: number): Schema => ({ type: 'integer', minimum, maximum });
const list = (items: Schema, maxItems: number, minItems = 0): Schema => ({ type: 'array', items, minItems, maxItems });

function object(properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema {
  return { type: 'object', properties, required, additionalProperties: false, ...extra };
}

/** A map from ids to values. */
function idMap(value: Schema, maxProperties = 10_000): Schema {
  return { type: 'object', propertyNames: id, additionalProperties: value, maxProperties };
}

/** if/then/else chain: the first case whose `when` matches applies; otherwise `fallback`. */
function cases(list: [Schema, Schema][], fallback: Schema): Schema {
  let schema = fallback;
  for (let i = list.length - 1; i >= 0; i--) schema = { if: list[i][0], then: list[i][1], else: schema };
  return schema;
}

const has = (key: string): Schema => ({ type: 'object', required: [key] });
const nothingElse = (description: string): Schema => ({ not: {}, description });

function distribution(field: Schema, fieldList: Schema): Schema {
  const kinds: Record<string, [Record<string, Schema>, string[]]> = {
    constant: [{ value: field }, ['value']],
    exponential: [{ mean: field }, ['mean']],
    uniform: [{ min: field, max: field }, ['min', 'max']],
    triangular: [{ min: field, mode: field, max: field }, ['min', 'mode', 'max']],
    normal: [{ mean: field, sd: field, cv: { type: 'number', minimum: 0, maximum: 100 } }, ['mean']],
    lognormal: [{ mean: field, cv: { type: 'number', minimum: 0, maximum: 100 } }, ['mean', 'cv']],
    gamma: [{ mean: field, cv: { type: 'number', exclusiveMinimum: 0, maximum: 100 } }, ['mean', 'cv']],
    erlang: [{ mean: field, k: integer(1, 1000) }, ['mean', 'k']],
    beta: [
      {
        mean: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        cv: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
        a: { type: 'number', exclusiveMinimum: 0, maximum: 1e6 },
        b: { type: 'number', exclusiveMinimum: 0, maximum: 1e6 },
      },
      [],
    ],
    empirical: [
      { values: fieldList, weights: list({ type: 'number', minimum: 0, maximum: 1e12 }, 10_000, 1) },
      ['values', 'weights'],
    ],
  };
  return {
    type: 'object',
    required: ['dist'],
    properties: { dist: { enum: Object.keys(kinds) } },
    allOf: Object.entries(kinds).map(([kind, [fields, required]]) => ({
      if: { properties: { dist: { const: kind } }, required: ['dist'] },
      then: object({ dist: { const: kind }, ...fields }, ['dist', ...required]),
    })),
  };
}

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const durationDist = ref('durationDist');
const numberDist = ref('numberDist');
const serviceTime = ref('serviceTime');
const route = ref('route');
const errorRate = ref('errorRate');

const durationDistDef: Schema = named('DurationDistDoc', {
  if: { type: 'object' },
  then: distribution(duration, list(duration, 10_000, 1)),
  else: duration,
});
const numberDistDef: Schema = named('NumberDistDoc', {
  if: { type: 'object' },
  then: distribution(plainNumber, list(plainNumber, 10_000, 1)),
  else: plainNumber,
});
const serviceTimeDef: Schema = named('ServiceTimeDoc', {
  if: { type: 'object', anyOf: [{ required: ['byType'] }, { required: ['default'] }] },
  then: object({ byType: idMap(durationDist), default: durationDist }),
  else: durationDist,
});

const comparison: Schema = named(
  'Comparison',
  object(
    { lt: plainNumber, lte: plainNumber, gt: plainNumber, gte: plainNumber, eq: plainNumber, neq: plainNumber },
    [],
    {
      description: 'a comparison such as { gt: 1 }',
    },
  ),
);
const conditionRef: Schema = { $ref: '#/definitions/condition' };
const condition: Schema = named('ConditionDoc', {
  type: 'object',
  description:
    'a condition such as { attr: risk, lt: 0.5 }, { type: [deal] }, { functionsTouched: { gt: 1 } }, { all: [...] }',
  ...cases(
    [
      [
        has('attr'),
        object(
          {
            attr: id,
            lt: plainNumber,
            lte: plainNumber,
            gt: plainNumber,
            gte: plainNumber,
            eq: plainNumber,
            neq: plainNumber,
          },
          ['attr'],
        ),
      ],
      [has('type'), object({ type: list(id, 1000, 1) }, ['type'])],
      [has('functionsTouched'), object({ functionsTouched: comparison }, ['functionsTouched'])],
      [has('reworkRounds'), object({ reworkRounds: comparison }, ['reworkRounds'])],
      [has('all'), object({ all: list(conditionRef, 100, 1) }, ['all'])],
      [has('any'), object({ any: list(conditionRef, 100, 1) }, ['any'])],
    ],
    nothingElse(
      'a condition: { attr: NAME, lt: NUMBER }, { type: [ids] }, { functionsTouched: {...} }, { reworkRounds: {...} }, { all: [...] } or { any: [...] }',
    ),
  ),
});

const routeDef: Schema = named(
  'RouteDoc',
  cases([[{ type: 'string' }, id]], {
    type: 'object',
    description:
      'a route: a step id, { p: {...} }, { split: [...] }, { when: [...], otherwise: ... } or { thresholds: {...} }',
    ...cases(
      [
        [has('p'), object({ p: idMap(probability, 1000) }, ['p'])],
        [has('split'), object({ split: list(object({ p: probability, to: route }, ['p', 'to']), 1000, 1) }, ['split'])],
        [
          has('when'),
          object({ when: list(object({ if: conditionRef, to: route }, ['if', 'to']), 1000, 1), otherwise: route }, [
            'when',
            'otherwise',
          ]),
        ],
        [
          has('thresholds'),
          object(
            {
              thresholds: object({ attr: id, cuts: list(plainNumber, 100, 1), to: list(route, 101, 2) }, [
                'attr',
                'cuts',
                'to',
              ]),
            },
            ['thresholds'],
          ),
        ],
      ],
      nothingElse(
        'a route: a step id, { p: {...} }, { split: [...] }, { when: [...], otherwise: ... } or { thresholds: {...} }',
      ),
    ),
  }),
);

const errorRateDef: Schema = named(
  'ErrorRateDoc',
  cases([[{ type: 'number' }, probability]], {
    ...object({ default: probability, byType: idMap(probability) }),
    description: 'an error rate: a probability, or { default: 0.05, byType: { ticket: 0.08 } }',
  }),
);

const rework: Schema = named(
  'ReworkDoc',
  object(
    {
      to: id,
      maxRounds: titled('a limit on rework rounds is required so that an item cannot loop forever', integer(0, 1000)),
      exceeded: id,
    },
    ['to', 'maxRounds', 'exceeded'],
  ),
);

const common: Record<string, Schema> = {
  description: text(10_000),
  function: id,
  detect: probability,
  rework,
  next: titled('where items go afterwards: a step id or a route', route),
};

const serve: Schema = named(
  'ServeDoc',
  object({ pool: id, skill: id, time: serviceTime, when: conditionRef, errorRate }),
);
const step: Schema = named(
  'StepDoc',
  object(
    {
      ...common,
      kind: { enum: ['step', 'gate', 'forum', 'exit'] },
      serve: list(serve, 100, 1),
      skill: id,
      time: serviceTime,
      queue: titled('how work waits at the step: its order, pre-emption and limit', {
        ...object({
          discipline: {
            enum: ['fifo', 'priority'],
            description: 'fifo (first come, first served; the default) or priority (the order `priority` sets)',
          },
          priority: {
            ...cases(
              [[has('byType'), object({ byType: list(id, 1000, 1) }, ['byType'])]],
              object({ attr: id, order: { enum: ['asc', 'desc'] } }, ['attr']),
            ),
            description:
              'the order of a priority queue: { byType: [deal, ticket] } (listed types first, in list order, the others last) or { attr: risk, order: desc } (by an attribute; order asc, the default, serves lower values first)',
          },
          preempt: {
            enum: ['resume', 'restart'],
            description:
              'resume or restart (with discipline: priority): an arriving item interrupts a lower-priority item in service, which later goes on with the service time it had left (resume) or starts over with a new one (restart); without it, work in service is never interrupted',
          },
          capacity: {
            ...integer(0, 1e9),
            description:
              'a whole number of items that may wait (0 to 1e9; unbounded when absent; an arrival to a full queue goes to overflow, or else leaves as blocked)',
          },
          overflow: {
            ...id,
            description: 'the id of the step that receives arrivals to a full queue (needs capacity)',
          },
        }),
        description:
          'a queue such as { discipline: priority, priority: { byType: [urgent, routine] }, preempt: resume, capacity: 50, overflow: backlog }',
      }),
      sla: object(
        {
          limit: {
            type: ['string', 'number'],
            maxLength: 40,
            description: 'a duration such as "48h", or working time such as "2 business days"',
          },
          escalateTo: id,
          calendar: id,
          penalty: money,
        },
        ['limit', 'escalateTo'],
      ),
    },
    ['next'],
  ),
);
const gate: Schema = named('GateDoc', object({ ...common, kind: { const: 'gate' } }, ['kind', 'next']));
const schedule: Schema = named(
  'ScheduleDoc',
  object(
    {
      every: { type: ['string', 'number'], maxLength: 40 },
      day: { type: ['string', 'integer'], maxLength: 40 },
      month: integer(1, 3),
      at: text(40),
      first: duration,
      calendar: id,
    },
    ['every'],
    { title: 'when sessions take place, such as { every: week, day: mon, at: "10:00" }' },
  ),
);
const forum: Schema = named(
  'ForumDoc',
  object(
    {
      ...common,
      kind: { const: 'forum' },
      schedule,
      perSession: integer(1, 1e6),
      chair: id,
      hoursPerDecision: { type: 'number', minimum: 0, maximum: 1000 },
    },
    ['kind', 'schedule', 'next'],
  ),
);
const exit: Schema = named(
  'ExitDoc',
  object(
    {
      kind: { const: 'exit' },
      outcome: titled('done or rejected', { enum: ['done', 'rejected'] }),
      description: text(10_000),
    },
    ['kind', 'outcome'],
  ),
);
const kindIs = (k: string): Schema => ({ type: 'object', properties: { kind: { const: k } }, required: ['kind'] });
const node: Schema = named('NodeDoc', {
  type: 'object',
  ...cases(
    [
      [kindIs('gate'), gate],
      [kindIs('forum'), forum],
      [kindIs('exit'), exit],
    ],
    step,
  ),
});

const poolCommon: Record<string, Schema> = {
  description: text(10_000),
  calendar: titled('human and executive pools work to a calendar', id),
  errorRate,
  shiftEnd: { enum: ['finish', 'pause'] },
  skills: list(id, 100),
};
const agent: Schema = named(
  'AgentPoolDoc',
  object(
    {
      ...poolCommon,
      kind: { const: 'agent' },
      capacity: titled('how many tasks the agent pool works on at once', integer(1, 1e6)),
      costPerTask: money,
      costPerBusyHour: money,
      rateLimit: rate,
    },
    ['kind', 'capacity'],
  ),
);
const rosterSlot: Schema = named(
  'RosterSlotDoc',
  object(
    {
      days: cases([[{ type: 'string' }, { enum: ['weekdays', 'weekend', 'daily'] }]], list({ enum: WEEKDAYS }, 7, 1)),
      hours: { type: 'string', maxLength: 200, description: 'hours such as "09:00-17:00"' },
      heads: titled('how many people work in this slot', integer(0, 1e6)),
    },
    ['days', 'hours', 'heads'],
  ),
);
const human: Schema = named(
  'HumanPoolDoc',
  object(
    {
      ...poolCommon,
      kind: { const: 'human' },
      // Required unless a roster gives the heads per slot of the week (checked in ../validate).
      headcount: titled('how many people are in the pool', integer(1, 1e6)),
      roster: list(rosterSlot, 1000, 1),
      costPerHour: money,
    },
    ['kind', 'calendar'],
  ),
);
const executive: Schema = named(
  'ExecutivePoolDoc',
  object(
    {
      ...poolCommon,
      kind: { const: 'executive' },
      headcount: integer(1, 1000),
      costPerHour: money,
      budget: { type: 'string', maxLength: 40 },
    },
    ['kind', 'calendar'],
  ),
);
const pool: Schema = named('PoolDoc', {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['agent', 'human', 'executive'] } },
  allOf: [
    { if: kindIs('agent'), then: agent },
    { if: kindIs('human'), then: human },
    { if: kindIs('executive'), then: executive },
  ],
});

/** A day of a weekly profile: its rate during the profile's hours, or { rate, hours } with hours of its own. */
const weekdayRate: Schema = {
  if: { type: 'object' },
  then: object({ rate, hours: text(200) }, ['rate']),
  else: rate,
};
const weekdayRates: Record<string, Schema> = Object.fromEntries(WEEKDAYS.map((d) => [d, weekdayRate]));
const arrivals: Schema = named('ArrivalsDoc', {
  type: 'object',
  title: 'how items arrive, such as { poisson: 40/d }',
  ...cases(
    [
      [has('poisson'), object({ poisson: rate }, ['poisson'])],
      [has('weekly'), object({ weekly: object({ ...weekdayRates, hours: text(200), calendar: id }) }, ['weekly'])],
      [has('batch'), object({ batch: integer(1, 1e6), every: duration, first: duration }, ['batch', 'every'])],
    ],
    nothingElse('arrivals: { poisson: 40/d }, { weekly: {...} } or { batch: 20, every: 1w }'),
  ),
});

const peak: Schema = named(
  'PeakDoc',
  object(
    {
      description: text(10_000),
      multiply: { type: 'number', minimum: 0, maximum: 1000, description: 'a factor on the arrival rate (0 to 1000)' },
      lastBusinessDays: integer(1, 31),
      of: { enum: ['month', 'quarter'] },
      calendar: id,
    },
    ['multiply', 'lastBusinessDays', 'of'],
  ),
);

const itemType: Schema = named(
  'ItemTypeDoc',
  object(
    {
      arrivals,
      peaks: list(peak, 100),
      entry: titled('the step where arrivals enter', id),
      attributes: idMap(numberDist, 100),
      patience: durationDist,
      patienceCalendar: id,
      defectCost: money,
      abandonCost: money,
      delayCostPerHour: {
        ...money,
        description: 'an amount of money per hour, as a plain number (0 to 1e12): 50, not "50/h" or "1200/d"',
      },
      value: money,
      description: text(10_000),
    },
    ['arrivals', 'entry'],
  ),
);

const calendar: Schema = named(
  'CalendarDoc',
  object(
    {
      description: text(10_000),
      utcOffset: { type: 'number', minimum: -14, maximum: 14 },
      week: cases([[{ type: 'string' }, text(400)]], object(Object.fromEntries(WEEKDAYS.map((d) => [d, text(200)])))),
      holidays: list({ type: 'string', maxLength: 10 }, 10_000),
    },
    ['week'],
  ),
);

const change: Schema = named(
  'ChangeDoc',
  object({ op: { enum: ['set', 'add', 'remove'] }, path: text(1000), value: {} }, ['op', 'path']),
);
const variant: Schema = named(
  'VariantDoc',
  object({ description: text(10_000), extends: list(id, 100, 1), changes: list(change, 10_000) }),
);
const sweep: Schema = named(
  'SweepDoc',
  object(
    {
      description: text(10_000),
      param: text(1000),
      values: cases(
        [[{ type: 'array' }, list({}, 1000, 1)]],
        object({ from: plainNumber, to: plainNumber, step: { type: 'number', exclusiveMinimum: 0, maximum: 1e12 } }, [
          'from',
          'to',
          'step',
        ]),
      ),
    },
    ['param', 'values'],
  ),
);

const decision: Schema = named(
  'DecisionDoc',
  object(
    {
      description: text(10_000),
      param: text(1000),
      values: cases(
        [[{ type: 'array' }, list({ type: 'number' }, 1000, 1)]],
        object({ from: plainNumber, to: plainNumber, step: { type: 'number', exclusiveMinimum: 0, maximum: 1e12 } }, [
          'from',
          'to',
          'step',
        ]),
      ),
      costPerUnit: { type: 'number', minimum: 0, maximum: 1e12 },
    },
    ['param', 'values'],
  ),
);

const when: Schema = {
  type: 'string',
  maxLength: 40,
  description: 'a date "YYYY-MM-DD" or a week of the run such as "week 6" (week 1 begins at the start)',
};
const timelineValue: Schema = {
  type: ['number', 'string'],
  maxLength: 40,
  description: 'a number, or a rate such as "60/d" for an arrival rate',
};
const timelineEntry: Schema = named('TimelineEntryDoc', {
  type: 'object',
  description:
    'a timeline entry: { at: DATE, set: { PATH: VALUE } } or { ramp: PATH, from: V, to: V, start: DATE, end: DATE }',
  ...cases(
    [
      [
        has('set'),
        object(
          {
            description: text(10_000),
            at: when,
            set: {
              type: 'object',
              propertyNames: { type: 'string', maxLength: 1000 },
              additionalProperties: timelineValue,
              maxProperties: 100,
            },
          },
          ['at', 'set'],
        ),
      ],
      [
        has('ramp'),
        object(
          {
            description: text(10_000),
            ramp: text(1000),
            from: timelineValue,
            to: timelineValue,
            growth: {
              type: 'number',
              minimum: -1,
              maximum: 100,
              description: 'growth per step, compounded (0.02 for 2% a step)',
            },
            start: when,
            end: when,
            every: {
              type: ['string', 'number'],
              maxLength: 40,
              description: 'a duration such as "1d" or "2w", or "month" or "quarter"',
            },
          },
          ['ramp', 'from', 'start', 'end'],
        ),
      ],
    ],
    nothingElse(
      'a timeline entry: { at: DATE, set: { PATH: VALUE } } or { ramp: PATH, from: V, to: V, start: DATE, end: DATE }',
    ),
  ),
});

const handoff: Schema = named('HandoffDoc', object({ from: id, to: id, delay: durationDist }, ['from', 'to', 'delay']));
const initialWip: Schema = named(
  'InitialWipDoc',
  object({ type: id, step: id, waiting: integer(0, 1e6), inService: integer(0, 1e6), age: duration }, ['type', 'step']),
);

export const scenarioSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'opsim scenario, format version 1',
  description: 'Structure of an opsim scenario file. See docs/scenario-format.md for the meaning of each field.',
  definitions: {
    id: idDef,
    duration: durationDef,
    condition,
    durationDist: durationDistDef,
    numberDist: numberDistDef,
    serviceTime: serviceTimeDef,
    route: routeDef,
    errorRate: errorRateDef,
  },
  ...object(
    {
      opsim: titled('the format version; write opsim: 1', { const: 1 }),
      name: text(200),
      description: text(10_000),
      currency: text(10),
      start: { type: 'string', maxLength: 10 },
      horizon: titled('how much time to simulate, such as horizon: 13w', duration),
      warmup: duration,
      seed: { type: ['string', 'integer'], maxLength: 200 },
      replications: integer(1, 100_000),
      limits: object({ maxEvents: integer(1, 1e12), maxWip: integer(1, 1e9), maxMemoryMB: integer(1, 1e9) }),
      trace: object({ every: duration }, ['every']),
      functions: titled('the list of business functions, such as functions: [sales, cs]', list(id, 1000, 1)),
      attributes: list(id, 100),
      calendars: idMap(calendar, 1000),
      pools: titled('the agents and people who do the work', idMap(pool, 1000)),
      itemTypes: titled('the kinds of work that arrive', idMap(itemType, 1000)),
      steps: titled('the flow: work steps, gates, forums and exits', idMap(node, 10_000)),
      handoffs: list(handoff, 1000),
      initialWip: list(initialWip, 1000),
      timeline: idMap(timelineEntry, 1000),
      variants: idMap(variant, 1000),
      sweeps: idMap(sweep, 100),
      decisions: idMap(decision, 100),
    },
    ['opsim', 'horizon', 'functions', 'pools', 'itemTypes', 'steps'],
  ),
};
