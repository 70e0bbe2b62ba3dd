import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadScenario, parseScenarioText, scenarioSchema, validateScenario } from '../../src/scenario/index.js';

const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the smallest valid file in docs/scenario-format.md is valid and is test/fixtures/minimal.yaml', () => {
  const smallest = blocks.find((b) => b.startsWith('opsim: 1\nhorizon: 1w'))!;
  expect(loadScenario({ file: 'docs.yaml', text: smallest }).ok).toBe(true);
  const fixture = readFileSync(new URL('../fixtures/minimal.yaml', import.meta.url), 'utf8');
  expect(parseScenarioText(smallest, 'docs.yaml').doc).toEqual(parseScenarioText(fixture, 'minimal.yaml').doc);
});

test('the distribution table lists exactly the distributions the schema accepts', () => {
  const section = doc.slice(doc.indexOf('## Distributions'), doc.indexOf('## Top level'));
  // The first row is the header (`dist`).
  const table = [...section.matchAll(/^\| `(\w+)` \| /gm)].map((m) => m[1]);
  const defs = scenarioSchema.definitions as Record<string, { then: { properties: { dist: { enum: string[] } } } }>;
  expect(table.slice(1)).toEqual(defs.durationDist.then.properties.dist.enum);
});

test('every block of pools, calendars, itemTypes and steps in the docs is valid inside a scenario', () => {
  const base = parseScenarioText(readFileSync(new URL('../fixtures/minimal.yaml', import.meta.url)), 'minimal.yaml')
    .doc as Record<string, Record<string, unknown>>;
  const pools = parseScenarioText(
    blocks.find((b) => b.startsWith('pools:'))!,
    'docs.yaml',
  ).doc as typeof base;
  const calendars = parseScenarioText(
    blocks.find((b) => b.startsWith('calendars:'))!,
    'docs.yaml',
  ).doc as typeof base;
  const withDocs = {
    ...base,
    calendars: calendars.calendars,
    pools: { ...base.pools, ...pools.pools },
    functions: ['ops', 'cs'],
  };
  expect(validateScenario(withDocs, 'docs.yaml')).toEqual([]);
});

test('docs/scenario-format.md names every field of the schema (a new field is documented with it)', () => {
  const fields = new Set<string>();
  const walk = (s: unknown): void => {
    if (s === null || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      if (k === 'properties') for (const [name, sub] of Object.entries(v as object)) (fields.add(name), walk(sub));
      else walk(v);
    }
  };
  walk(scenarioSchema);
  const prose = doc.replace(/```[\s\S]*?```/g, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  const named = new Set([...spans, ...blocks].flatMap((text) => text.split(/[^\w]+/)));
  expect([...fields].filter((f) => !named.has(f))).toEqual([]);
  expect(fields.size).toBeGreaterThan(100);
});
