// The answer first for a sweep: for each headline figure, the point with the best mean, with its
// interval and how many other points' intervals overlap it (those the sweep cannot tell apart at
// this number of replications), the point with the lowest cost per done item of each item type,
// and the report's Pareto front with 95% confidence.
import type { SweepPoint, SweepReport } from '../../src/experiments/index.js';
import { metricInfo, overDoneItems, warnsNothingDone } from '../../src/experiments/index.js';
import { formatMoney, formatPercent } from '../charts/format.js';
import { el } from '../dom/el.js';
import { headlineKeys, metricFormatter, metricLabel } from './metrics.js';
import { itemTypesOf, objectivesText } from './sweepResults.js';
import { table } from './table.js';
import { warningWords } from './warningWords.js';

export interface SweepVerdict {
  key: string;
  best: number;
  /** Other points whose 95% interval overlaps the best one's. */
  overlapping: number[];
  /** Points left out: they finished no item in some replication, and the figure is over the items done. */
  left: number[];
}

export function sweepVerdicts(rep: SweepReport): SweepVerdict[] {
  const out: SweepVerdict[] = [];
  for (const key of headlineKeys) {
    const better = metricInfo(key).better;
    // A point that finished nothing in some replication has no value of a figure over the items done
    // there; ranked on its mean over the others, it would pass over the runs in which it lost everything.
    const left = overDoneItems(key) ? rep.points.filter((p) => warnsNothingDone(p.warnings)).map((p) => p.index) : [];
    const have = rep.points
      .map((p, i) => [p.headline[key], i] as const)
      .filter(([ci, i]) => ci !== undefined && ci.n > 0 && !left.includes(i));
    if (better === 'neither' || have.length === 0) continue;
    const [bestCi, best] = have.reduce((a, b) =>
      (better === 'lower' ? b[0]!.mean < a[0]!.mean : b[0]!.mean > a[0]!.mean) ? b : a,
    );
    const overlapping = have
      .filter(([ci, i]) => i !== best && ci!.lo <= bestCi!.hi && bestCi!.lo <= ci!.hi)
      .map(([, i]) => i);
    out.push({ key, best, overlapping, left });
  }
  return out;
}

/** Per item type, the point with the lowest mean cost per done item (points where none of the type was done are left out). */
export function cheapestPointByType(rep: SweepReport): { type: string; best: number }[] {
  return itemTypesOf(rep).flatMap((type) => {
    const have = rep.points
      .map((p, i) => [p.byType[type]?.costPerDone, i] as const)
      .filter(([ci]) => ci !== undefined && ci.n > 0)
      .map(([ci, i]) => [ci!.mean, i] as const);
    if (have.length === 0) return [];
    return [{ type, best: have.reduce((a, b) => (b[0] < a[0] ? b : a))[1] }];
  });
}

export function sweepSummary(rep: SweepReport, currency: string, name: (path: string) => string): HTMLElement {
  const at = (p: SweepPoint) => rep.params.map((q) => `${name(q.path)} = ${String(p.values[q.path])}`).join(', ');
  const box = el(
    'section',
    { class: 'decision', 'data-testid': 'decision-summary', 'aria-label': 'Decision summary' },
    el('h3', {}, 'Decision summary'),
  );
  const verdicts = sweepVerdicts(rep);
  for (const v of verdicts) {
    const f = metricFormatter(v.key, currency);
    const ci = rep.points[v.best].headline[v.key]!;
    const others =
      v.overlapping.length === 0
        ? "no other point's 95% interval overlaps it"
        : `the intervals of ${v.overlapping.length} other point${v.overlapping.length === 1 ? '' : 's'} overlap it, so more replications are needed to separate them`;
    const better = metricInfo(v.key).better === 'lower' ? 'Lowest' : 'Highest';
    box.append(
      el(
        'p',
        { 'data-testid': 'verdict', 'data-metric': v.key },
        `${better} ${metricInfo(v.key).label}: ${f(ci.mean)} (95% CI ${f(ci.lo)} to ${f(ci.hi)}) at ${at(rep.points[v.best])}; ${others}.` +
          (v.left.length === 0
            ? ''
            : ` Left out: ${v.left.map((i) => at(rep.points[i])).join('; ')}, which finished no item in some replications.`) +
          // A point that does not keep up can be best because of it (its backlog neither done nor counted).
          (rep.points[v.best].warnings.length === 0
            ? ''
            : ` That point raised warnings (above): ${warningWords(rep.points[v.best].warnings)}.`),
      ),
    );
  }
  box.append(
    table(
      [
        ['Figure', 'Best point', 'Mean (95% CI)', 'Points it cannot be told from'],
        ...verdicts.map((v) => {
          const f = metricFormatter(v.key, currency);
          const ci = rep.points[v.best].headline[v.key]!;
          return [
            metricLabel(v.key),
            at(rep.points[v.best]),
            `${f(ci.mean)} (${f(ci.lo)} to ${f(ci.hi)})`,
            String(v.overlapping.length),
          ];
        }),
      ],
      { class: 'numbers small', 'data-testid': 'sweep-verdicts' },
    ),
  );
  const perType = cheapestPointByType(rep);
  if (perType.length > 0) {
    const money = (v: number) => formatMoney(v, currency);
    const said = perType.map(({ type, best }) => {
      const ci = rep.points[best].byType[type].costPerDone;
      return `${type}: ${money(ci.mean)} (95% CI ${money(ci.lo)} to ${money(ci.hi)}) at ${at(rep.points[best])}`;
    });
    box.append(
      el(
        'p',
        { 'data-testid': 'sweep-type-costs' },
        `Lowest mean cost per done item by item type, ${said.join('; ')}.`,
      ),
    );
  }
  // Executive load against budgets: the points where some executive's budget use lies above 100% with 95% confidence.
  const overAt = rep.points
    .map((p) => ({
      p,
      over: Object.entries(p.headline)
        .filter(([k, ci]) => k.startsWith('budgetUse:') && ci.lo > 1)
        .map(([k, ci]) => `${k.slice('budgetUse:'.length)} ${formatPercent(ci.mean)}`),
    }))
    .filter((x) => x.over.length > 0);
  if (Object.keys(rep.points[0]?.headline ?? {}).some((k) => k.startsWith('budgetUse:')))
    box.append(
      el(
        'p',
        { 'data-testid': 'sweep-budgets' },
        overAt.length === 0
          ? 'At no point is an executive over their decision budget with 95% confidence.'
          : `Executives over their decision budget (95% confidence): ${overAt.map((x) => `at ${at(x.p)}: ${x.over.join(', ')}`).join('; ')}.`,
      ),
    );
  const optimal = rep.points.filter((p) => p.front === 'optimal');
  const possibly = rep.points.filter((p) => p.front === 'possibly optimal');
  box.append(
    el(
      'p',
      { 'data-testid': 'sweep-front' },
      `Pareto front on ${objectivesText(rep)}, with 95% confidence: optimal (better than every other point on at least one of them): ${optimal.map(at).join('; ') || 'none'}; possibly optimal (these replications cannot tell): ${possibly.map(at).join('; ') || 'none'}; the other ${rep.points.length - optimal.length - possibly.length} dominated.`,
    ),
  );
  return box;
}
