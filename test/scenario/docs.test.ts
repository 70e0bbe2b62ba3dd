import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  DEFAULT_MAX_EVENTS,
  DEFAULT_MAX_WIP,
  loadScenario,
  MAX_ALIASES,
  MAX_DEPTH,
  MAX_DURATION_HOURS,
  MAX_EXTENDS_DEPTH,
  MAX_FILE_BYTES,
  MAX_RATE_PER_HOUR,
  MAX_SWEEP_VALUES,
  parseScenarioText,
  scenarioSchema,
  SWEEP_POINTS_CHECKED,
  validateScenario,
} from '../../src/scenario/index.js';
import { MAX_DESIGNS } from '../../src/api/index.js';
import { DEFAULT_START } from '../../src/scenario/compile/startDate.js';
import { DEFAULT_MAX_MEMORY_MB } from '../../src/scenario/preflight/memoryEstimate.js';
import { MAX_FORUM_SESSIONS, MAX_SERVERS, MAX_TRACE_SAMPLES } from '../../src/scenario/preflight/preflight.js';
import { MAX_SERVER_TYPE_PAIRS } from '../../src/scenario/validate/checkSize.js';
import { MAX_ROUTE_DEPTH } from '../../src/scenario/validate/routeTargets.js';
import { MESSAGE_LIMIT, SWEEP_POINTS_CHECKED_IN_ALL } from '../../src/scenario/validate/validateScenario.js';

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

test('the limits and defaults docs/scenario-format.md quotes are the ones the code applies', () => {
  const defs = scenarioSchema as {
    properties: Record<string, { maximum?: number }>;
    definitions: Record<string, unknown>;
  };
  const comma = (n: number) => n.toLocaleString('en-US');
  const prose = doc.replace(/\s+/g, ' ');
  const quoted: [string, string][] = [
    ['aliases', `at most ${MAX_ALIASES} expanded`],
    ['file size', `files up to ${MAX_FILE_BYTES / 1e6} MB`],
    ['nesting', `nesting up to ${MAX_DEPTH} levels`],
    ['YAML aliases', `at most ${MAX_ALIASES} YAML aliases expanded`],
    ['extends depth', `up to ${MAX_EXTENDS_DEPTH} deep`],
    ['routing rule depth', `Rules nest at most ${MAX_ROUTE_DEPTH} deep`],
    ['durations', `The longest duration accepted is ${MAX_DURATION_HOURS / (365 * 24)} years`],
    ['rates', `rates ${MAX_RATE_PER_HOUR}/h`],
    ['sweep values', `A sweep has at most ${MAX_SWEEP_VALUES} values`],
    ['decision values', `at most ${MAX_SWEEP_VALUES} values per decision`],
    ['decision combinations', `at most ${comma(MAX_DESIGNS)} combinations in all`],
    ['sweep points checked', `checks up to ${SWEEP_POINTS_CHECKED} values of each sweep`],
    ['sweep points checked in all', `at most ${SWEEP_POINTS_CHECKED_IN_ALL} points in all are checked`],
    ['messages', `Messages** are at most ${MESSAGE_LIMIT} characters`],
    ['server and item type pairs', `at most ${comma(MAX_SERVER_TYPE_PAIRS)} (server, item type) pairs`],
    ['servers', `at most ${comma(MAX_SERVERS)} servers`],
    ['forum sessions', `${comma(MAX_FORUM_SESSIONS)} forum sessions`],
    ['trace samples', `${comma(MAX_TRACE_SAMPLES)} trace samples`],
    ['default maxEvents', `defaults ${DEFAULT_MAX_EVENTS} events`],
    ['default maxEvents, again', `(${comma(DEFAULT_MAX_EVENTS)} unless set)`],
    ['default maxWip', `${DEFAULT_MAX_WIP} items in the system`],
    ['default maxMemoryMB', `${DEFAULT_MAX_MEMORY_MB} MB`],
    ['default start', `default ${DEFAULT_START}`],
    ['replications', `replications (1 to ${defs.properties.replications.maximum})`],
    ['replications, again', `replications ${defs.properties.replications.maximum}`],
  ];
  expect(
    quoted.filter(([, phrase]) => !prose.includes(phrase)).map(([what, phrase]) => `${what}: "${phrase}"`),
  ).toEqual([]);
});

test('the table of pool fields by kind says which fields each kind requires, allows and refuses, as the schema does', () => {
  type Obj = { properties: Record<string, unknown>; required: string[] };
  const pools = (scenarioSchema.properties as Record<string, { additionalProperties: { allOf: { then: Obj }[] } }>)
    .pools.additionalProperties.allOf;
  const kinds = ['agent', 'human', 'executive'];
  const byKind = Object.fromEntries(kinds.map((k, i) => [k, pools[i].then]));
  const section = doc.slice(doc.indexOf('Fields by kind'), doc.indexOf('## itemTypes'));
  const wrong: string[] = [];
  for (const [, fields, ...cells] of section.matchAll(/^\| (`[^|]+`) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)) {
    for (const [, field] of fields.matchAll(/`(\w+)`/g)) {
      kinds.forEach((kind, i) => {
        const cell = cells[i].trim();
        const stated = cell === '–' ? 'refused' : cell === 'required' ? 'required' : 'allowed';
        const schema = byKind[kind];
        const actual = !(field in schema.properties)
          ? 'refused'
          : schema.required.includes(field)
            ? 'required'
            : 'allowed';
        if (stated !== actual) wrong.push(`${kind}.${field}: the page says ${stated}, the schema ${actual}`);
      });
    }
  }
  expect(wrong).toEqual([]);
  const documented = new Set([...section.matchAll(/`(\w+)`/g)].map((m) => m[1]));
  const fields = new Set(kinds.flatMap((k) => Object.keys(byKind[k].properties)).filter((f) => f !== 'kind'));
  expect([...fields].filter((f) => !documented.has(f))).toEqual([]);
});
