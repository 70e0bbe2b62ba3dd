// The command excerpts of docs/cli.md that show a bundled scenario's output are run, and every line
// the page shows is in the output (a line ending in " ..." is cut at the right: the output's line
// starts with what comes before it); so is the excerpt of `npm start` in README.md.
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

/** README's excerpt of `npm start`, which runs `opsim compare scenarios/company/ai-native.yaml`. */
function readmeExcerpt(): Excerpt {
  const block = /```text\n([\s\S]*?)```/.exec(read('README.md'));
  if (!block) throw new Error("README.md has no text block with npm start's output");
  return { argv: ['compare', 'scenarios/company/ai-native.yaml'], shown: shownLines(block[1]) };
}

async function missingLines(e: Excerpt): Promise<string[]> {
  const file = e.argv.find((a) => a.startsWith('scenarios/'))!;
  const r = await runCli(e.argv, { [file]: read(file) });
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

  test("README's npm start excerpt is what opsim compare prints", async () => {
    const e = readmeExcerpt();
    expect(e.shown.length).toBeGreaterThan(20);
    expect(await missingLines(e)).toEqual([]);
  }, 120_000);
});
