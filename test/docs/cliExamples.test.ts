// The command excerpts of docs/cli.md that show a bundled scenario's output are run, and every line
// the page shows is in the output (a line ending in "  ..." has its columns cut at the right: the
// output's line starts with it).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from '../cli/memoryIo.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const cliDoc = read('docs/cli.md');

interface Excerpt {
  argv: string[];
  shown: string[];
}

/** Code blocks that start with `$ opsim ...` on a file in scenarios/ and show more than the first line. */
function excerpts(): Excerpt[] {
  return [...cliDoc.matchAll(/```\n\$ opsim ([^\n]*scenarios\/[^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
    argv: m[1].trim().split(/\s+/),
    shown: m[2].split('\n').filter((l) => l.trim() !== '' && l.trim() !== '...'),
  }));
}

describe('docs/cli.md excerpts of the bundled scenarios', () => {
  const periods = excerpts().filter((e) => e.argv.includes('--periods'));

  test('the --periods excerpts use bundled scenarios', () => {
    expect(periods.length).toBeGreaterThan(0);
  });

  test.each(periods.map((e) => [e.argv.join(' '), e] as const))(
    'opsim %s prints the lines shown',
    async (_, e) => {
      const file = e.argv.find((a) => a.startsWith('scenarios/'))!;
      const r = await runCli(e.argv, { [file]: read(file) });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n').map((l) => l.trimEnd());
      const missing = e.shown.filter((shown) => {
        const cut = shown.endsWith('  ...');
        const text = (cut ? shown.slice(0, -'  ...'.length) : shown).trimEnd();
        return !lines.some((l) => (cut ? l.startsWith(text) : l === text));
      });
      expect(missing).toEqual([]);
    },
    120_000,
  );
});
