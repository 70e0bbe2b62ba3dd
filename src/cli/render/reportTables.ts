import type {
  Significance,
  CompareReport,
  Interval,
  OptimiseReport,
  RunReport,
  SelectReport,
  SweepReport,
  WarmupInfo,
  Warning,
} from '../../experiments/index.js';
import { frontText, significanceLabel, hiddenFromPeople, scaleInterval } from '../../experiments/index.js';
import { optimisePreamble, optimiseTables, optimiseVariant } from './optimiseTables.js';
import { designTables, headlineCell, headlineLabel } from './designTables.js';
import { formatNumber } from './formatNumber.js';
import { selectPreamble, selectTables } from './selectTables.js';
import type { Cell, Table } from './table.js';
import { periodDifferenceTable, periodTable } from './periodTable.js';

export type AnyReport = RunReport | CompareReport | SweepReport | SelectReport | OptimiseReport;

function warmupText(w: WarmupInfo): string {
  const how = w.method === 'auto' ? `auto, MSER-5 on a ${w.pilot?.replications}-replication pilot` : w.method;
  return `${formatNumber(w.hours)} h (${how})`;
}

/** 0.05 => "5%", 0.001 => "0.1%". */
export function percentText(share: number): string {
  return `${Number((share * 100).toPrecision(6))}%`;
}

function listSome(items: string[], count: number): string {
  return items.length <= count
    ? items.join(', ')
    : `${items.slice(0, count).join(', ')} and ${items.length - count} more`;
}

/** Every warning of a report, with the design (or sweep point) it belongs to. */
export function reportWarnings(r: AnyReport): { design: string; kind: string; subjects: string; text: string }[] {
  const rows = (design: string, ws: readonly Warning[]) =>
    ws.map((w) => ({ design, kind: w.kind, subjects: w.subjects.join(' '), text: w.text }));
  if (r.kind === 'run') return rows(r.design, r.warnings);
  if (r.kind === 'compare') return r.designs.flatMap((d) => rows(d.name, d.warnings));
  if (r.kind === 'sweep') return r.points.flatMap((p) => rows(`point ${p.index}`, p.warnings));
  const selection = r.kind === 'select' ? r : r.certification;
  return (selection?.designs ?? []).flatMap((d) => rows(d.name, d.warnings));
}

/** The warnings as a table (CSV), or null when there are none. */
export function warningTable(r: AnyReport): Table | null {
  const ws = reportWarnings(r);
  if (ws.length === 0) return null;
  return {
    title: 'Warnings',
    columns: ['design', 'kind', 'subjects', 'warning'],
    rows: ws.map((w) => [w.design, w.kind, w.subjects, w.text]),
  };
}

/** A few lines saying what was run, printed above the tables, then any warnings. */
export function reportPreamble(r: AnyReport): string {
  if (r.kind === 'select') return selectPreamble(r);
  if (r.kind === 'optimise') return optimisePreamble(r);
  const lines = [
    `${r.scenario}${'design' in r ? ` — ${r.design}` : ''}`,
    `seed ${r.seed}, ${r.replications} replication${r.replications === 1 ? '' : 's'}, horizon ${formatNumber(r.horizonHours)} h, warm-up ${warmupText(r.warmup)}`,
  ];
  // One run gives no spread: the tables' "± 95% CI" columns show bare numbers, which read as exact.
  if (r.replications === 1)
    lines.push('one replication: no confidence intervals (the figures are one run; use --replications 2 or more)');
  if (r.kind === 'compare') {
    const s = r.stopping;
    if (s.rule === 'precision')
      lines.push(`precision reached: every headline CI within ±${percentText(s.target!)} of its mean`);
    if (s.rule === 'cap')
      lines.push(
        `stopped at the cap of ${s.maxReplications} replications before ±${percentText(s.target!)} precision; still wide: ${listSome(s.imprecise, 6)}`,
      );
    if (s.rule === 'cancelled') lines.push('interrupted: figures cover the replications every design finished');
  }
  const warnings = reportWarnings(r);
  if (warnings.length > 0) {
    lines.push('', 'Warnings');
    const multi = r.kind !== 'run';
    for (const w of warnings) lines.push(wrap(`! ${multi ? `${w.design}: ` : ''}${w.text}`, 100, '  '));
  }
  return lines.join('\n') + '\n\n';
}

/** The explanations of a compare report as a table (CSV) ... */
export function explanationTable(r: AnyReport): Table | null {
  if (r.kind !== 'compare' || r.explanations.length === 0) return null;
  return {
    title: 'What each move is made of',
    columns: ['design', 'metric', 'explanation'],
    rows: r.explanations.map((e) => [e.design, e.metric, e.text]),
  };
}

/** ... or as paragraphs for people (text and Markdown), one bullet per explanation, wrapped at `width`. */
export function explanationNotes(r: AnyReport, format: 'text' | 'md', width = 100): string {
  if (r.kind === 'optimise') return optimiseVariant(r, format);
  if (r.kind !== 'compare' || r.explanations.length === 0) return '';
  const title = format === 'md' ? '### What each move is made of\n\n' : 'What each move is made of\n';
  return '\n' + title + r.explanations.map((e) => wrap(`- ${e.text}`, width, '  ')).join('\n') + '\n';
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * reportTables(r, full): the report's tables. With full = false (text and Markdown, read by people)
 * the sweep table keeps the decision metrics (SWEEP_TEXT_KEYS) and the objectives, and the difference
 * tables keep the overall metrics and the per-pool/executive ones that changed significantly;
 * CSV gets everything.
 */
export function reportTables(r: AnyReport, full = true): Table[] {
  if (r.kind === 'run') return designTables(r, '', full);
  if (r.kind === 'compare') return compareTables(r, full);
  if (r.kind === 'select') return selectTables(r);
  if (r.kind === 'optimise') return optimiseTables(r, full);
  return sweepTables(r, full);
}

const overall = (key: string) => !key.includes(':');
/** The sweep columns people read first; CSV gets every key. */
const SWEEP_TEXT_KEYS = new Set([
  'throughputPerWeek',
  'cycleTime',
  'costPerDone',
  'escalationsPerWeek',
  'escapedDefects',
  'abandonedShare',
]);

function compareTables(r: CompareReport, full: boolean): Table[] {
  const headlines = r.designs.map((d) => d.headline);
  const keys = Object.keys(r.designs[0].headline).filter((k) => full || !hiddenFromPeople(k, headlines));
  const tables: Table[] = [
    {
      title: 'Designs (mean ± 95% CI)',
      columns: ['metric', ...r.designs.map((d) => d.name)],
      rows: keys.map((k) => [
        headlineLabel(k),
        ...r.designs.map((d): Cell => (d.headline[k] ? headlineCell(k, d.headline[k]) : '-')),
      ]),
    },
  ];
  tables.push(compareTypeTable(r, full));
  for (const d of r.designs) if (d.periods !== undefined) tables.push(periodTable(d.periods, ` — ${d.name}`));
  for (const diff of r.differences) {
    tables.push({
      title: `${diff.design} vs ${diff.base} (paired differences, common random numbers; ${significanceText(r)})`,
      columns: ['metric', 'difference ± 95% CI', 'change', 'significant'],
      rows: Object.entries(diff.metrics)
        .filter(
          ([k, d]) =>
            full || (!hiddenFromPeople(k, headlines) && (overall(k) || k.startsWith('costPerDone:') || d.significant)),
        )
        .map(([k, d]) => [
          headlineLabel(k),
          headlineCell(k, d, true),
          d.relative === null ? '-' : `${d.relative > 0 ? '+' : ''}${(d.relative * 100).toFixed(1)}%`,
          significanceLabel(d, r.significance.tests),
        ]),
    });
    if (diff.periods !== undefined && r.periodSignificance !== undefined)
      tables.push(
        periodDifferenceTable(
          diff.periods,
          `${diff.design} vs ${diff.base} per period (paired differences, common random numbers; ${significanceText(r, r.periodSignificance)} of the periods)`,
          full,
          r.periodSignificance.tests,
        ),
      );
  }
  return tables;
}

/** The outcome kinds shown per item type, each a count per week. */
const OUTCOME_KINDS = [
  ['done', 'done'],
  ['doneWithDefect', 'done with defect'],
  ['rejected', 'rejected'],
  ['abandoned', 'abandoned'],
  ['blocked', 'blocked'],
] as const;

/** Per item type and design: cost per done item and each kind of outcome per week (for people, kinds that never happen are left out). */
function compareTypeTable(r: CompareReport, full: boolean): Table {
  const perWeek = (ci: Interval, weeks: number): Interval => (weeks > 0 ? scaleInterval(ci, weeks) : ci);
  const rows: Cell[][] = [];
  for (const type of Object.keys(r.designs[0].byType)) {
    rows.push([type, 'cost per done item', ...r.designs.map((d): Cell => ({ ci: d.cost.byType[type].perDone }))]);
    for (const [kind, label] of OUTCOME_KINDS)
      if (full || r.designs.some((d) => d.byType[type][kind].mean !== 0 || d.byType[type][kind].half !== 0))
        rows.push([
          type,
          `${label} (/week)`,
          ...r.designs.map((d): Cell => ({ ci: perWeek(d.byType[type][kind], d.weeks) })),
        ]);
  }
  return { title: 'Item types (mean ± 95% CI)', columns: ['type', 'figure', ...r.designs.map((d) => d.name)], rows };
}

/** Per sweep point and item type: cost per done item and each kind of outcome per week. */
function sweepTypeTable(r: SweepReport, paths: string[]): Table {
  return {
    title: 'Item types per point (mean ± 95% CI; outcomes per week)',
    columns: ['point', ...paths, 'type', 'cost per done item', ...OUTCOME_KINDS.map(([, label]) => label)],
    rows: r.points.flatMap((p) =>
      Object.entries(p.byType).map(([type, t]): Cell[] => [
        String(p.index),
        ...paths.map((path) => String(p.values[path])),
        type,
        { ci: t.costPerDone },
        { ci: t.donePerWeek },
        { ci: t.doneWithDefectPerWeek },
        { ci: t.rejectedPerWeek },
        { ci: t.abandonedPerWeek },
        { ci: t.blockedPerWeek },
      ]),
    ),
  };
}

/** What "significant" means in this report, in the words printed above each difference table. */
export function significanceText(r: { significance: Significance }, s = r.significance): string {
  return `significant: Holm-adjusted p <= ${s.alpha} over ${s.tests} test${s.tests === 1 ? '' : 's'}`;
}

function sweepTables(r: SweepReport, full: boolean): Table[] {
  const objectives = new Set(r.objectives.map((o) => o.key));
  const keys = Object.keys(r.points[0]?.headline ?? {}).filter(
    (k) => full || SWEEP_TEXT_KEYS.has(k) || objectives.has(k),
  );
  const paths = r.params.map((p) => p.path);
  const on = r.objectives.map((o) => `${o.direction} ${o.key}`).join(', ');
  const standing = (p: SweepReport['points'][number]) => frontText(p, r.points, (q) => String(q.index));
  return [
    {
      title: `Sweep of ${paths.join(' × ')} (mean ± 95% CI; Pareto front on ${on}, with 95% confidence)`,
      columns: ['point', ...paths, ...keys.map(headlineLabel), 'pareto'],
      rows: r.points.map((p) => [
        String(p.index),
        ...paths.map((path) => String(p.values[path])),
        ...keys.map((k) => headlineCell(k, p.headline[k])),
        standing(p),
      ]),
    },
    {
      title: 'Paired differences between points (common random numbers; mean ± 95% CI)',
      columns: [
        'point',
        ...r.objectives.flatMap((o) => [
          `${headlineLabel(o.key)} vs previous`,
          `${headlineLabel(o.key)} vs best (point ${r.best[o.key]})`,
        ]),
      ],
      rows: r.points.map((p) => [
        String(p.index),
        ...r.objectives.flatMap((o): Cell[] => [
          p.vsPrevious === null ? '-' : headlineCell(o.key, p.vsPrevious[o.key], true),
          headlineCell(o.key, p.vsBest[o.key], true),
        ]),
      ]),
    },
    sweepTypeTable(r, paths),
    ...r.points.flatMap((p) => {
      if (p.periods === undefined) return [];
      const tables = [
        periodTable(
          p.periods,
          ` — point ${p.index} (${paths.map((path) => `${path} = ${p.values[path]}`).join(', ')})`,
        ),
      ];
      if (p.periodsVsPrevious && r.periodSignificance !== undefined)
        tables.push(
          periodDifferenceTable(
            p.periodsVsPrevious,
            `point ${p.index} vs point ${p.index - 1} per period (paired differences, common random numbers; ${significanceText({ significance: r.periodSignificance })} of the periods)`,
            full,
            r.periodSignificance.tests,
          ),
        );
      return tables;
    }),
  ];
}
