import { rangeCount, rangeValues } from '../scenario/index.js';

export type SweepValue = number | string | boolean;

/**
 * parseSweepValues(text): `0.3,0.4,0.5` (a list; numbers, true/false, or other text kept as strings)
 * or `from:to:step` (inclusive of `to` when the steps land on it). Range values are rounded to 12
 * significant digits so 0.1:0.3:0.1 gives 0.1, 0.2, 0.3 and not 0.30000000000000004.
 * Throws a RangeError with a readable message on a malformed range.
 */
export function parseSweepValues(text: string): SweepValue[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new RangeError('expected a list such as 0.1,0.2 or a range from:to:step, got nothing');
  const range = trimmed.split(':');
  if (range.length === 3 && range.every((p) => p.trim() !== '' && Number.isFinite(Number(p)))) {
    const [from, to, step] = range.map(Number);
    return checkedRange(from, to, step, trimmed);
  }
  if (range.length > 1 && !trimmed.includes(',')) {
    throw new RangeError(`expected a range from:to:step with three numbers, got "${trimmed}"`);
  }
  return trimmed.split(',').map((part) => parseOne(part.trim()));
}

/** Most values of one `--values from:to:step`. */
const MAX_RANGE_VALUES = 100000;

/** The range's values by the scenario layer's one expansion, with a message for a range that gives none or too many. */
function checkedRange(from: number, to: number, step: number, label: string): number[] {
  if (!(step > 0)) throw new RangeError(`range "${label}": step must be a positive number`);
  if (to < from) throw new RangeError(`range "${label}": 'to' must not be below 'from'`);
  const count = rangeCount(from, to, step);
  if (count > MAX_RANGE_VALUES)
    throw new RangeError(`range "${label}" has ${count} values; at most ${MAX_RANGE_VALUES}`);
  return rangeValues(from, to, step, MAX_RANGE_VALUES);
}

function parseOne(part: string): SweepValue {
  if (part === 'true') return true;
  if (part === 'false') return false;
  if (part !== '' && Number.isFinite(Number(part))) return Number(part);
  return part;
}
