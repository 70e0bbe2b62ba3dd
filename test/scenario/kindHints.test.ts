import { expect, test } from 'vitest';
import { kindHints, kindsOf } from '../../src/scenario/schema/kindHints.js';
import { scenarioSchema } from '../../src/scenario/index.js';
import { validateScenario } from '../../src/scenario/index.js';

test('kindHints(schema) explains a field by the kinds that have it, read from the schema', () => {
  const hints = kindHints(scenarioSchema);
  expect(hints.pools.costPerHour).toBe('only human and executive pools have costPerHour');
  expect(hints.pools.budget).toBe('only executive pools have budget');
  expect(hints.steps.serve).toBe('only work steps (kind: step) have serve');
  expect(hints.steps.next).toBe('exits (kind: exit) have no next');
  expect(hints.pools.calendar).toBeUndefined(); // every kind of pool has one
});

test('kindsOf(schema) reads both shapes of alternatives: allOf [if/then] and an if/then/else chain', () => {
  const allOf = { allOf: [{ if: { properties: { kind: { const: 'a' } } }, then: { properties: { x: {} } } }] };
  expect([...kindsOf(allOf)]).toEqual([['a', ['x']]]);
  const chain = {
    if: { properties: { kind: { const: 'a' } } },
    then: { properties: { kind: {}, x: {} } },
    else: { properties: { kind: { enum: ['a', 'b'] }, y: {} } },
  };
  expect([...kindsOf(chain)]).toEqual([
    ['a', ['kind', 'x']],
    ['b', ['kind', 'y']],
  ]);
});

test('a field added to one kind of pool is explained on the others without a table to update', () => {
  const schema = structuredClone(scenarioSchema) as {
    properties: { pools: { additionalProperties: { allOf: { then: { properties: object } }[] } } };
  };
  const agent = schema.properties.pools.additionalProperties.allOf[0].then;
  agent.properties = { ...agent.properties, tokensPerTask: { type: 'number' } };
  expect(kindHints(schema).pools.tokensPerTask).toBe('only agent pools have tokensPerTask');
});

test('validateScenario: a field of another kind of pool is explained', () => {
  const doc = {
    opsim: 1,
    horizon: '1w',
    functions: ['ops'],
    calendars: { office: { week: 'weekdays 09:00-17:00' } },
    pools: { team: { kind: 'human', headcount: 2, calendar: 'office', costPerTask: 3 } },
    itemTypes: { t: { arrivals: { poisson: '1/h' }, entry: 's' } },
    steps: {
      s: { function: 'ops', serve: [{ pool: 'team', time: '1h' }], next: 'done' },
      done: { kind: 'exit', outcome: 'done' },
    },
  };
  expect(validateScenario(doc, 'f.yaml').map((i) => i.message)).toEqual([
    "unknown field 'costPerTask' (only agent pools have costPerTask)",
  ]);
});
