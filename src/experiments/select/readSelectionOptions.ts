import { readMetricValue, SELECTION_ALIASES, selectionInfo } from './selectionMetrics.js';
import type { SelectConstraint } from './selectReport.js';

/** Default tolerance of a limit when the text gives none: this share of the limit's size. */
export const DEFAULT_TOLERANCE_SHARE = 0.02;
/**
 * Least default tolerance of a limit on a share (0.1 percentage points): 2% of a small share's limit
 * (abandonedShare <= 0.5% would get ±0.01 points) is finer than replications can resolve, and a
 * design near the limit would run to the cap undecided.
 */
export const LEAST_SHARE_TOLERANCE = 0.001;

const knownList = (known: readonly string[]) => `known figures: ${known.join(', ')}`;

function resolveKey(name: string, known: readonly string[]): string | null {
  const key = SELECTION_ALIASES[name] ?? name;
  return known.includes(key) ? key : null;
}

/** readObjective("min:cycleTimeP90" | "max:throughput" | "costPerDone", known keys). */
export function readObjective(
  text: string,
  known: readonly string[],
): { key: string; direction: 'min' | 'max' } | { error: string } {
  const t = text.trim();
  const m = /^(min|max):(.+)$/.exec(t);
  const name = m ? m[2].trim() : t;
  const key = resolveKey(name, known);
  if (key === null) return { error: `unknown figure "${name}"; ${knownList(known)}` };
  if (m) return { key, direction: m[1] as 'min' | 'max' };
  const better = selectionInfo(key).better;
  if (better === 'neither') return { error: `${key} has no better direction; write min:${key} or max:${key}` };
  return { key, direction: better === 'lower' ? 'min' : 'max' };
}

/** Why a budgetUse key may be unknown: only an executive with a decision budget has a budget use. */
function budgetHint(name: string): string {
  return name.startsWith('budgetUse:') ? ' (only an executive with a decision budget has a budget use)' : '';
}

/**
 * readConstraint("cycleTimeP90<=48h", known) => one limit per matching key. `<` reads as `<=` (the
 * figures are continuous). A tolerance may follow: "cycleTimeP90<=48h±2h" (or "+-2h"); by default it
 * is 2% of the limit, and at least 0.1 percentage points for a share. `name:*` stands for every key `name:<id>` (every executive, every pool).
 */
export function readConstraint(text: string, known: readonly string[]): SelectConstraint[] | { error: string } {
  const m = /^\s*([^<>=\s]+)\s*(<=|>=|<|>)\s*(.+?)\s*$/.exec(text);
  if (!m)
    return { error: 'expected <figure><=<limit> or <figure>>=<limit>, such as cycleTimeP90<=48h or budgetUse:*<=1' };
  const [, name, op, rest] = m;
  const sense = op.startsWith('<') ? '<=' : '>=';
  const [limitText, toleranceText] = rest.split(/±|\+-/);
  let keys: string[];
  if (name.endsWith(':*')) {
    const prefix = name.slice(0, -1);
    keys = known.filter((k) => k.startsWith(prefix));
    if (keys.length === 0)
      return { error: `"${name}" matches no figure of this model${budgetHint(name)}; ${knownList(known)}` };
  } else {
    const key = resolveKey(name, known);
    if (key === null) return { error: `unknown figure "${name}"${budgetHint(name)}; ${knownList(known)}` };
    keys = [key];
  }
  const out: SelectConstraint[] = [];
  for (const key of keys) {
    const limit = readMetricValue(key, limitText);
    if ('error' in limit) return { error: `limit: ${limit.error}` };
    let tolerance = Math.abs(limit.value) * DEFAULT_TOLERANCE_SHARE;
    if (selectionInfo(key).unit === 'share') tolerance = Math.max(tolerance, LEAST_SHARE_TOLERANCE);
    if (toleranceText !== undefined) {
      const t = readMetricValue(key, toleranceText);
      if ('error' in t) return { error: `tolerance: ${t.error}` };
      tolerance = t.value;
    }
    if (!(tolerance > 0))
      return {
        error: `the tolerance must be above 0; a limit of 0 needs one written out, such as ${key}${sense}0±0.1`,
      };
    out.push({ key, sense, limit: limit.value, tolerance });
  }
  return out;
}

/** readDelta(text, objective key): the indifference zone, a positive amount in the objective's unit. */
export function readDelta(text: string, key: string): { value: number } | { error: string } {
  const v = readMetricValue(key, text);
  if ('error' in v) return v;
  if (!(v.value > 0)) {
    return {
      error: `expected the smallest difference in ${selectionInfo(key).label} worth acting on, a number above 0, got "${text}"`,
    };
  }
  return v;
}

/** readConfidence("0.95" | "95%"). */
export function readConfidence(text: string): { value: number } | { error: string } {
  const t = text.trim();
  const v = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === '' || !Number.isFinite(v) || v <= 0.5 || v >= 1)
    return { error: `expected a probability above 0.5 and below 1, such as 0.95 or 95%, got "${text}"` };
  return { value: v };
}
