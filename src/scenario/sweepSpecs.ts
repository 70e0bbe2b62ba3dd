// Sweeps declared in a file: a parameter path and the values to give it in turn.

import type { SweepSpec } from './doc/scenarioDoc.js';

/** Largest number of values one sweep may have. */
export const MAX_SWEEP_VALUES = 1000;

/** The values of `{ from, to, step }`, rounded to 12 significant digits so that 0.1 + 0.2 reads 0.3. */
export function rangeValues(from: number, to: number, step: number): number[] {
  const n = Math.floor((to - from) / step + 1e-9) + 1;
  const out: number[] = [];
  for (let i = 0; i < n && i < MAX_SWEEP_VALUES + 1; i++) out.push(Number((from + i * step).toPrecision(12)));
  return out;
}

/** The sweeps of a validated document, by name in sorted order. */
export function sweepSpecs(doc: { sweeps?: Record<string, { param: string; values: unknown }> }): Record<string, SweepSpec> {
  const out: Record<string, SweepSpec> = {};
  for (const name of Object.keys(doc.sweeps ?? {}).sort()) {
    const s = doc.sweeps![name];
    const v = s.values as unknown[] | { from: number; to: number; step: number };
    out[name] = { param: s.param, values: Array.isArray(v) ? [...v] : rangeValues(v.from, v.to, v.step) };
  }
  return out;
}
