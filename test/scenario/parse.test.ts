import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockDepth } from '../../src/scenario/parse/blockDepth.js';
import { MAX_DEPTH, MAX_FILE_BYTES, parseScenarioText } from '../../src/scenario/index.js';

const issuesOf = (text: string | Uint8Array, file = 'f.yaml') => parseScenarioText(text, file).issues;

describe('parseScenarioText(text, file)', () => {
  test('reads YAML and JSON into the same document', () => {
    const yaml = parseScenarioText('opsim: 1\nfunctions: [a, b]\npools: { x: { kind: agent } }\n', 'a.yaml');
    const json = parseScenarioText(
      '{"opsim": 1, "functions": ["a", "b"], "pools": {"x": {"kind": "agent"}}}',
      'a.json',
    );
    expect(yaml.issues).toEqual([]);
    expect(json.doc).toEqual(yaml.doc);
  });
  test('reads UTF-8 bytes, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('name: Café\n');
    expect(parseScenarioText(bytes, 'f.yaml').doc).toEqual({ name: 'Café' });
    expect(parseScenarioText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'f.yaml').doc).toEqual({ name: 'Café' });
  });
  test('locates dotted paths on source lines, falling back to the nearest ancestor', () => {
    const p = parseScenarioText('a: 1\nsteps:\n  review:\n    serve:\n      - pool: x\n      - pool: y\n', 'f.yaml');
    expect(
      ['a', 'steps.review', 'steps.review.serve.1', 'steps.review.serve.1.pool', 'steps.review.nope', 'zzz'].map(
        p.lineOf,
      ),
    ).toEqual([1, 3, 6, 6, 3, 1]);
  });
  test('reports non-UTF-8 bytes with the offset of the first bad byte', () => {
    expect(issuesOf(new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]))).toEqual([
      {
        file: 'f.yaml',
        path: '',
        message: 'the file is not UTF-8 text (invalid byte 0xe9 at offset 3); save it as UTF-8',
      },
    ]);
    expect(issuesOf(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual([
      { file: 'f.yaml', path: '', message: 'the file is UTF-16 text; save it as UTF-8' },
    ]);
  });
  test('reports YAML syntax errors and duplicate keys with their line', () => {
    const [syntax] = issuesOf('a: 1\nb: [1, 2\nc: 3\n');
    expect(syntax).toMatchObject({ file: 'f.yaml', path: '' });
    expect(syntax.message).toMatch(/^not valid YAML or JSON: /);
    expect(issuesOf('a: 1\nsteps: {}\na: 2\n')).toEqual([
      { file: 'f.yaml', path: '', line: 3, message: 'not valid YAML or JSON: Map keys must be unique' },
    ]);
  });
  test('reports several documents, tabs, unclosed quotes and collection keys in plain words', () => {
    expect(issuesOf('a: 1\n---\nb: 2\n')).toEqual([
      {
        file: 'f.yaml',
        path: '',
        line: 2,
        message:
          'not valid YAML or JSON: the file holds several YAML documents (separated by ---); a scenario is one document',
      },
    ]);
    expect(issuesOf('a:\n\tb: 1\n')).toEqual([
      { file: 'f.yaml', path: '', line: 2, message: 'not valid YAML or JSON: Tabs are not allowed as indentation' },
    ]);
    expect(issuesOf('a: "x\n')).toEqual([
      { file: 'f.yaml', path: '', line: 2, message: 'not valid YAML or JSON: Missing closing "quote' },
    ]);
    const keyMessage = 'a key is a list, a map, an alias (*name) or tagged data (!!binary); keys must be plain names';
    expect(issuesOf('a: 1\n? [a]\n: 1\n')).toEqual([{ file: 'f.yaml', path: '', line: 2, message: keyMessage }]);
    // An alias of a list as a key: the YAML library would print a process warning on turning it into text.
    expect(issuesOf('a: &x [1]\n? *x\n: 2\n')).toEqual([{ file: 'f.yaml', path: '', line: 2, message: keyMessage }]);
    expect(issuesOf('a: { !!binary 3, b: 1 }\n')).toEqual([{ file: 'f.yaml', path: '', line: 1, message: keyMessage }]);
  });

  test('reads YAML 1.1 files with the core schema: dates and yes/no stay text', () => {
    expect(parseScenarioText('%YAML 1.1\n---\nstart: 2027-01-04\nx: yes\n', 'f.yaml').doc).toEqual({
      start: '2027-01-04',
      x: 'yes',
    });
  });

  test('reports an empty file', () => {
    expect(issuesOf('  \n# nothing\n')).toEqual([]);
    expect(issuesOf('   \n')).toEqual([
      { file: 'f.yaml', path: '', message: 'the file is empty; expected a scenario starting with "opsim: 1"' },
    ]);
  });
  test(`rejects files over ${MAX_FILE_BYTES / 1e6} MB without parsing them`, () => {
    const big = 'x: "' + 'a'.repeat(10_000_000) + '"\n';
    expect(issuesOf(big)).toEqual([{ file: 'f.yaml', path: '', message: 'the file is 10.0 MB; the limit is 2 MB' }]);
    expect(issuesOf(new Uint8Array(10_000_000))).toEqual([
      { file: 'f.yaml', path: '', message: 'the file is 10.0 MB; the limit is 2 MB' },
    ]);
  });
  test(`rejects nesting deeper than ${MAX_DEPTH} levels, in flow and block style, without overflowing the stack`, () => {
    const tooDeep = `the file nests lists or maps more than ${MAX_DEPTH} levels deep; the limit is ${MAX_DEPTH}`;
    expect(issuesOf('x: ' + '['.repeat(100_000) + ']'.repeat(100_000))).toEqual([
      { file: 'f.yaml', path: '', message: tooDeep },
    ]);
    expect(issuesOf('x: "' + '['.repeat(100) + '"\n')).toEqual([]);
    expect(issuesOf('- '.repeat(100_000) + '1')).toEqual([{ file: 'f.yaml', path: '', message: tooDeep }]);
    const block = Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n';
    expect(issuesOf(block)).toEqual([{ file: 'f.yaml', path: '', message: tooDeep }]);
    const json = '{"a":'.repeat(70) + '1' + '}'.repeat(70);
    expect(issuesOf(json, 'f.json')).toEqual([{ file: 'f.json', path: '', message: tooDeep }]);
    expect(issuesOf('{"a":'.repeat(60) + '1' + '}'.repeat(60), 'f.json')).toEqual([]);
  });
  test('refuses alias bombs', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${new Array(10).fill('*' + String.fromCharCode(97 + i)).join(', ')}]`,
      );
    const issues = issuesOf(lines.join('\n') + '\n');
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^the file could not be read: .*alias/i);
  });
});

describe('blockDepth(text, stopAbove)', () => {
  test('counts indentation levels and leading dashes, skipping comments and block scalars', () => {
    expect(blockDepth('a: 1\nb:\n  c:\n    - d\n    - - e\n', 64)).toBe(5);
    expect(blockDepth('a: |\n  x\n      y\n          z\nb: 1\n', 64)).toBe(1);
    expect(blockDepth('a:\n  # deep comment\n            # deeper\n  b: 1\n', 64)).toBe(2);
    expect(blockDepth('- '.repeat(1000) + '1', 64)).toBe(65);
  });
  test('stays within the real depth for the bundled support scenario', () => {
    const text = readFileSync(new URL('../fixtures/support.yaml', import.meta.url), 'utf8');
    expect(blockDepth(text, 64)).toBeLessThan(10);
  });
});
