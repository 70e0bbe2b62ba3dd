// ISO 8601 timestamps as event logs write them, read and written by arithmetic (no Date, no clock),
// so a log reads the same in Node and in a browser. Times are milliseconds since 1970-01-01 UTC;
// the UTC offset is kept beside them in minutes, because working hours are local.

const DAY_MS = 86_400_000;

/** Howard Hinnant's days_from_civil (the same algorithm as src/scenario/units/date.ts). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export interface IsoTime {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  ms: number;
  /** Minutes to add to UTC to get the local wall-clock time the log was written in. */
  offsetMin: number;
  /** False when the text carried no offset (read as UTC). */
  hasOffset: boolean;
}

/** Reads "2011-10-11 13:45:40.276000+02:00", "2011-10-11T13:45:40Z" or a date alone; null if it is not one. */
export function parseIsoTime(text: string): IsoTime | null {
  return parseCommonIsoTime(text) ?? parseIsoTimeByPattern(text);
}

/** The digits of text[at, at + n) as a number; -1 if any is not a digit. */
function digitsAt(text: string, at: number, n: number): number {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The form logs nearly always use, "YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|±HH:MM]" with nothing around it,
 * read by position: the pattern took a third of a second for the half a million timestamps of a
 * year's log. Every figure is computed as parseIsoTimeByPattern computes it, so the two agree
 * (test/eventlog/isoTime.test.ts); null for anything else, which the pattern then reads.
 */
function parseCommonIsoTime(text: string): IsoTime | null {
  const n = text.length;
  if (n < 19) return null;
  const sep = text.charCodeAt(10);
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (sep !== 84 && sep !== 32) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return null;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  const h = digitsAt(text, 11, 2);
  const mi = digitsAt(text, 14, 2);
  const s = digitsAt(text, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return null;
  let i = 19;
  let frac = 0;
  const dot = text.charCodeAt(i);
  if (dot === 46 || dot === 44) {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j - i - 1 < 1 || j - i - 1 > 9) return null;
    frac = Math.round(Number(`0.${text.slice(i + 1, j)}`) * 1000);
    i = j;
  }
  let offsetMin = 0;
  let hasOffset = false;
  if (i < n) {
    const z = text.charCodeAt(i);
    if ((z === 90 || z === 122) && i + 1 === n) hasOffset = true;
    else if ((z === 43 || z === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
      const oh = digitsAt(text, i + 1, 2);
      const om = digitsAt(text, i + 4, 2);
      if (oh < 0 || om < 0) return null;
      offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
      hasOffset = true;
    } else return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const local = daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + frac;
  return { ms: local - offsetMin * 60_000, offsetMin, hasOffset };
}

/** parseIsoTime by the pattern: every form it reads (a date alone, no seconds, spaces, ±HHMM, ±HH). */
export function parseIsoTimeByPattern(text: string): IsoTime | null {
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  const frac = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  let offsetMin = 0;
  const z = m[8];
  if (z !== undefined && z !== 'Z' && z !== 'z') {
    const sign = z[0] === '-' ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
  }
  const local = daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + frac;
  return { ms: local - offsetMin * 60_000, offsetMin, hasOffset: z !== undefined };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "2027-01-04T09:30:00.000-05:00": the instant `ms` in local time at `offsetMin`. */
export function formatIsoTime(ms: number, offsetMin: number): string {
  const local = Math.round(ms) + offsetMin * 60_000;
  const day = Math.floor(local / DAY_MS);
  const { y, m, d } = civilFromDays(day);
  let rest = local - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const frac = rest - s * 1000;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(frac, 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Local wall-clock hour of the week (0 = Monday 00:00) of an instant at its offset. */
export function hourOfWeek(ms: number, offsetMin: number): number {
  const localHours = (ms + offsetMin * 60_000) / 3_600_000;
  // 1970-01-01 was a Thursday: Monday 00:00 is 3 days earlier.
  const h = (localHours + 72) % 168;
  return h < 0 ? h + 168 : h;
}

export { daysFromCivil, civilFromDays, DAY_MS };
