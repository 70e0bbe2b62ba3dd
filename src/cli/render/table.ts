import type { Interval } from '../../experiments/index.js';
import { formatInterval, formatNumber, formatPercent } from './formatNumber.js';

/**
 * A cell: text, a number, or an interval. Text and Markdown format numbers for people; CSV keeps
 * full precision and spreads an interval column into `<column>`, `<column> lo`, `<column> hi`.
 */
export type Cell =
  string | number | { ci: Interval; as?: 'number' | 'percent' | 'points' } | { value: number; as: 'percent' };

/** A titled table, rendered as aligned text, CSV or Markdown. */
export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export type OutputFormat = 'text' | 'csv' | 'md';

/**
 * renderTables(tables, format, width): the tables in one format. With a width (a terminal's, for
 * text), a text table wider than it is split into parts that fit, each repeating the row labels,
 * rather than wrapped by the terminal into lines nobody can read across (eight designs of the
 * company are some 220 characters wide). Without one (a pipe, a file) every table is written whole.
 */
export function renderTables(tables: readonly Table[], format: OutputFormat, width?: number): string {
  if (format === 'text' && width !== undefined && width > 0)
    return tables.map((t) => tableParts(t, width).map(tableText).join('\n')).join('\n');
  const render = format === 'csv' ? tableCsv : format === 'md' ? tableMarkdown : tableText;
  return tables.map(render).join('\n');
}

/**
 * tableParts(t, width): t as one table if its text fits in `width` characters, else as parts that
 * each do: the leading label columns (text, such as a metric's name) in every part, then as many of
 * the other columns, in order, as fit (at least one). Later parts are titled "<title>, continued".
 */
export function tableParts(t: Table, width: number): Table[] {
  const cells = t.rows.map((r) => r.map(human));
  const widths = t.columns.map((h, c) => Math.max(h.length, ...cells.map((r) => (r[c] ?? '').length)));
  const total = widths.reduce((a, w) => a + w, 0) + 2 * (widths.length - 1);
  const numeric = numericColumns(t);
  let labels = 0;
  while (labels < t.columns.length && !numeric[labels]) labels++;
  labels = Math.max(labels, 1);
  if (total <= width || labels >= t.columns.length) return [t];
  const labelWidth = widths.slice(0, labels).reduce((a, w) => a + w + 2, 0);
  const parts: number[][] = [];
  let part: number[] = [];
  let used = labelWidth;
  for (let c = labels; c < t.columns.length; c++) {
    if (part.length > 0 && used + widths[c] > width) {
      parts.push(part);
      part = [];
      used = labelWidth;
    }
    part.push(c);
    used += widths[c] + 2;
  }
  parts.push(part);
  const keep = (cols: readonly number[]) => [...Array.from({ length: labels }, (_, c) => c), ...cols];
  return parts.map((cols, k) => ({
    title: k === 0 ? t.title : `${t.title}, continued`,
    columns: keep(cols).map((c) => t.columns[c]),
    rows: t.rows.map((r) => keep(cols).map((c) => r[c])),
  }));
}

function human(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatNumber(cell);
  if ('ci' in cell) return formatInterval(cell.ci, cell.as);
  return formatPercent(cell.value);
}

/** A cell with no figure: left empty, or `-` (a pool one design lacks, a figure a step's kind has not). */
const noFigure = (cell: Cell | undefined) => cell === undefined || cell === '-';

/**
 * A column of figures, right-aligned: every cell a figure or no figure, and at least one a figure;
 * one missing cell no longer turns a design's whole column into left-aligned text.
 */
function numericColumns(t: Table): boolean[] {
  return t.columns.map(
    (_, c) => t.rows.some((r) => !noFigure(r[c])) && t.rows.every((r) => noFigure(r[c]) || typeof r[c] !== 'string'),
  );
}

export function tableText(t: Table): string {
  const cells = t.rows.map((r) => r.map(human));
  const widths = t.columns.map((h, c) => Math.max(h.length, ...cells.map((r) => (r[c] ?? '').length)));
  const numeric = numericColumns(t);
  const line = (row: string[]) =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [t.title, line(t.columns), rule, ...cells.map(line)].join('\n') + '\n';
}

/** A plain decimal number as JavaScript writes one: a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * csvCell(text): one CSV field. RFC 4180 quoting for `"`, `,`, CR and LF (and `#`, which starts a
 * title line here). Text a spreadsheet would run as a formula (a first character of =, +, -, @, tab or
 * CR, as the OWASP guidance on CSV injection lists) is prefixed with ' and quoted, so a scenario or id
 * named `=HYPERLINK(...)` shows as text. Plain numbers such as -12.5 stay numbers: a cell that is only
 * a number cannot hold a formula, and a prefixed one would stop summing in the spreadsheet.
 */
export function csvCell(text: string): string {
  const formula = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text);
  const safe = formula ? `'${text}` : text;
  return formula || /[",\r\n#]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV per RFC 4180; each table is preceded by a `# title` line. Numbers are written in full precision. */
export function tableCsv(t: Table): string {
  const spread = t.columns.map((_, c) =>
    t.rows.some((r) => typeof r[c] === 'object' && r[c] !== null && 'ci' in (r[c] as object)),
  );
  const header = t.columns.flatMap((h, c) => (spread[c] ? [h, `${h} lo`, `${h} hi`] : [h])).map(csvCell);
  // Fields come back encoded: text through csvCell, numbers as JavaScript writes them.
  const fields = (cell: Cell | undefined, c: number): string[] => {
    if (typeof cell === 'object' && 'ci' in cell)
      return cell.ci.n === 0 ? ['', '', ''] : [String(cell.ci.mean), String(cell.ci.lo), String(cell.ci.hi)];
    const one =
      cell === undefined
        ? ''
        : typeof cell === 'string'
          ? csvCell(cell)
          : typeof cell === 'number'
            ? String(cell)
            : String(cell.value);
    return spread[c] ? [one, '', ''] : [one];
  };
  const rows = t.rows.map((r) => t.columns.flatMap((_, c) => fields(r[c], c)));
  return [`# ${t.title.replace(/[\r\n]+/g, ' ')}`, header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

export function tableMarkdown(t: Table): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const numeric = numericColumns(t);
  const align = numeric.map((n) => (n ? '---:' : '---'));
  return (
    [
      `### ${t.title}`,
      '',
      `| ${t.columns.map(esc).join(' | ')} |`,
      `| ${align.join(' | ')} |`,
      ...t.rows.map((r) => `| ${t.columns.map((_, c) => esc(r[c] === undefined ? '' : human(r[c]))).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}
