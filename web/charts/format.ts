// Numbers for people: money in the scenario's currency, durations in the unit that reads
// best, rates per week, shares as percentages. Every chart and table uses these.
import { format } from 'd3';

const grouped = format(',.0f');
const oneDecimal = format(',.1f');
const twoSig = format(',.2~r');
// Two significant figures with a trailing zero kept (0.030%): trimmed, 0.03% reads as one figure.
const twoFigures = format(',.2r');

/**
 * `$1,234`, `€12.50` (cents only under 100), `1,234 XYZ` for currencies Intl does not know. A saving
 * reads `−$12.50`, with the minus sign d3 gives every other number on the page (Intl gives a hyphen).
 */
export function formatMoney(value: number, currency = 'USD', digits = Math.abs(value) < 100 ? 2 : 0): string {
  if (!Number.isFinite(value)) return '–';
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
      .format(value)
      .replace('-', '−');
  } catch {
    return `${digits ? oneDecimal(value) : grouped(value)} ${currency}`;
  }
}

/**
 * Money for an axis's ticks, all with the same digits: whole amounts when every tick is one
 * (`$40 … $160`), cents otherwise. Tick by tick, formatMoney's rule gave `$80.00` under `$100`.
 */
export function formatMoneyTicks(ticks: readonly number[], currency = 'USD'): (value: number) => string {
  const digits = ticks.every((t) => Number.isInteger(t)) ? 0 : 2;
  return (value) => formatMoney(value, currency, digits);
}

/** Hours as `45 min`, `3.2 h`, `2.5 d` (24-hour days of simulated time), `3.1 wk`. */
export function formatDuration(hours: number): string {
  if (!Number.isFinite(hours)) return '–';
  const a = Math.abs(hours);
  if (a < 1) return `${grouped(hours * 60)} min`;
  if (a < 48) return `${oneDecimal(hours)} h`;
  if (a < 24 * 21) return `${oneDecimal(hours / 24)} d`;
  return `${oneDecimal(hours / 168)} wk`;
}

export function formatPerWeek(value: number): string {
  return Number.isFinite(value) ? `${oneDecimal(value)} /wk` : '–';
}

/** One decimal; a share that is not 0 but would round to 0.0 keeps two significant figures (0.031%), so it does not read as none. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const pct = share * 100;
  if (pct === 0 || Math.abs(pct) >= 0.05) return `${oneDecimal(pct)}%`;
  if (Math.abs(pct) < 0.0001) return pct > 0 ? '<0.0001%' : '>−0.0001%';
  return `${twoFigures(pct)}%`;
}

export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 100 ? grouped(value) : Math.abs(value) >= 10 ? oneDecimal(value) : twoSig(value);
}

/**
 * A value with its 95% CI half-width: `12.3 ± 0.8 /wk`. A mean closer to 0 than the half-width is
 * first rounded to the last digit the half shows: `0 ± 5.6`, not `0.000037 ± 5.6`, whose digits the
 * interval says nothing about (the text tables' rule, in the page's formats and units).
 */
export function formatWithHalf(mean: number, half: number, f: (v: number) => string): string {
  if (!(Number.isFinite(half) && half > 0)) return f(mean);
  const shownHalf = f(half);
  return `${f(Math.abs(mean) < half ? toShownDigits(mean, half, shownHalf) : mean)} ± ${shownHalf.replace(/^[^\d-]*/, '')}`;
}

/**
 * mean rounded to the last digit `shown` (half as formatted) has, in half's own units: `shown` may
 * be in other units (`30 min` for 0.5 h, `0.1%` for 0.001), so the step is scaled by half over the
 * number shown. Never -0. mean as it is when `shown` holds no plain number (`<0.0001%`).
 */
function toShownDigits(mean: number, half: number, shown: string): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(shown);
  const number = m === null ? Number.NaN : Number(m[0].replace(/,/g, ''));
  if (!(number > 0) || shown.includes('<')) return mean;
  const step = 10 ** -(m![2]?.length ?? 0) * (half / number);
  const rounded = Math.round(mean / step) * step;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A report's interval as "mean ± half"; '–' when the report has none, or it is over no replication
 * (n = 0: a cycle time or cost per done item where no replication delivered, which has no value). A
 * figure's interval cut at 0 (no replication was negative) is shown with its ends, `$253 ($0 to
 * $679)`: "± $426" would say it reaches −$173 (the text tables' rule).
 */
export function formatInterval(
  ci: { mean: number; half: number; n: number; lo?: number; hi?: number } | undefined,
  f: (v: number) => string,
): string {
  if (ci === undefined || ci.n === 0) return '–';
  if (ci.lo !== undefined && ci.hi !== undefined && ci.half > 0 && ci.lo > ci.mean - ci.half) {
    const hi = f(ci.hi);
    // The cut end is 0 exactly: "$0", not "$0.00".
    return `${f(toShownDigits(ci.mean, ci.hi, hi))} (${f(ci.lo).replace(/\.0+(?=\D*$)/, '')} to ${hi})`;
  }
  return formatWithHalf(ci.mean, ci.half, f);
}

/** A report's mean alone; '–' where it is over no replication (n = 0: a wait at a step nothing reached). */
export function formatMean(ci: { mean: number; n: number }, f: (v: number) => string): string {
  return ci.n === 0 ? '–' : f(ci.mean);
}

/** Axis ticks: `1,500`, `2.5`, `0.25`, `12k`. */
export function formatAxisNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const a = Math.abs(value);
  if (a >= 10_000) return format('.3~s')(value);
  return format(',.4~r')(value);
}
