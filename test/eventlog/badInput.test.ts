// Bad and odd logs: a clear message naming the line or element and what was expected (exit 2), or a
// warning with counts when events are skipped; never a stack trace or a silently wrong scenario.
import { describe, expect, test } from 'vitest';
import { runCli } from '../cli/memoryIo.js';
import { bundled, exportText, readText } from './logSupport.js';

const HEADER = 'case:concept:name,concept:name,lifecycle:transition,org:resource,time:timestamp';
const rows = (n: number, sep = ',') =>
  Array.from({ length: n }, (_, i) => {
    const c = `c${Math.floor(i / 2)}`;
    const h = i % 2 === 0 ? '09' : '11';
    return [
      c,
      i % 2 === 0 ? 'register' : 'decide',
      'complete',
      `r${i % 3}`,
      `2024-0${1 + Math.floor(i / 60)}-${String(1 + (Math.floor(i / 2) % 28)).padStart(2, '0')}T${h}:00:00+01:00`,
    ].join(sep);
  });
const csv = (lines: string[]) => `${lines.join('\n')}\n`;

async function fit(files: Record<string, string>, log = 'log.csv', extra: string[] = []) {
  return runCli(['fit', log, '--out', 'out.yaml', '--no-validate', ...extra], files);
}

describe('opsim fit on bad input', () => {
  test('a header without the case column names the line, the missing column and what it found (exit 2)', async () => {
    const r = await fit({ 'log.csv': csv(['id,concept:name,time:timestamp', 'a,x,2024-01-01T00:00:00Z']) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'log.csv: line 1: the header has no column "case:concept:name" (case); it has "id", "concept:name", "time:timestamp"',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--columns maps other column names', async () => {
    const text = csv([
      'Case ID;Activity;Start',
      ...rows(40, ';').map((l) =>
        l
          .split(';')
          .filter((_, i) => i !== 2 && i !== 3)
          .join(';'),
      ),
    ]);
    const r = await fit({ 'log.csv': text }, 'log.csv', [
      '--columns',
      'case=Case ID,activity=Activity,timestamp=Start',
    ]);
    expect(r.stderr).toContain('wrote out.yaml');
    expect(r.code).toBe(0);
  });

  test('a semicolon-delimited file is read (the delimiter is sniffed from the header)', async () => {
    const r = await fit({ 'log.csv': csv([HEADER.replace(/,/g, ';'), ...rows(40, ';')]) });
    expect(r.code).toBe(0);
    expect(r.written['out.yaml']).toContain('# 20 cases');
  });

  test('a quoted field holding a line break is one field', async () => {
    const lines = [HEADER, ...rows(40)];
    lines[3] = lines[3].replace('register', '"register\nfirst ""by hand"""');
    const r = await fit({ 'log.csv': csv(lines) });
    expect(r.code).toBe(0);
    expect(r.written['out.yaml']).toContain('activity "register\\nfirst \\"by hand\\""');
  });

  test('an unparseable timestamp names its line and shows what was expected (exit 2)', async () => {
    const lines = [HEADER, ...rows(10)];
    lines[5] = lines[5].replace(/2024-[^,]*$/, '13/01/2024 09:00');
    const r = await fit({ 'log.csv': csv(lines) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'log.csv: line 6: timestamp "13/01/2024 09:00" is not an ISO 8601 date-time (expected e.g. 2011-10-11T13:45:40+02:00)',
    );
  });

  test('a timestamp outside the years 1900 to 2999 (a mistyped year) names its line (exit 2)', async () => {
    // One event dated 1024 instead of 2024 made the log a thousand years long: the fitted arrival rates
    // were a thousand times too low, and a year 9999 wrote a scenario that did not load (exit 1).
    for (const year of ['1024', '9999']) {
      const lines = [HEADER, ...rows(40)];
      lines[5] = lines[5].replace(/2024(-[^,]*)$/, `${year}$1`);
      const r = await fit({ 'log.csv': csv(lines) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^opsim: log\\.csv: line 6: timestamp "${year}-[^"]+" is outside the years 1900 to 2999 that opsim reads \\(is the year mistyped\\?\\)\n$`,
        ),
      );
    }
  });

  test('a log of a header alone names the file (exit 2)', async () => {
    const r = await fit({ 'log.csv': csv([HEADER]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('opsim: log.csv: the log holds no usable event (every row was skipped)\n');
  });

  test('a row with a field too many names its line (exit 2)', async () => {
    const lines = [HEADER, ...rows(10)];
    lines[4] += ',extra';
    const r = await fit({ 'log.csv': csv(lines) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('log.csv: line 5: 6 fields where the header has 5');
  });

  test('events out of time order within a case, or without a case id, are counted in warnings', async () => {
    const lines = [HEADER, ...rows(40)];
    [lines[1], lines[2]] = [lines[2], lines[1]];
    lines[7] = lines[7].replace(/^c\d+/, '');
    const r = await fit({ 'log.csv': csv(lines) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: log.csv: 1 events without a case id were skipped (first at log.csv: line 8)');
    expect(r.stderr).toContain(
      'warning: log.csv: 1 events came before an earlier-listed event of their case; each case is sorted by time',
    );
  });

  test('a log pasted twice is warned of with the count and the first repeat, and the repeats are kept', async () => {
    const r = await fit({ 'log.csv': csv([HEADER, ...rows(40), ...rows(40)]) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: log.csv: 40 events repeat an earlier event of their case exactly (first at case "c0": register complete at 2024-01-01T09:00:00.000+01:00); they are kept',
    );
    expect(r.written['out.yaml']).toContain('# 20 cases');
  });

  test('a step redone in the same instant (start, complete, start, complete) is not a repeat', async () => {
    const head = 'case:concept:name,concept:name,lifecycle:transition,org:resource,time:timestamp';
    const redo = ['start', 'complete', 'start', 'complete'].map((l) => `c0,check,${l},r0,2024-01-01T10:00:00Z`);
    const r = await fit({ 'log.csv': csv([head, ...rows(40), ...redo]) });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('repeat');
  });

  test('an opsim export with zero-duration rework (exact repeats in one instant) reads with no repeat warning', () => {
    const zero = bundled('scenarios/validation/rework-loop.yaml', (t) =>
      t
        .replace('time: { dist: exponential, mean: 6m }', 'time: 0m')
        .replace(/^horizon: .*$/m, 'horizon: 2d')
        .replace(/^warmup: .*$/m, 'warmup: 0'),
    );
    const text = exportText(zero.model, 'csv');
    const lines = text.trim().split('\n').slice(1);
    expect(new Set(lines).size).toBeLessThan(lines.length);
    expect(readText(text, 'csv').warnings).toEqual([]);
  });

  test('a log of one case, or of one event, is refused with the reason (exit 2)', async () => {
    const one = await fit({ 'log.csv': csv([HEADER, ...rows(2)]) });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('the log holds 1 case; fitting needs at least 2');
    const single = await fit({ 'log.csv': csv([HEADER, rows(1)[0]]) });
    expect(single.code).toBe(2);
    const empty = await fit({ 'log.csv': '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the file is empty');
  });

  test('an XES file with a namespace prefix and a byte-order mark is read like a plain one', async () => {
    const ev = (c: string, a: string, t: string) =>
      `<xes:event><xes:string key="concept:name" value="${a}"/><xes:date key="time:timestamp" value="${t}"/></xes:event>`;
    const traces = Array.from(
      { length: 6 },
      (_, i) =>
        `<xes:trace><xes:string key="concept:name" value="c${i}"/>${ev(`c${i}`, 'a', `2024-01-0${i + 1}T09:00:00+01:00`)}${ev(`c${i}`, 'b', `2024-01-0${i + 1}T10:30:00+01:00`)}</xes:trace>`,
    );
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<xes:log xmlns:xes="http://www.xes-standard.org/" xes.version="1849-2016">${traces.join('\n')}</xes:log>\n`;
    const r = await fit({ 'log.xes': text }, 'log.xes');
    expect(r.stderr).toContain('wrote out.yaml');
    expect(r.written['out.yaml']).toContain('# 6 cases');
  });

  test('XES that is not well-formed is reported with its line (exit 2)', async () => {
    const r = await fit({ 'log.xes': '<log>\n<trace><event></trace>\n</log>' }, 'log.xes');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/log\.xes: not well-formed XML: .*2:/);
  });

  test('a bad --horizon is refused before the log is fitted (exit 2)', async () => {
    const r = await fit({ 'log.csv': csv([HEADER, ...rows(40)]) }, 'log.csv', ['--horizon', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--horizon: expected a duration such as 13w or 90d, found "soon"');
  });

  test('a file whose format cannot be told from its name asks for --format (exit 2)', async () => {
    const r = await fit({ 'log.dat': 'x' }, 'log.dat');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give --format csv|xes|ocel');
  });

  test('run --events with an unknown extension is refused before the run (exit 2)', async () => {
    const r = await runCli(['run', 'test/fixtures/minimal.yaml', '--events', 'log.txt'], {
      'test/fixtures/minimal.yaml': 'x',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--events log.txt: cannot tell the format');
  });
});
