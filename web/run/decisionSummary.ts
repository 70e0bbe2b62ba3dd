// The answer first: for each headline figure of a comparison, which design is best, by how much
// against the base with its 95% interval, and whether that holds after the report's correction for
// multiple comparisons (Holm, computed by src/experiments; the page only reads the flags).
import type { CompareReport, Difference } from '../../src/experiments/index.js';
import {
  heldBackByCorrection,
  metricInfo,
  OVERALL_KEYS,
  overDoneItems,
  significanceLabel,
  warnsNothingDone,
} from '../../src/experiments/index.js';
import { formatInterval, formatPercent } from '../charts/format.js';
import { el } from '../dom/el.js';
import { headlineKeys, metricFormatter, metricLabel } from './metrics.js';
import { table } from './table.js';
import { warningWords } from './warningWords.js';

export interface Verdict {
  key: string;
  best: string;
  /** The design the difference is taken against, and the difference (later minus earlier, paired), when there is one. */
  against: string | null;
  difference: Difference | null;
  sentence: string;
}

/**
 * The figures the summary speaks of: the headline's, then the rest of the family the report's
 * correction tests (abandoned, blocked and leftover work: a design that looks cheaper or faster
 * because it drops work must say so here too). Not cost per outcome: it counts dropped work as an
 * outcome, so it falls as work is lost (docs/report-format.md), and naming its lowest "best" would
 * reward exactly that.
 */
const summaryKeys: readonly string[] = [
  ...headlineKeys,
  ...OVERALL_KEYS.filter((k) => !(headlineKeys as readonly string[]).includes(k) && k !== 'costPerOutcome'),
];

/** verdicts(report, format): one verdict per summary figure that has a better direction. */
export function compareVerdicts(rep: CompareReport, format: (key: string) => (v: number) => string): Verdict[] {
  const base = rep.designs[0];
  const out: Verdict[] = [];
  for (const key of summaryKeys) {
    const better = metricInfo(key).better;
    if (better === 'neither' || rep.designs.length < 2) continue;
    // Lost and leftover work is said only where some design has any: a row of zeros says nothing.
    const quiet = rep.designs.every(
      (d) => d.headline[key] === undefined || (d.headline[key].mean === 0 && d.headline[key].half === 0),
    );
    if (!(headlineKeys as readonly string[]).includes(key) && quiet) continue;
    const f = format(key);
    const mean = (name: string) => rep.designs.find((d) => d.name === name)?.headline[key]?.mean;
    // A design that finished no item in some replication has no value there of a figure taken over
    // the items done (its nothingDone warning): its mean is over the runs that delivered, and ranking
    // it on that would pass over the runs in which it lost everything.
    const idle = (d: CompareReport['designs'][number]) => overDoneItems(key) && warnsNothingDone(d.warnings);
    const left = rep.designs.filter((d) => d.headline[key] !== undefined && idle(d)).map((d) => d.name);
    const ranked = rep.designs
      .filter((d) => d.headline[key] !== undefined && !idle(d))
      .sort((a, b) => (better === 'lower' ? 1 : -1) * (a.headline[key]!.mean - b.headline[key]!.mean));
    if (ranked.length < 2) continue;
    const best = ranked[0].name;
    // Against the base: the best variant's paired difference, or, when the base is best, the runner-up's.
    const other = best === base.name ? ranked[1].name : best;
    const difference = rep.differences.find((d) => d.design === other)?.metrics[key] ?? null;
    const label = metricInfo(key).label;
    let sentence: string;
    if (!difference) sentence = `${capital(label)}: ${best} is best at ${f(mean(best)!)}.`;
    else if (difference.mean === 0 && difference.half === 0 && difference.n >= 2)
      // Equal in every replication (the same arrivals, say, under common random numbers): no best to name.
      sentence = `${capital(label)}: ${best} and ${other} are equal, at ${f(mean(best)!)}, in every one of the ${difference.n} replications.`;
    else {
      const gap = `${f(Math.abs(difference.mean))} (95% CI ${f(difference.lo)} to ${f(difference.hi)}${difference.relative === null ? '' : `, ${signed(difference.relative)}`})`;
      // A difference with no spread (one replication, or the same in every one) is never flagged, and is not chance either.
      const verdict = difference.significant
        ? `significant after Holm's correction across the ${rep.significance.tests} differences of this comparison`
        : difference.half === 0 && difference.n === 1
          ? 'from one replication: no spread to judge it by, so not flagged significant'
          : difference.half === 0 && difference.mean !== 0
            ? `the same in every one of the ${difference.n} replications: no spread to test it against, so not flagged significant`
            : heldBackByCorrection(difference)
              ? `clear on its own (its 95% interval leaves out 0) but not after Holm's correction across the ${rep.significance.tests} differences of this comparison: more replications would settle it`
              : 'not significant after correction: it could be chance';
      sentence =
        best === base.name
          ? `${capital(label)}: the base design is best at ${f(mean(best)!)}; the next, ${other}, is ${better === 'lower' ? 'higher' : 'lower'} by ${gap}; ${verdict}.`
          : `${capital(label)}: ${best} is best at ${f(mean(best)!)}, ${better} than the base's ${f(mean(base.name)!)} by ${gap}; ${verdict}.`;
    }
    if (left.length > 0)
      sentence += ` Left out: ${left.join(', ')}, which finished no item in some replications, where ${left.length === 1 ? 'its' : 'their'} ${label} has no value.`;
    // A design that does not keep up can be best on a figure because of it: two specialists cost less
    // per done item than three while the work piling up is neither done nor counted.
    const warned = rep.designs.find((d) => d.name === best)?.warnings ?? [];
    if (warned.length > 0)
      sentence += ` ${best === base.name ? 'The base design' : capital(best)} raised warnings (above): ${warningWords(warned)}.`;
    out.push({
      key,
      best,
      against: difference ? (best === base.name ? other : base.name) : null,
      difference,
      sentence,
    });
  }
  return out;
}

/** '+' or '−' before a difference's size; none when it shows as 0 ("−0 min" reads as a loss). */
function signOf(x: number, f: (v: number) => string): string {
  if (f(Math.abs(x)) === f(0)) return '';
  return x >= 0 ? '+' : '−';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${formatPercent(x)}`;
}

/** The summary box: one sentence and a small table per headline figure, and what each design is. */
export function decisionSummary(
  rep: CompareReport,
  currency: string,
  descriptions: Record<string, string>,
): HTMLElement {
  const format = (k: string) => metricFormatter(k, currency);
  const box = el(
    'section',
    { class: 'decision', 'data-testid': 'decision-summary', 'aria-label': 'Decision summary' },
    el('h3', {}, 'Decision summary'),
  );
  const named = rep.designs.filter((d) => descriptions[d.name]);
  if (named.length)
    box.append(
      el(
        'ul',
        { class: 'design-names' },
        ...named.map((d) => el('li', {}, el('strong', {}, d.name), `: ${descriptions[d.name]}`)),
      ),
    );
  let heldBack = false;
  for (const v of compareVerdicts(rep, format)) {
    const f = format(v.key);
    // Equal in every replication: no design is best.
    const tie = v.difference !== null && v.difference.mean === 0 && v.difference.half === 0 && v.difference.n >= 2;
    const rows = rep.designs.map((d) => {
      const ci = d.headline[v.key];
      const diff = rep.differences.find((x) => x.design === d.name)?.metrics[v.key];
      return [
        d.name === v.best && !tie ? `${d.name} (best)` : d.name,
        formatInterval(ci, f),
        diff && diff.n > 0
          ? `${signOf(diff.mean, f)}${f(Math.abs(diff.mean))} (${f(diff.lo)} to ${f(diff.hi)})`
          : d.name === rep.designs[0].name
            ? 'base'
            : '–',
        diff ? significanceLabel(diff, rep.significance.tests) : '',
      ];
    });
    heldBack ||= rep.differences.some((x) => {
      const d = x.metrics[v.key];
      return d !== undefined && heldBackByCorrection(d);
    });
    box.append(
      el(
        'div',
        { class: 'verdict', 'data-metric': v.key },
        el('p', { 'data-testid': 'verdict' }, v.sentence),
        table(
          [[metricLabel(v.key), 'Mean ± 95% CI', 'Difference from the base (95% CI)', 'Significant (Holm)'], ...rows],
          { class: 'numbers small' },
        ),
      ),
    );
  }
  if (heldBack)
    box.append(
      el(
        'p',
        { class: 'note', 'data-testid': 'holm-note' },
        `"Not among ${rep.significance.tests}": the difference's 95% interval leaves out 0, so compared alone it would be clear, but this comparison tests ${rep.significance.tests} differences at once, and Holm's correction keeps the chance of any false "yes" among them at 5%. More replications narrow the intervals and settle it.`,
      ),
    );
  return box;
}
