// A file the command was asked to write (--out, --events, --table) that cannot be written is an error
// before any work, exit 2 naming the option, the path and why: a shard of hours on a batch runner, or
// a long fit, must not end in a failed write that keeps nothing.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { whyNotWritable } from '../../src/cli/nodeIo.js';
import { runCli } from './memoryIo.js';

const dir = mkdtempSync(join(tmpdir(), 'opsim-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('whyNotWritable', () => {
  test('says what stands in the way, or null when nothing does', () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'file.txt'), 'x');
    expect(whyNotWritable(join(dir, 'new.json'))).toBeNull();
    expect(whyNotWritable(join(dir, 'file.txt'))).toBeNull();
    expect(whyNotWritable(join(dir, 'folder'))).toBe('it is a folder');
    expect(whyNotWritable(join(dir, 'missing', 'x.json'))).toBe(`there is no folder ${join(dir, 'missing')}`);
    expect(whyNotWritable(join(dir, 'file.txt', 'x.json'))).toBe(
      `a part of ${join(dir, 'file.txt')} is a file, not a folder`,
    );
    expect(whyNotWritable(join(dir, 'file.txt', 'deeper', 'x.json'))).toBe(
      `a part of ${join(dir, 'file.txt', 'deeper')} is a file, not a folder`,
    );
  });
});

describe('commands check their output files first', () => {
  const company = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
  const mm1 = readFileSync('scenarios/validation/mm1.yaml', 'utf8');
  const blocked = (path: string) => (path.startsWith('gone/') ? 'there is no folder gone' : null);

  test.each([
    [['compare', 'company.yaml', '--shard', '1/2', '--out', 'gone/s.json'], '--out gone/s.json'],
    [
      ['sweep', 'mm1.yaml', '--param', 'seed', '--values', '1,2', '--shard', '1/2', '--out', 'gone/s.json'],
      '--out gone/s.json',
    ],
    [['select', 'company.yaml', '--delta', '1', '--shard', '1/2', '--out', 'gone/s.json'], '--out gone/s.json'],
    [['run', 'mm1.yaml', '--events', 'gone/log.csv'], '--events gone/log.csv'],
    [['fit', 'log.csv', '--out', 'gone/fitted.yaml'], '--out gone/fitted.yaml'],
    [['fit', 'log.csv', '--out', 'fitted.yaml', '--table', 'gone/table.md'], '--table gone/table.md'],
  ])('%j: exit 2, nothing written', async (args, named) => {
    const r = await runCli(
      args,
      { 'company.yaml': company, 'mm1.yaml': mm1, 'log.csv': 'case:concept:name,concept:name,time:timestamp\n' },
      { whyNotWritable: blocked },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`opsim: ${named}: cannot write the file (there is no folder gone)\n`);
    expect(r.written).toEqual({});
  });

  test('fit --table with --no-validate is refused: there is no table to write', async () => {
    const r = await runCli(['fit', 'log.csv', '--out', 'f.yaml', '--table', 't.md', '--no-validate'], {
      'log.csv': '',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('opsim: --table: --no-validate makes no validation table to write\n');
  });
});
