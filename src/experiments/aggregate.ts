import { figureInterval, type Interval } from './interval.js';
import { hasValue } from './noValue.js';

/** The shape of T with every number replaced by an Interval across replications. */
export type Aggregated<T> = T extends number
  ? Interval
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Aggregated<U>[]
      : { [K in keyof T]: Aggregated<T[K]> };

/**
 * aggregate(values): combines same-shaped values (one per replication, in replication order) leaf by
 * leaf. Numbers become intervals, over the values that are not NaN (no value: noValue.ts); strings, booleans and nulls are taken from the first value (they
 * are labels such as a step's kind); objects and arrays recurse, keeping the first value's key order
 * so the output is as deterministic as the input.
 */
export function aggregate<T>(values: readonly T[]): Aggregated<T> {
  return aggregateAny(values as readonly unknown[]) as Aggregated<T>;
}

function aggregateAny(values: readonly unknown[]): unknown {
  const first = values[0];
  if (typeof first === 'number') return figureInterval(withValues(values));
  if (first === null || typeof first !== 'object') return first;
  if (Array.isArray(first)) {
    return first.map((_, i) => aggregateAny(values.map((v) => (v as unknown[])[i])));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) out[key] = aggregateAny(column(values, key));
  return out;
}

// The two helpers below are loops rather than map and filter: a report aggregates a few thousand
// figures per replication, and the arrays and closures of map and filter were most of its time
// (45 ms for the company's 5 designs × 40 replications; docs/performance-journal.md, round 15).

/** Each value's `key`, in order, leaving out the values that lack it. */
function column(values: readonly unknown[], key: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = (values[i] as Record<string, unknown>)[key];
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** The numbers that have a value (not NaN: noValue.ts), in order: values.filter(hasValue). */
function withValues(values: readonly unknown[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (hasValue(v)) out.push(v);
  }
  return out;
}
