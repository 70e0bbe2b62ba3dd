import type { RunResult } from '../../core/index.js';
import { metricInfo, type Headline } from '../headline.js';
import { interval } from '../interval.js';
import { ALPHA, valuedPairs, type Difference } from '../pairedDifference.js';
import { decompose, type Contribution, type Decomposition } from './decompose.js';
import { DECOMPOSED } from './metricParts.js';

export interface Explanation {
  design: string;
  metric: string;
  text: string;
  /** The parts the move splits into (null for a metric without a decomposition, or when nothing moved). */
  decomposition: Decomposition | null;
}

/** Metrics explained in every comparison: the decomposed ones, and escaped defects. */
const EXPLAINED: readonly string[] = [...DECOMPOSED, 'escapedDefects'];

/**
 * explainDifferences(design, base, variant, differences, headlines): for each explained metric, either a plain
 * statement that the move is noise (not significant after the report's correction), or the move and
 * the parts it splits into. Only parts that moved significantly (Holm across the parts) and in the
 * same direction as the metric are named, each with its share of the move; the rest are summed.
 * `headlines` are each replication's headline of the base and of the variant: the figures "before ->
 * after" are over the replications the difference is over (both delivered, for a figure over the
 * items done), so that the two and the difference agree.
 */
export function explainDifferences(
  design: string,
  base: readonly RunResult[],
  variant: readonly RunResult[],
  differences: Record<string, Difference>,
  headlines: { base: readonly Headline[]; variant: readonly Headline[] },
): Explanation[] {
  const out: Explanation[] = [];
  for (const metric of EXPLAINED) {
    const diff = differences[metric];
    if (diff === undefined) continue;
    const info = metricInfo(metric);
    const paired = valuedPairs(
      headlines.variant.map((h) => h[metric]),
      headlines.base.map((h) => h[metric]),
    );
    const b = interval(paired.base).mean;
    const v = b + diff.mean;
    const over =
      diff.n < Math.min(base.length, variant.length)
        ? ` over the ${diff.n} replication${diff.n === 1 ? '' : 's'} in which both delivered`
        : '';
    const figures = `${fmtUnit(b, info.unit)} -> ${fmtUnit(v, info.unit)}, difference ${signed(diff.mean)} ± ${fmt(diff.half)}${unitSuffix(info.unit)}${over}`;
    if (!diff.significant) {
      if (diff.mean === 0 && diff.half === 0) continue;
      // No spread to test against: one replication, or the same difference in every one (a
      // deterministic model). Neither is noise; say what the evidence is instead.
      if (diff.half === 0) {
        const both = over === '' ? '' : ' in which both delivered';
        const by = `${capitalise(info.label)} ${diff.mean > 0 ? 'rose' : 'fell'} in ${design} by ${signed(diff.mean)}${unitSuffix(info.unit)}`;
        const figures = `(${fmtUnit(b, info.unit)} -> ${fmtUnit(v, info.unit)})`;
        out.push({
          design,
          metric,
          text:
            diff.n === 1
              ? `${by} in the one replication${both} ${figures}: no spread to judge it by, so it is not flagged significant; run more replications.`
              : `${by} in every one of the ${diff.n} replications${both} ${figures}: with no spread to test it against, it is not flagged significant, though it is the same each time.`,
          decomposition: null,
        });
        continue;
      }
      const why =
        diff.p > ALPHA
          ? `p = ${diff.p.toFixed(2)}); the move is within the noise of ${diff.n} replication${diff.n === 1 ? '' : 's'}`
          : `p = ${diff.p.toFixed(3)} alone, Holm-adjusted p = ${diff.pAdjusted.toFixed(2)} across the report's comparisons); more replications would settle it`;
      out.push({
        design,
        metric,
        text: `${capitalise(info.label)}: no significant change in ${design} (${figures}, ${why}.`,
        decomposition: null,
      });
      continue;
    }
    const pct = diff.relative === null ? '' : ` ${fmt(Math.abs(diff.relative) * 100)}%`;
    const parts = [`${capitalise(info.label)} ${diff.mean > 0 ? 'rose' : 'fell'}${pct} in ${design} (${figures}).`];
    const decomposition = decompose(metric, base, variant);
    if (decomposition !== null) parts.push(bridgeText(decomposition, diff.mean, base, variant, info.unit));
    out.push({ design, metric, text: parts.join(' '), decomposition });
  }
  return out;
}

function bridgeText(
  d: Decomposition,
  move: number,
  base: readonly RunResult[],
  variant: readonly RunResult[],
  unit: string,
): string {
  // Parts that would print as 0.00 are not worth naming, significant or not.
  const moved = (c: Contribution) => c.difference.significant && Math.abs(c.difference.mean) >= 0.005;
  const bySize = (a: Contribution, b: Contribution) =>
    Math.abs(b.difference.mean) - Math.abs(a.difference.mean) || (a.part < b.part ? -1 : 1);
  const named = d.parts
    .filter((c) => moved(c) && Math.sign(c.difference.mean) === Math.sign(move))
    .sort(bySize)
    .slice(0, 4);
  const against = d.parts
    .filter((c) => moved(c) && Math.sign(c.difference.mean) === -Math.sign(move))
    .sort(bySize)
    .slice(0, 2);
  const isForum = (id: string) => (variant[0]?.steps[id] ?? base[0]?.steps[id])?.kind === 'forum';
  let rest = d.total;
  for (const c of [...named, ...against]) rest -= c.difference.mean;
  const part = (c: Contribution, share: boolean) => {
    const bits = share ? [pctOf(c.share ?? 0)] : [];
    const visits = visitText(c, d.metric, base, variant);
    if (visits !== '') bits.push(visits);
    return `${partLabel(c.part, isForum)} ${signed(c.difference.mean)} ± ${fmt(c.difference.half)}${unitSuffix(unit)}${bits.length > 0 ? ` (${bits.join('; ')})` : ''}`;
  };
  const sentences = [
    named.length === 0
      ? 'No single part moved significantly in the same direction: the move is spread over many parts.'
      : `Of that: ${named.map((c) => part(c, true)).join('; ')}.`,
  ];
  if (against.length > 0) sentences.push(`Against the move: ${against.map((c) => part(c, false)).join('; ')}.`);
  if (Math.abs(rest) >= 0.005) sentences.push(`All other parts together: ${signed(rest)}${unitSuffix(unit)}.`);
  return sentences.join(' ');
}

/** For a node's wait or service: visits per done item and hours per visit, in the variant and before. */
function visitText(c: Contribution, metric: string, base: readonly RunResult[], variant: readonly RunResult[]): string {
  if (metric !== 'cycleTime') return '';
  const [kind, node] = c.part.split(':');
  if (node === undefined) return '';
  const at = (runs: readonly RunResult[]) => {
    let visits = 0;
    let hours = 0;
    let done = 0;
    for (const r of runs) {
      const n = r.cycleLedger?.nodes[node];
      done += r.overall.done + r.overall.doneWithDefect;
      if (n === undefined) continue;
      visits += n.visits;
      hours += kind === 'wait' ? n.waitHours : n.serviceHours;
    }
    return { perItem: done > 0 ? visits / done : 0, perVisit: visits > 0 ? hours / visits : 0 };
  };
  const v = at(variant);
  const b = at(base);
  const before = b.perItem === 0 ? 'no visits before' : `was ${visits(b.perItem)} x ${fmt(b.perVisit)} h`;
  if (v.perItem === 0) return `no visits now, ${before}`;
  return `${visits(v.perItem)} visits per item x ${fmt(v.perVisit)} h per visit, ${before}`;
}

const CAUSES: Record<string, string> = {
  labour: 'labour',
  idleLabour: 'idle labour',
  agentTasks: 'agent tasks',
  rework: 'rework',
  escapedDefects: 'escaped defects',
  abandonment: 'cost of abandonment',
  delay: 'cost of delay',
  slaBreaches: 'SLA breach penalties',
};

const FLOW: Record<string, string> = {
  arrivals: 'arrivals',
  rejected: 'rejections',
  abandoned: 'abandonment',
  blocked: 'blocking',
  backlogGrowth: 'backlog growth',
  handoffs: 'handoffs between functions',
  beforeStart: "initial work's age at the start",
};

/** Visits per item: three significant digits, since rare visits (an escalation for 1 item in 70) matter. */
function visits(x: number): string {
  return x >= 1 || x === 0 ? x.toFixed(2) : x.toPrecision(3);
}

/** A part's name in a sentence; a forum's wait is named as what it is, waiting for the next session (batching). */
function partLabel(part: string, isForum: (id: string) => boolean): string {
  const [kind, id] = part.split(':');
  if (id !== undefined) {
    if (kind === 'adHoc') return `ad-hoc escalations to ${id}`;
    if (kind === 'forum') return `escalations to ${id}'s forums`;
    if (kind === 'wait' && isForum(id)) return `batching wait at forum ${id}`;
    return kind === 'wait' ? `wait at ${id}` : `service at ${id}`;
  }
  return FLOW[part] ?? CAUSES[part] ?? part;
}

/** Fixed-decimal formatting: toFixed is exactly specified, so sentences are identical in every engine. */
export function fmt(x: number): string {
  const a = Math.abs(x);
  if (a >= 1000) return x.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

function signed(x: number): string {
  return x > 0 ? `+${fmt(x)}` : fmt(x);
}

function pctOf(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

function unitSuffix(unit: string): string {
  if (unit === 'hours') return ' h';
  if (unit === 'per week') return '/week';
  return '';
}

function fmtUnit(x: number, unit: string): string {
  if (unit === 'hours') return `${fmt(x)} h`;
  if (unit === 'per week') return `${fmt(x)}/week`;
  if (unit === 'share') return pctOf(x);
  return fmt(x);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
