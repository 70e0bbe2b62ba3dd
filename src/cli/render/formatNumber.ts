import type { Interval } from '../../experiments/index.js';

/** Numbers for people: thousands separators, about three significant figures. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 1000) return groupThousands(x.toFixed(0));
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a === 0) return '0';
  if (a < 0.01) return x.toPrecision(2);
  return x.toFixed(2);
}

/** A count of things (replications, runs): a whole number with thousands separators, never "75.0". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? groupThousands(Math.round(n).toFixed(0)) : String(n);
}

function groupThousands(s: string): string {
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A percentage to one decimal; one that is not 0 but would round to 0.0 keeps two significant
 * figures (0.031%, not 0.0%), so that a small share of abandoned work, or the spread of one, does not
 * read as none.
 */
function percentDigits(pct: number): string {
  if (pct === 0 || Math.abs(pct) >= 0.05) return pct.toFixed(1);
  if (Math.abs(pct) < 0.0001) return pct > 0 ? '<0.0001' : '>-0.0001';
  // toPrecision keeps a trailing zero: 0.030%, two figures as the rule says, not 0.03%.
  return pct.toPrecision(2);
}

export function formatPercent(share: number): string {
  return `${percentDigits(share * 100)}%`;
}

export function formatPoints(share: number): string {
  const pts = share * 100;
  return `${pts > 0 ? '+' : ''}${percentDigits(pts)} pts`;
}

/**
 * "12.3 ± 0.4"; just the mean when there is no spread to show. Shares as percent, or as percentage
 * points for differences. A mean closer to 0 than the half-width is printed to the half's decimals,
 * not its own: "0.00 ± 5.60", not "0.000037 ± 5.60", and "0.0 pts ± 0.1", not "-0.034 pts ± 0.1"
 * (digits the interval says nothing about read as precision). A figure's interval cut at 0
 * (figureInterval: no replication was negative) is printed with its ends, "253 (0 to 679)": "253 ±
 * 426" would say it reaches −173.
 */
export function formatInterval(ci: Interval, as: 'number' | 'percent' | 'points' = 'number'): string {
  // Over no replication (a period in which no run delivered an item, for its cycle time): no value.
  if (ci.n === 0) return '-';
  if (as === 'points') {
    if (ci.half === 0) return formatPoints(ci.mean);
    const half = percentDigits(ci.half * 100);
    const mean = Math.abs(ci.mean) < ci.half ? toDecimalsOf(ci.mean * 100, half) : null;
    return `${mean === null ? formatPoints(ci.mean) : `${ci.mean > 0 && mean !== zeroLike(mean) ? '+' : ''}${mean} pts`} ± ${half}`;
  }
  const f = as === 'percent' ? formatPercent : formatNumber;
  if (ci.half === 0) return f(ci.mean);
  if (ci.lo > ci.mean - ci.half) {
    const hi = f(ci.hi);
    const mean = toDecimalsOf(as === 'percent' ? ci.mean * 100 : ci.mean, hi);
    // The cut end is 0 exactly: "0%", not "0.0%".
    return `${mean === null ? f(ci.mean) : `${mean}${as === 'percent' ? '%' : ''}`} (${f(ci.lo).replace(/\.0+(?=\D*$)/, '')} to ${hi})`;
  }
  const half = f(ci.half);
  if (Math.abs(ci.mean) >= ci.half) return `${f(ci.mean)} ± ${half}`;
  const mean = toDecimalsOf(as === 'percent' ? ci.mean * 100 : ci.mean, half);
  return `${mean ?? f(ci.mean)}${mean !== null && as === 'percent' ? '%' : ''} ± ${half}`;
}

/**
 * x to as many decimals as `shown` (a formatted half-width) has, or null when that would print more
 * digits than x's own format (a half such as "<0.0001"). Never "-0.00": a mean that rounds to 0 prints
 * as 0.
 */
function toDecimalsOf(x: number, shown: string): string | null {
  const m = /^(\d[\d,]*)(?:\.(\d+))?%?$/.exec(shown);
  if (m === null) return null;
  const out = x.toFixed((m[2] ?? '').length);
  const unsigned = out.replace(/^-/, '');
  const signed = Number(unsigned) === 0 ? unsigned : out;
  return Math.abs(x) >= 1000 ? groupThousands(signed) : signed;
}

/** "0", "0.0", "0.00", ...: what a mean that rounds to 0 prints as. */
function zeroLike(s: string): string {
  return s.replace(/\d/g, '0');
}

export function formatSigned(x: number): string {
  return x > 0 ? `+${formatNumber(x)}` : formatNumber(x);
}
