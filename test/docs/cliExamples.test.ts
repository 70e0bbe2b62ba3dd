// The command excerpts of docs/cli.md that show a bundled scenario's output are run, and every line
// the page shows is in the output (a line ending in " ..." is cut at the right: the output's line
// starts with what comes before it); so are README.md's excerpts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../cli/memoryIo.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Excerpt {
  argv: string[];
  shown: string[];
}

/** Words as a shell splits them, for the excerpts' quoting: 'a b' is one word. */
const words = (line: string): string[] => (line.match(/'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^'(.*)'$/, '$1'));

const shownLines = (block: string): string[] => block.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '...');

/** Code blocks of docs/cli.md that start with `$ opsim ...` on a file in scenarios/ and show more than the first line. */
function cliExcerpts(): Excerpt[] {
  return [...read('docs/cli.md').matchAll(/```\n\$ opsim ([^\n]*scenarios\/[^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
    argv: words(m[1].trim()),
    shown: shownLines(m[2]),
  }));
}

/**
 * README's text blocks: `$ npx opsim ...` on a bundled scenario, or, without a command line, the excerpt
 * of `npm start` (`opsim compare scenarios/company/ai-native.yaml`).
 */
function readmeExcerpts(): Excerpt[] {
  return [...read('README.md').matchAll(/```text\n([\s\S]*?)```/g)].map((m) => {
    const command = /^\$ npx opsim (.*)\n/.exec(m[1]);
    return command === null
      ? { argv: ['compare', 'scenarios/company/ai-native.yaml'], shown: shownLines(m[1]) }
      : { argv: words(command[1].trim()), shown: shownLines(m[1].slice(command[0].length)) };
  });
}

const outputs = new Map<string, ReturnType<typeof runCli>>();

async function missingLines(e: Excerpt): Promise<string[]> {
  const file = e.argv.find((a) => a.startsWith('scenarios/'))!;
  // README and docs/cli.md show the same selection: run each command once.
  const key = e.argv.join('\0');
  if (!outputs.has(key)) outputs.set(key, runCli(e.argv, { [file]: read(file) }));
  const r = await outputs.get(key)!;
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.split('\n').map((l) => l.trimEnd());
  return e.shown.filter((shown) => {
    const cut = shown.endsWith(' ...');
    const text = (cut ? shown.slice(0, -' ...'.length) : shown).trimEnd();
    return !lines.some((l) => (cut ? l.startsWith(text) : l === text));
  });
}

describe('docs excerpts of the bundled scenarios', () => {
  const all = cliExcerpts();

  test('docs/cli.md shows run, compare, sweep, select and optimise on bundled scenarios', () => {
    expect(new Set(all.map((e) => e.argv[0]))).toEqual(new Set(['run', 'compare', 'sweep', 'select', 'optimise']));
  });

  test.each(all.map((e) => [e.argv.join(' '), e] as const))(
    'opsim %s prints the lines shown',
    async (_, e) => {
      expect(await missingLines(e)).toEqual([]);
    },
    120_000,
  );

  const readme = readmeExcerpts();

  test('README shows npm start, a sweep and a selection', () => {
    expect(readme.map((e) => e.argv[0])).toEqual(['compare', 'sweep', 'select']);
    expect(readme[0].shown.length).toBeGreaterThan(20);
  });

  test.each(readme.map((e) => [e.argv.join(' '), e] as const))(
    "README's excerpt of opsim %s is what it prints",
    async (_, e) => {
      expect(await missingLines(e)).toEqual([]);
    },
    120_000,
  );
});
