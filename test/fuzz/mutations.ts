// fast-check arbitraries of scenario files for the fuzzer: text mutations of the bundled scenarios
// (bytes and tokens), structure mutations (a field set to a hostile value, removed, or a hostile key
// added) and generated documents (test/laws/scenarioArbitrary.ts), valid or mutated.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseScenarioText } from '../../src/scenario/index.js';
import { scenarioArbitrary } from '../laws/scenarioArbitrary.js';

/** One case: a file name and its text. */
export interface FuzzCase {
  file: string;
  text: string;
  /** How it was made, for the reproducer's header. */
  how: string;
}

const root = new URL('../../', import.meta.url);
// The validation scenarios are small and cover every feature; the company ones are large (a case of
// them costs 100 times more), so they come in only in long runs (`company: true`).
const read = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}${f}`, text: readFileSync(new URL(`${dir}${f}`, root), 'utf8') }));
const small = read('scenarios/validation/');
const company = read('scenarios/company/').filter((f) => !f.text.includes('extends:'));

/** Values that broke opsim before, or sit at an edge of what a field takes. */
export const HOSTILE_VALUES: unknown[] = [
  '__proto__',
  'constructor',
  'toString',
  'prototype',
  '',
  ' ',
  'x'.repeat(300),
  0,
  -1,
  0.5,
  1,
  2,
  1e-320,
  1e-200,
  1e-7,
  1e6,
  1e9,
  1e12,
  1e300,
  -1e300,
  0.1,
  '0.0000001s',
  '1s',
  '1m',
  '100y',
  '876000h',
  '5200w',
  '1e6/s',
  '1000000/h',
  '0/h',
  'always',
  'mon-sun 00:00-24:00',
  '09:00-09:01',
  [],
  {},
  [[]],
  { dist: 'gamma', mean: '1h', cv: 1e-200 },
  { dist: 'beta', mean: 1e-320, cv: 0.6 },
  { p: { a: 1, b: 0 } },
  null,
  true,
];
const HOSTILE_TEXT = [
  '__proto__',
  'constructor',
  'toString',
  '0',
  '-1',
  '1e308',
  '1e-320',
  '.nan',
  '.inf',
  "''",
  '[]',
  '{}',
  '~',
  '0.0000001s',
  '1s',
  '5200w',
  '1e6/s',
  '&a',
  '*a',
  '!!binary',
  '"\\u0000"',
  'x'.repeat(200),
  ': :',
  '- -',
  '{',
  '}',
  '[',
  ']',
  '#',
  '\t',
  '\u00a0',
  '\ufeff',
];

type TextEdit = {
  kind: 'delete' | 'insert' | 'replaceToken' | 'duplicateLine' | 'swapLines' | 'byte';
  at: number;
  len: number;
  pick: number;
};

const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replaceToken', 'duplicateLine', 'swapLines', 'byte'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  pick: fc.nat(),
});

function applyEdit(text: string, e: TextEdit): string {
  if (text.length === 0) return HOSTILE_TEXT[e.pick % HOSTILE_TEXT.length];
  const at = e.at % text.length;
  const lines = text.split('\n');
  const line = e.at % lines.length;
  switch (e.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.len);
    case 'insert':
      return text.slice(0, at) + HOSTILE_TEXT[e.pick % HOSTILE_TEXT.length] + text.slice(at);
    case 'replaceToken': {
      // The word or number at `at`, replaced by a hostile token.
      const m = /[\w.\-/:]+/g;
      m.lastIndex = at;
      const found = m.exec(text);
      if (found === null) return text;
      return (
        text.slice(0, found.index) +
        HOSTILE_TEXT[e.pick % HOSTILE_TEXT.length] +
        text.slice(found.index + found[0].length)
      );
    }
    case 'duplicateLine':
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n');
    case 'swapLines': {
      const other = e.pick % lines.length;
      const copy = [...lines];
      [copy[line], copy[other]] = [copy[other], copy[line]];
      return copy.join('\n');
    }
    case 'byte':
      return text.slice(0, at) + String.fromCharCode(e.pick % 256) + text.slice(at + 1);
  }
}

/** Every path of a plain document, in a fixed order. */
function paths(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...path, k]);
      paths(v, [...path, k], out);
    }
  }
  return out;
}

type StructureEdit = { kind: 'set' | 'remove' | 'addKey'; at: number; pick: number };

const structureEdit: fc.Arbitrary<StructureEdit> = fc.record({
  kind: fc.constantFrom('set', 'remove', 'addKey'),
  at: fc.nat(),
  pick: fc.nat(),
});

function applyStructureEdit(doc: unknown, e: StructureEdit): unknown {
  const copy = structuredClone(doc);
  const all = paths(copy);
  if (all.length === 0) return copy;
  const path = all[e.at % all.length];
  let parent = copy as Record<string, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const key = path[path.length - 1];
  const value = structuredClone(HOSTILE_VALUES[e.pick % HOSTILE_VALUES.length]);
  if (e.kind === 'set') parent[key] = value;
  else if (e.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (!Array.isArray(parent)) {
    // A key named like a hostile value, defined as an own property even when it is __proto__.
    const names = HOSTILE_VALUES.filter((v): v is string => typeof v === 'string');
    const name = names[e.pick % names.length].slice(0, 80) || 'empty';
    Object.defineProperty(parent, name, { value: parent[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

export function fuzzCase(options: { company?: boolean } = {}): fc.Arbitrary<FuzzCase> {
  const files = options.company ? [...small, ...company] : small;
  const source = fc.constantFrom(...files);
  const text = fc.tuple(source, fc.array(textEdit, { minLength: 1, maxLength: 4 })).map(([f, edits]) => ({
    file: f.file,
    text: edits.reduce(applyEdit, f.text),
    how: `text mutations of ${f.file}: ${JSON.stringify(edits)}`,
  }));
  const structure = fc.tuple(source, fc.array(structureEdit, { minLength: 1, maxLength: 3 })).map(([f, edits]) => {
    const doc = parseScenarioText(f.text, f.file).doc;
    return {
      file: `${f.file}.json`,
      text: JSON.stringify(edits.reduce(applyStructureEdit, doc)),
      how: `structure mutations of ${f.file}: ${JSON.stringify(edits)}`,
    };
  });
  const generated = fc
    .tuple(
      scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 0 }),
      fc.array(structureEdit, { maxLength: 2 }),
    )
    .map(([{ doc }, edits]) => ({
      file: 'generated.json',
      text: JSON.stringify(edits.reduce(applyStructureEdit, doc)),
      how: `a generated document with ${JSON.stringify(edits)}`,
    }));
  return fc.oneof(
    { arbitrary: text, weight: 4 },
    { arbitrary: structure, weight: 4 },
    { arbitrary: generated, weight: 2 },
  );
}
