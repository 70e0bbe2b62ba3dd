import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import { parseScenarioText, scenarioSchema } from '../../src/scenario/index.js';

const schemaFile = new URL('../../schema/opsim-scenario.schema.json', import.meta.url);
const written = JSON.stringify(scenarioSchema, null, 2) + '\n';

// Regenerate with: OPSIM_WRITE_SCHEMA=1 npx vitest run test/scenario/schemaFile.test.ts
if (process.env.OPSIM_WRITE_SCHEMA === '1') writeFileSync(schemaFile, written);

test('schema/opsim-scenario.schema.json is scenarioSchema written out', () => {
  expect(readFileSync(schemaFile, 'utf8')).toBe(written);
});

test('the schema file alone accepts the fixtures and the bundled scenarios, and rejects a typo', () => {
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const files = [
    'test/fixtures/support.yaml',
    'test/fixtures/minimal.yaml',
    'scenarios/validation/mm1.yaml',
    'scenarios/company/ai-native.yaml',
  ];
  for (const f of files) {
    const doc = parseScenarioText(readFileSync(new URL(`../../${f}`, import.meta.url)), f).doc;
    expect([f, validate(doc), validate.errors ?? null]).toEqual([f, true, null]);
  }
  expect(
    validate({ opsim: 1, horizon: '1w', functions: ['a'], pools: {}, itemTypes: {}, steps: {}, horizn: '2w' }),
  ).toBe(false);
});

test("the published schema explains each field of a step's queue, for editors", () => {
  const steps = JSON.parse(readFileSync(schemaFile, 'utf8')).properties.steps.additionalProperties;
  // The step kinds are an if/then/else chain on `kind`; the last branch is the work step, which has a queue.
  let branch = steps;
  while (branch.else !== undefined) branch = branch.else;
  const queue = branch.properties.queue;
  expect(typeof queue.description).toBe('string');
  expect(typeof queue.title).toBe('string');
  const fields = Object.entries(queue.properties as Record<string, { description?: unknown }>);
  expect(fields.map(([k]) => k)).toEqual(['discipline', 'priority', 'preempt', 'capacity', 'overflow']);
  expect(fields.filter(([, v]) => typeof v.description !== 'string' || v.description.length < 20)).toEqual([]);
  expect(queue.properties.preempt.description).toMatch(/resume.*restart/);
});
