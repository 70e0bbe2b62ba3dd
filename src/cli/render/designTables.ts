import {
  decidesAtForums,
  hiddenFromPeople,
  noBudgetUse,
  scaleInterval,
  type NoBudgetUse,
  type DesignReport,
  type Interval,
} from '../../experiments/index.js';
import { metricInfo } from '../../experiments/index.js';
import type { Cell, Table } from './table.js';
import { periodTable } from './periodTable.js';

const pct = (ci: Interval): Cell => ({ ci, as: 'percent' });

/** headlineCell(key, ci): utilisation as a percentage, everything else as a number. */
export function headlineCell(key: string, ci: Interval, difference = false): Cell {
  if (metricInfo(key).unit !== 'share') return { ci };
  return difference ? { ci, as: 'points' } : pct(ci);
}

export function headlineLabel(key: string): string {
  const info = metricInfo(key);
  const unit = info.unit === 'hours' ? ' (h)' : info.unit === 'per week' ? ' (/week)' : '';
  return `${info.label}${unit}`;
}

/**
 * Why `key`, the decision-budget use of an executive, has no value in design `d` (noValue.ts): it has
 * no budget, or the window held none of its working hours (a weekend), so none of its budget; null
 * when it has a value or is not a budget use. The label says which.
 */
export function noBudgetWhy(d: Pick<DesignReport, 'executives'>, key: string): NoBudgetUse | null {
  if (!key.startsWith('budgetUse:')) return null;
  const exec = d.executives[key.slice('budgetUse:'.length)];
  return exec === undefined
    ? null
    : noBudgetUse({ budgetHours: exec.budgetHours.mean, budgetPerWeek: exec.budgetPerWeek.mean });
}

type ExecutiveRow = DesignReport['executivesTotal'] | DesignReport['executives'][string];

/** A count over the window as a rate per week: the interval scales with it (the window is the same in every replication). */
function perWeek(ci: Interval, r: DesignReport): Interval {
  const weeks = r.weeks;
  return weeks > 0 ? scaleInterval(ci, weeks) : ci;
}

/**
 * What the tables are measured over, in the headline's words: their counts and hours, beside
 * per-week figures, read as weekly ones ("arrivals 9,520" under "throughput (/week) 1,753").
 */
const AFTER_WARMUP = 'after warm-up';

/** The tables of `opsim run`: headline, steps, pools, executives, item types, cost, quality. */
export function designTables(r: DesignReport, suffix = '', full = true): Table[] {
  const shown = (k: string) => full || !hiddenFromPeople(k, [r.headline]);
  // Only a scenario with a pre-emptive step (`queue.preempt`) has the column.
  const preemptive = Object.values(r.steps).some((s) => s.preemptions !== undefined);
  const tables: Table[] = [
    {
      title: `Headline${suffix}`,
      columns: ['metric', 'mean ± 95% CI'],
      rows: Object.entries(r.headline)
        .filter(([k]) => shown(k))
        .map(([k, ci]) => {
          const why = noBudgetWhy(r, k);
          return why !== null ? [`${headlineLabel(k)} (${why})`, '-'] : [headlineLabel(k), headlineCell(k, ci)];
        }),
    },
    {
      title: `Steps${suffix} (${AFTER_WARMUP})`,
      columns: [
        'step',
        'kind',
        'function',
        'arrivals',
        'completions',
        'wait mean (h)',
        'wait p90 (h)',
        'P(wait)',
        'time in step mean (h)',
        'p95 (h)',
        'queue mean',
        'utilisation',
        'sessions',
        'batch mean',
        'SLA escalations',
        'abandoned',
        ...(preemptive ? ['pre-emptions'] : []),
      ],
      rows: Object.entries(r.steps)
        .filter(([, s]) => s.kind !== 'exit')
        .map(([id, s]) => [
          id,
          s.kind,
          s.function ?? '-',
          { ci: s.arrivals },
          { ci: s.completions },
          { ci: s.wait.mean },
          { ci: s.wait.p90 },
          s.kind === 'step' ? pct(s.pWait) : '-',
          { ci: s.timeInStep.mean },
          { ci: s.timeInStep.p95 },
          { ci: s.queueMean },
          pct(s.utilisation),
          s.kind === 'forum' ? { ci: s.sessions } : '-',
          s.kind === 'forum' ? { ci: s.meanBatch } : '-',
          { ci: s.slaEscalations },
          { ci: s.abandoned },
          ...(preemptive ? [s.preemptions !== undefined ? { ci: s.preemptions } : '-'] : []),
        ]),
    },
    {
      // A forum's chair decides at its sessions, which are not tasks: "head-product, tasks 0, cost
      // 6,758" read as an executive who did nothing.
      title: `Pools${suffix} (${AFTER_WARMUP}${decidesAtForums(r.executives) ? "; an executive's tasks are its ad-hoc decisions, decisions at forums are under Executives" : ''})`,
      columns: ['pool', 'kind', 'utilisation', 'busy h', 'paid h', 'overtime h', 'tasks', 'cost'],
      rows: Object.entries(r.pools).map(([id, p]) => [
        id,
        p.kind,
        pct(p.utilisation),
        { ci: p.busyHours },
        { ci: p.paidHours },
        { ci: p.overtimeHours },
        { ci: p.tasks },
        { ci: p.cost },
      ]),
    },
  ];
  const types = Object.keys(r.byType);
  if (types.length > 1)
    tables.push({
      title: `Waits by item type${suffix} (mean hours in queue per visit)`,
      columns: ['step', ...types],
      rows: Object.entries(r.steps)
        .filter(([, s]) => s.kind === 'step' || s.kind === 'forum')
        .map(([id, s]) => [id, ...types.map((t): Cell => ({ ci: s.waitByType[t] }))]),
    });
  const execs: [string, ExecutiveRow][] = Object.entries(r.executives);
  if (execs.length > 0) {
    if (execs.length > 1) execs.push(['(all)', r.executivesTotal]);
    tables.push({
      title: `Executives${suffix} (escalations received = demand; per week)`,
      columns: [
        'executive',
        'received',
        'decided',
        'ad hoc',
        'at forum',
        'abandoned waiting',
        'turned away',
        'left by SLA',
        'waiting at end',
        'decision wait mean (h)',
        'p90 (h)',
        'budget use',
      ],
      rows: execs.map(([id, e]) => [
        id,
        { ci: e.escalationsPerWeek },
        { ci: e.decidedPerWeek },
        { ci: perWeek(e.decidedAdHoc, r) },
        { ci: perWeek(e.decidedAtForum, r) },
        { ci: perWeek(e.abandonedWaiting, r) },
        { ci: perWeek(e.turnedAway, r) },
        { ci: perWeek(e.leftBySla, r) },
        { ci: e.waitingAtEnd },
        'decisionWait' in e ? { ci: e.decisionWait.mean } : '-',
        'decisionWait' in e ? { ci: e.decisionWait.p90 } : '-',
        // No budget: unlimited, not 0% used (the total row's is over the executives that have one).
        pct(e.budgetUtilisation),
      ]),
    });
  }
  tables.push({
    title: `Item types${suffix} (${AFTER_WARMUP})`,
    columns: [
      'type',
      'arrived',
      'done',
      'with defect',
      'rejected',
      'abandoned',
      'blocked',
      'per week',
      'cycle mean (h)',
      'cycle p90 (h)',
      'queue wait mean (h)',
      'WIP mean',
    ],
    rows: [['(all)', r.overall] as const, ...Object.entries(r.byType)].map(([id, f]) => [
      id,
      { ci: f.arrived },
      { ci: f.done },
      { ci: f.doneWithDefect },
      { ci: f.rejected },
      { ci: f.abandoned },
      { ci: f.blocked },
      { ci: f.throughputPerWeek },
      { ci: f.cycleTime.mean },
      { ci: f.cycleTime.p90 },
      { ci: f.queueWait.mean },
      { ci: f.wipMean },
    ]),
  });
  const c = r.cost;
  const causes = shownCauses(r, full);
  tables.push({
    // Three breakdowns in one table: by cause and by function each sum to the total; by pool kind
    // does not (escaped defects, lost work, delay and SLA penalties are no pool's), and says so.
    title: `Cost${suffix} (agents, humans and executives: what pools cost; the causes, and the functions, each sum to the total)`,
    columns: ['item', 'amount'],
    rows: [
      ['total', { ci: c.total }],
      // Cost per outcome falls when work is lost (hiddenFromPeople): in CSV only.
      ...(full ? [['per outcome', { ci: c.perOutcome }] as Cell[]] : []),
      ['per done item', { ci: c.perDone }],
      ['agents', { ci: c.byKind.agent }],
      ['humans', { ci: c.byKind.human }],
      ['executives', { ci: c.byKind.executive }],
      ...causes.map((cause): Cell[] => [CAUSE_LABELS[cause], { ci: c.byCause[cause] }]),
      ...Object.entries(c.byFunction).map(([fn, ci]): Cell[] => [`function ${fn}`, { ci }]),
    ],
  });
  tables.push({
    title: `Cost by item type${suffix} (each type's share of every cause; the types sum to the total)`,
    columns: ['type', 'total', 'per done item', ...causes.map((cause) => CAUSE_LABELS[cause])],
    rows: [
      // With one type, its row is the whole.
      ...(Object.keys(c.byType).length > 1
        ? [['(all)', { total: c.total, perDone: c.perDone, byCause: c.byCause }] as const]
        : []),
      ...Object.entries(c.byType),
    ].map(([id, t]): Cell[] => [
      id,
      { ci: t.total },
      { ci: t.perDone },
      ...causes.map((cause): Cell => ({ ci: t.byCause[cause] })),
    ]),
  });
  const q = r.quality;
  tables.push({
    title: `Quality${suffix} (${AFTER_WARMUP})`,
    columns: ['measure', 'count'],
    rows: [
      ['errors made', { ci: q.errorsMade }],
      ['errors caught', { ci: q.errorsCaught }],
      ['errors escaped', { ci: q.errorsEscaped }],
      ['errors discarded', { ci: q.errorsDiscarded }],
      ['rework rounds', { ci: q.reworkRounds }],
      ['escaped defect cost', { ci: q.escapedDefectCost }],
    ],
  });
  const clocks = clockRows(r);
  if (clocks.length > 0)
    tables.push({ title: `Clocks of SLAs and patience${suffix}`, columns: ['limit', 'counts on'], rows: clocks });
  if (r.periods !== undefined) tables.splice(1, 0, periodTable(r.periods, suffix));
  return tables;
}

type Cause = keyof DesignReport['cost']['byCause'];

export const CAUSE_LABELS: Record<Cause, string> = {
  labour: 'labour',
  idleLabour: 'idle labour',
  agentTasks: 'agent tasks',
  rework: 'rework',
  escapedDefects: 'escaped defects',
  lostWork: 'lost work',
  delay: 'delay',
  slaPenalties: 'SLA penalties',
};

/** The causes of cost to show: all in CSV; for people, the customer-facing costs only when the scenario prices them. */
function shownCauses(r: DesignReport, full: boolean): Cause[] {
  const optional = new Set<Cause>(['lostWork', 'delay', 'slaPenalties']);
  return (Object.keys(CAUSE_LABELS) as Cause[]).filter(
    (cause) => full || !optional.has(cause) || r.cost.byCause[cause].mean !== 0 || r.cost.byCause[cause].half !== 0,
  );
}

/** Which clock each SLA and each patience counts on: the wall clock, or a calendar's working hours. */
function clockRows(r: DesignReport): Cell[][] {
  const rows: Cell[][] = [];
  for (const [id, step] of Object.entries(r.steps)) if (step.slaClock) rows.push([`SLA at ${id}`, step.slaClock]);
  for (const [id, type] of Object.entries(r.byType))
    if (type.patienceClock) rows.push([`patience of ${id}`, type.patienceClock]);
  return rows;
}
