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
  if (typeof first === 'number') return figureInterval(values.filter(hasValue));
  if (first === null || typeof first !== 'object') return first;
  if (Array.isArray(first)) {
    return first.map((_, i) => aggregateAny(values.map((v) => (v as unknown[])[i])));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    const column = values.map((v) => (v as Record<string, unknown>)[key]).filter((v) => v !== undefined);
    out[key] = aggregateAny(column);
  }
  return out;
}
