// A text table wider than the terminal is split into parts that fit, each repeating the row labels;
// a terminal would otherwise wrap every line of eight designs (some 220 characters) into a mess.
// Piped output (no terminal width) is written whole, byte for byte as before.
import { describe, expect, it } from 'vitest';
import { renderTables, tableParts, tableText, type Table } from '../../src/cli/render/table.js';
import { runCli } from './memoryIo.js';
import { readFileSync } from 'node:fs';

const wide: Table = {
  title: 'Designs',
  columns: ['metric', 'unit', 'alpha', 'beta', 'gamma', 'delta'],
  rows: [
    ['throughput', '/week', 1757, 1758, 1750, 1746],
    ['cycle time', 'h', 7.01, 6.62, 45.1, 31.4],
  ],
};

describe('tableParts', () => {
  it('leaves a table that fits as it is', () => {
    expect(tableParts(wide, 200)).toEqual([wide]);
  });

  it('splits the figures into parts that fit, each with the label columns, in order', () => {
    const parts = tableParts(wide, 34);
    expect(parts.map((p) => p.columns)).toEqual([
      ['metric', 'unit', 'alpha', 'beta'],
      ['metric', 'unit', 'gamma', 'delta'],
    ]);
    expect(parts.map((p) => p.title)).toEqual(['Designs', 'Designs, continued']);
    expect(parts[1].rows[0]).toEqual(['throughput', '/week', 1750, 1746]);
    for (const p of parts) for (const line of tableText(p).split('\n')) expect(line.length).toBeLessThanOrEqual(34);
  });

  it('keeps at least one figure column per part, even when one alone is wider than the terminal', () => {
    const parts = tableParts(wide, 10);
    expect(parts).toHaveLength(4);
    expect(parts.every((p) => p.columns.length === 3)).toBe(true);
  });

  it('renders whole without a width, and as parts with one', () => {
    expect(renderTables([wide], 'text')).toBe(tableText(wide));
    expect(renderTables([wide], 'text', 34)).toBe(tableParts(wide, 34).map(tableText).join('\n'));
    // CSV and Markdown are for programs and documents: never split.
    expect(renderTables([wide], 'csv', 34)).toBe(renderTables([wide], 'csv'));
  });
});

describe('opsim compare in a terminal', () => {
  it("fits the terminal's width; piped, writes each table whole", async () => {
    const file = 'scenarios/company/ai-native.yaml';
    const files = { [file]: readFileSync(file, 'utf8') };
    const argv = ['compare', file, '--replications', '2', '--variants', 'add-reviewers,human-run,review-everything'];
    const piped = await runCli(argv, files);
    expect(piped.code).toBe(0);
    expect(Math.max(...piped.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(100);
    const terminal = await runCli(argv, files, { stdoutColumns: 100 });
    expect(terminal.code).toBe(0);
    const long = terminal.stdout.split('\n').filter((l) => l.length > 100);
    // Only text that is not a table (a warning or an explanation sentence) may run longer.
    expect(long.filter((l) => /\s{2}\S+\s{2}/.test(l) && !l.startsWith('  '))).toEqual([]);
    expect(terminal.stdout).toContain('Designs (mean ± 95% CI), continued');
    // The same figures, only arranged differently.
    const figures = (s: string) => (s.match(/-?[\d,]+\.?\d* ± [\d,]+\.?\d*/g) ?? []).sort();
    expect(figures(terminal.stdout)).toEqual(figures(piped.stdout));
  });
});
