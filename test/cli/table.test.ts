import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber } from '../../src/cli/render/formatNumber.js';
import { csvCell, tableCsv, tableMarkdown, tableText, type Table } from '../../src/cli/render/table.js';
import { interval } from '../../src/experiments/interval.js';

const ci = { mean: 12.345, half: 0.5, lo: 11.845, hi: 12.845, n: 4 };
const table: Table = {
  title: 'Pools',
  columns: ['pool', 'utilisation', 'tasks'],
  rows: [
    ['engineers', { ci: { mean: 0.8, half: 0.01, lo: 0.79, hi: 0.81, n: 4 }, as: 'percent' }, { ci }],
    ['bot, "fast"', { ci: interval([0.25, 0.25]), as: 'percent' }, 1234567],
  ],
};

describe('formatNumber(x) and formatInterval(ci)', () => {
  it('write numbers for people', () => {
    expect([1234567.8, -1500, 250.4, 12.34, 1.234, 0.004567, 0].map(formatNumber)).toEqual([
      '1,234,568',
      '-1,500',
      '250',
      '12.3',
      '1.23',
      '0.0046',
      '0',
    ]);
    expect(formatInterval(ci)).toBe('12.3 ± 0.50');
    expect(formatInterval(interval([3]))).toBe('3.00');
    expect(formatInterval({ mean: -0.12, half: 0.03, lo: -0.15, hi: -0.09, n: 3 }, 'points')).toBe('-12.0 pts ± 3.0');
  });
});

describe('tables', () => {
  it('tableText aligns text left and numbers right', () => {
    expect(tableText(table)).toBe(
      [
        'Pools',
        'pool          utilisation        tasks',
        '-----------  ------------  -----------',
        'engineers    80.0% ± 1.0%  12.3 ± 0.50',
        'bot, "fast"         25.0%    1,234,567',
        '',
      ].join('\n'),
    );
  });

  it('tableCsv keeps full precision and spreads intervals into lo/hi columns', () => {
    expect(tableCsv(table)).toBe(
      [
        '# Pools',
        'pool,utilisation,utilisation lo,utilisation hi,tasks,tasks lo,tasks hi',
        'engineers,0.8,0.79,0.81,12.345,11.845,12.845',
        '"bot, ""fast""",0.25,0.25,0.25,1234567,,',
        '',
      ].join('\n'),
    );
  });

  it('tableMarkdown writes a pipe table with numeric columns right-aligned', () => {
    expect(tableMarkdown(table)).toBe(
      [
        '### Pools',
        '',
        '| pool | utilisation | tasks |',
        '| --- | ---: | ---: |',
        '| engineers | 80.0% ± 1.0% | 12.3 ± 0.50 |',
        '| bot, "fast" | 25.0% | 1,234,567 |',
        '',
      ].join('\n'),
    );
  });
});

describe('csvCell(text) and tableCsv against spreadsheet injection', () => {
  it('csvCell quotes CR and LF, and prefixes text a spreadsheet would run as a formula', () => {
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('cr\ronly')).toBe('"cr\ronly"');
    expect(
      ['=1+2', '+SUM(A1)', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'].map(csvCell),
    ).toEqual([
      '"\'=1+2"',
      '"\'+SUM(A1)"',
      "\"'-2+3+cmd|' /C calc'!A0\"",
      '"\'@SUM(A1)"',
      '"\'\tx"',
      '"\'\rx"',
      '"\'=HYPERLINK(""http://x"")"',
    ]);
  });

  it('csvCell keeps plain negative numbers and ordinary text as they are', () => {
    expect(['-12', '-0.5', '-1e-7', '-.25', 'engineers', 'a-b', '1,5'].map(csvCell)).toEqual([
      '-12',
      '-0.5',
      '-1e-7',
      '-.25',
      'engineers',
      'a-b',
      '"1,5"',
    ]);
  });

  it('tableCsv writes numbers (negative ones too) unprefixed and text cells defended', () => {
    const hostile: Table = {
      title: 'Designs\r\n=evil',
      columns: ['design', '=x', 'difference'],
      rows: [
        ["=cmd|' /C calc'!A0", 'line\nbreak', -3.5],
        ['-5', '@x', { ci: { mean: -0.2, half: 0.1, lo: -0.3, hi: -0.1, n: 3 } }],
      ],
    };
    expect(tableCsv(hostile)).toBe(
      [
        '# Designs =evil',
        'design,"\'=x",difference,difference lo,difference hi',
        '"\'=cmd|\' /C calc\'!A0","line\nbreak",-3.5,,',
        '-5,"\'@x",-0.2,-0.3,-0.1',
        '',
      ].join('\n'),
    );
  });
});

describe('a column of figures with a missing cell', () => {
  it('stays right-aligned, in text and Markdown; a column with text in it does not', () => {
    const t: Table = {
      title: 'Designs',
      columns: ['metric', 'base', 'merged', 'note'],
      rows: [
        ['utilisation of cs', { ci }, '-', 'kept'],
        ['utilisation of specialists', { ci: interval([0.5, 0.75]) }, 1234567, '-'],
      ],
    };
    const lines = tableText(t).split('\n');
    expect(lines[3]).toBe('utilisation of cs           12.3 ± 0.50          -  kept');
    expect(lines[4]).toBe('utilisation of specialists  0.63 ± 1.59  1,234,567  -');
    expect(tableMarkdown(t).split('\n')[3]).toBe('| --- | ---: | ---: | --- |');
  });
});
