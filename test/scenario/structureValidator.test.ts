import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect, test } from 'vitest';
import {
  generatedPath,
  typesModuleSource,
  typesPath,
  validatorModuleSource,
} from '../../scripts/generateSchemaValidator.mjs';
import { parseScenarioText, scenarioSchema } from '../../src/scenario/index.js';
import { schemaTypeNames } from '../../src/scenario/schema/scenarioSchema.js';
import { validate as generated } from '../../src/scenario/generated/structureValidator.js';

// The generated file is not type-checked; checkStructure.ts states its type the same way.
const validate = generated as unknown as ValidateFunction;
const committed = readFileSync(new URL(`../../${generatedPath}`, import.meta.url), 'utf8');

/** The first line where two texts differ, shortened, or undefined when they are equal. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  const at = i === -1 ? x.length : i;
  return `line ${at + 1}: committed ${JSON.stringify((x[at] ?? '(end)').slice(0, 120))}, generated ${JSON.stringify((y[at] ?? '(end)').slice(0, 120))}`;
}

test(`${generatedPath} is scenarioSchema compiled by scripts/generateSchemaValidator.mjs (else run npm run gen:schema)`, () => {
  expect(
    firstDifference(committed, validatorModuleSource(scenarioSchema)),
    'stale: run npm run gen:schema',
  ).toBeUndefined();
});

test(`${typesPath} is the types of scenarioSchema written by scripts/generateSchemaValidator.mjs (else run npm run gen:schema)`, () => {
  const committedTypes = readFileSync(new URL(`../../${typesPath}`, import.meta.url), 'utf8');
  expect(
    firstDifference(committedTypes, typesModuleSource(scenarioSchema, schemaTypeNames)),
    'stale: run npm run gen:schema',
  ).toBeUndefined();
});

test('typesModuleSource(schema, names) follows a new field and refuses a keyword it does not understand', () => {
  const root = scenarioSchema.properties as Record<string, unknown>;
  const withField = { ...scenarioSchema, properties: { ...root, budgetCap: { type: 'number' } } };
  expect(typesModuleSource(withField, schemaTypeNames)).toContain('  budgetCap?: number;');
  const withKeyword = { ...scenarioSchema, properties: { ...root, odd: { type: 'string', format: 'email' } } };
  expect(() => typesModuleSource(withKeyword, schemaTypeNames)).toThrow(/format/);
});

test('validatorModuleSource(schema) changes when the schema does (the test above can fail)', () => {
  const changed = {
    ...scenarioSchema,
    properties: { ...(scenarioSchema.properties as object), name: { type: 'string', maxLength: 201 } },
  };
  expect(firstDifference(committed, validatorModuleSource(changed))).toBeDefined();
});

test('the generated validator imports only ajv runtime helpers and compiles no code at run time', () => {
  const imports = [...committed.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
  expect(imports.every((spec) => /^ajv\/dist\/runtime\/\w+\.js$/.test(spec))).toBe(true);
  const code = committed.replace(/^\/\/.*$/gm, ''); // the header comment may name what the code avoids
  expect(['new Function', 'eval(', 'require('].filter((s) => code.includes(s))).toEqual([]);
});

test('validate(doc) counts text length in characters, not UTF-16 units (ajv ucs2length helper is wired in)', () => {
  const doc = (name: string) => ({
    opsim: 1,
    horizon: '1w',
    functions: ['a'],
    pools: {},
    itemTypes: {},
    steps: {},
    name,
  });
  expect(validate(doc('🙂'.repeat(200)))).toBe(true);
  expect(validate(doc('🙂'.repeat(201)))).toBe(false);
});

test('validate(doc) reports the same errors as ajv compiling scenarioSchema at run time', () => {
  const runtime = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(scenarioSchema);
  const parsed = (f: string) => parseScenarioText(readFileSync(new URL(`../../${f}`, import.meta.url)), f).doc;
  const docs: unknown[] = [
    parsed('test/fixtures/support.yaml'),
    parsed('scenarios/company/ai-native.yaml'),
    {
      opsim: 2,
      horizn: '1w',
      functions: [],
      pools: { 'a b': { kind: 'robot' } },
      itemTypes: 3,
      steps: { s: { kind: 'step', serve: [{}] } },
    },
    null,
    [],
  ];
  for (const doc of docs) {
    const ok = runtime(doc);
    expect([validate(doc), validate.errors ?? null]).toEqual([ok, runtime.errors ?? null]);
  }
});
