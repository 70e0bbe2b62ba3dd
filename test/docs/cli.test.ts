// docs/cli.md and the other pages against the CLI itself: every option a command has is documented
// where that command is, with the default its help states; every option a page names exists; and
// every `opsim <command> ...` a page shows uses only that command's options.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_DESIGNS, MAX_SWEEP_RUNS } from '../../src/api/index.js';
import { MAX_COUNT } from '../../src/cli/options.js';
import { cliCommands, type CliOption } from './cliHelp.js';

const read = (page: string) => readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
const cliDoc = read('docs/cli.md');
/** Pages whose every `--option` is an opsim option (Node's own flags aside). */
const PAGES = [
  'README.md',
  'docs/cli.md',
  'docs/concepts.md',
  'docs/event-logs.md',
  'docs/report-format.md',
  'docs/scenario-format.md',
  'docs/web.md',
  'docs/api.md',
  'docs/distributed.md',
];
/** Node's own flags (`node --expose-gc ...`, `--max-old-space-size`), which the pages may show too. */
const NODE_FLAGS = process.allowedNodeEnvironmentFlags;

let commands: Map<string, CliOption[]>;
beforeAll(async () => {
  commands = await cliCommands();
});

/** The `## ` sections of docs/cli.md whose heading names the command, and `## Output formats` for --json, --csv, --md. */
function sectionsOf(command: string): string {
  const sections = cliDoc.split(/^(?=## )/m).filter((s) => s.startsWith('## '));
  return sections.filter((s) => new RegExp(`\\b${command}\\b`).test(s.split('\n')[0])).join('\n');
}

/** Table rows one by one, other text by paragraph: the places an option and its default must share. */
function passages(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => (p.trimStart().startsWith('|') ? p.split('\n') : [p.replace(/```/g, '')]));
}

const optionsIn = (text: string) => [...text.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]);

describe('docs/cli.md documents every option of every command', () => {
  test('each command has a section', () => {
    for (const command of commands.keys()) expect(sectionsOf(command), `## opsim ${command}`).not.toBe('');
  });

  test('each option is named in a section about its command', () => {
    const outputs = cliDoc.slice(cliDoc.indexOf('## Output formats'));
    const missing: string[] = [];
    for (const [command, options] of commands) {
      const text = sectionsOf(command);
      for (const o of options) {
        const documented =
          optionsIn(text).includes(o.name) || (/^--(json|csv|md)$/.test(o.name) && outputs.includes(o.name));
        if (!documented) missing.push(`${command} ${o.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('an option with a plain default (a number, a duration, a name, a few words) is documented with that default', () => {
    const wrong: string[] = [];
    for (const [command, options] of commands) {
      const places = passages(sectionsOf(command));
      for (const o of options) {
        if (o.default === undefined || !/^[\w.,:% -]+$/.test(o.default)) continue;
        const plain = (p: string) => p.replace(/[`'"]/g, '');
        const stated = places.some((p) => optionsIn(p).includes(o.name) && plain(p).includes(o.default!));
        if (!stated) wrong.push(`${command} ${o.name} (default ${o.default})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the pages name only options that exist', () => {
  // docs/distributed.md also shows kubectl's and npm's flags: its opsim command lines are checked below.
  test.each(PAGES.filter((p) => p !== 'docs/distributed.md'))(
    'every --option in %s is an option of some command',
    (page) => {
      const known = new Set(['--help', '--version', ...[...commands.values()].flat().map((o) => o.name)]);
      const unknown = optionsIn(read(page)).filter((o) => !known.has(o) && !NODE_FLAGS.has(o));
      expect([...new Set(unknown)]).toEqual([]);
    },
  );

  test.each(PAGES)('every opsim command line in %s uses options of that command', (page) => {
    const text = read(page);
    // Command lines: lines of code blocks, and inline code spans, that run `opsim <command>`.
    const blocks = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
    const spans = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
    const wrong: string[] = [];
    for (const line of [...blocks, ...spans]) {
      for (const m of line.matchAll(/\bopsim (\w+)\b([^;&|#]*)/g)) {
        const options = commands.get(m[1]);
        if (options === undefined) continue; // prose such as "opsim simulates", or `opsim help`
        const names = new Set([...options.map((o) => o.name), '--help']);
        for (const o of optionsIn(m[2])) if (!names.has(o)) wrong.push(`${m[1]} ${o}: ${line.trim()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

test('the limits docs/cli.md quotes are the ones the CLI applies', () => {
  const prose = cliDoc.replace(/\s+/g, ' ');
  const comma = (n: number) => n.toLocaleString('en-US');
  const phrases = [
    `(at most ${comma(MAX_COUNT)})`,
    `may not exceed ${comma(MAX_SWEEP_RUNS)} runs`,
    `The sweep limit of ${comma(MAX_SWEEP_RUNS)} runs`,
    `more than ${comma(MAX_DESIGNS)} combinations`,
  ];
  expect(phrases.filter((p) => !prose.includes(p))).toEqual([]);
});

test("the README's table of commands and the synopsis of docs/cli.md list every command", () => {
  const readme = read('README.md');
  const table = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
  const synopsis = /```\n([\s\S]*?)```/.exec(cliDoc)![1];
  for (const command of commands.keys()) {
    expect(table, `README: opsim ${command}`).toContain(`\`opsim ${command} `);
    expect(synopsis, `docs/cli.md: opsim ${command}`).toMatch(new RegExp(`^opsim ${command} `, 'm'));
  }
});
