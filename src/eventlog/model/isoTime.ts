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
