// Pool prices that move during a run, for the laws that costs still add up when they do: each price
// of each pool rises from its own value to three times it on a ramp from the start (4 January 2027),
// then falls to half its value on a set date.

/** The prices a pool can have, each a path `pools.<id>.<price>` the timeline can move. */
export const POOL_PRICES = ['costPerTask', 'costPerBusyHour', 'costPerHour'] as const;

export type PricedDoc = { pools: Record<string, Record<string, unknown>>; timeline?: Record<string, unknown> };

export interface PriceMove {
  /** The date the threefold ramp ends, as the timeline writes dates ('2027-01-08'). */
  rampEnd: string;
  /** The ramp's step ('1d'); without it the price moves continuously. */
  every?: string;
  /** The date each price falls to half its value. */
  halvedAt: string;
}

/**
 * A copy of the document whose timeline is only these moves, named `<pool>-<price>-up` (the ramp)
 * and `<pool>-<price>-down` (the fall), for every price a pool sets.
 */
export function withMovingPrices(doc: unknown, move: PriceMove): PricedDoc {
  const d = structuredClone(doc) as PricedDoc;
  const timeline: Record<string, unknown> = {};
  for (const [id, pool] of Object.entries(d.pools))
    for (const price of POOL_PRICES) {
      const base = pool[price];
      if (typeof base !== 'number') continue;
      const path = `pools.${id}.${price}`;
      timeline[`${id}-${price}-up`] = {
        ramp: path,
        from: base,
        to: 3 * base,
        start: '2027-01-04',
        end: move.rampEnd,
        ...(move.every === undefined ? {} : { every: move.every }),
      };
      timeline[`${id}-${price}-down`] = { at: move.halvedAt, set: { [path]: 0.5 * base } };
    }
  d.timeline = timeline;
  return d;
}
