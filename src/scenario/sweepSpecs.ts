// Sweeps declared in a file: a parameter path and the values to give it in turn.

import type { SweepSpec } from './doc/scenarioDoc.js';

/** Largest number of values one sweep may have. */
export const MAX_SWEEP_VALUES = 1000;

/** How many values `{ from, to, step }` gives (to included when the steps land on it); 0 for a range that gives none. */
export function rangeCount(from: number, to: number, step: number): number {
  if (!(step > 0) || !(to >= from)) return 0;
  return Math.floor((to - from) / step + 1e-9) + 1;
}

/**
 * The values of `{ from, to, step }`, rounded to 12 significant digits so that 0.1 + 0.2 reads 0.3:
 * the one expansion of a range, for a file's sweeps and the CLI's `--values from:to:step`. At most
 * `max` values are made (callers check rangeCount against their limit first).
 */
export function rangeValues(from: number, to: number, step: number, max = MAX_SWEEP_VALUES): number[] {
  const n = Math.min(rangeCount(from, to, step), max);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Number((from + i * step).toPrecision(12)));
  return out;
}

/** The sweeps of a validated document, by name in sorted order. */
export function sweepSpecs(doc: {
  sweeps?: Record<string, { param: string; values: unknown }>;
}): Record<string, SweepSpec> {
  const out: Record<string, SweepSpec> = {};
  for (const name of Object.keys(doc.sweeps ?? {}).sort()) {
    const s = doc.sweeps![name];
    const v = s.values as unknown[] | { from: number; to: number; step: number };
    out[name] = { param: s.param, values: Array.isArray(v) ? [...v] : rangeValues(v.from, v.to, v.step) };
  }
  return out;
}
