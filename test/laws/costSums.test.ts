import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocument } from './runDocument.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';
import { POOL_PRICES, withMovingPrices, type PricedDoc } from '../support/index.js';

const sum = (values: number[]) => values.reduce((s, x) => s + x, 0);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The document with every pool's prices times `factor`, or (factor null) moving on the timeline between x0.5 and x3. */
function priced(doc: unknown, factor: number | null): PricedDoc {
  if (factor === null) return withMovingPrices(doc, { rampEnd: '2027-01-08', halvedAt: '2027-01-09' });
  const d = structuredClone(doc) as PricedDoc;
  for (const pool of Object.values(d.pools))
    for (const price of POOL_PRICES) {
      const base = pool[price];
      if (typeof base === 'number') pool[price] = base * factor;
    }
  return d;
}

/** The document with pool `id`'s prices moving as in priced(doc, null), and every other pool free. */
function pricedOnly(doc: unknown, id: string): PricedDoc {
  const d = priced(doc, null);
  for (const [other, pool] of Object.entries(d.pools))
    if (other !== id) for (const price of POOL_PRICES) if (typeof pool[price] === 'number') pool[price] = 0;
  const own = Object.entries(d.timeline ?? {}).filter(([name]) => name.startsWith(`${id}-cost`));
  if (own.length > 0) d.timeline = Object.fromEntries(own);
  else delete d.timeline;
  return d;
}

describe('cost breakdowns', () => {
  it('cost.byCause sums to cost.total', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const c = runDocument(doc, seed).cost;
        const parts = sum(Object.values(c.byCause));
        expect(close(parts, c.total), `byCause ${JSON.stringify(c.byCause)} sums to ${parts}, total ${c.total}`).toBe(
          true,
        );
      }),
      lawRuns(401, 30),
    );
  });

  it('cost.byType sums to cost.total, cause by cause, and each type is the sum of its causes', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const c = r.cost;
        const types = Object.values(c.byType);
        const total = sum(types.map((t) => t.total));
        expect(close(total, c.total), `byType ${JSON.stringify(c.byType)} sums to ${total}, total ${c.total}`).toBe(
          true,
        );
        for (const cause of Object.keys(c.byCause) as (keyof typeof c.byCause)[]) {
          const parts = sum(types.map((t) => t.byCause[cause]));
          expect(close(parts, c.byCause[cause]), `${cause}: types ${parts}, total ${c.byCause[cause]}`).toBe(true);
        }
        for (const [id, t] of Object.entries(c.byType)) {
          expect(close(sum(Object.values(t.byCause)), t.total), `${id}'s causes`).toBe(true);
          const done = r.byType[id].done + r.byType[id].doneWithDefect;
          expect(close(t.perDone, done > 0 ? t.total / done : 0), `${id}'s cost per done item`).toBe(true);
          for (const [cause, v] of Object.entries(t.byCause))
            expect(v, `${id}'s ${cause} is not negative`).toBeGreaterThanOrEqual(-1e-9 * Math.max(1, c.total));
        }
      }),
      lawRuns(405, 30),
    );
  });

  it('cost.byKind sums to cost.total less the customer-facing causes, and each kind is the sum of its pools', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const c = r.cost;
        const labour =
          c.total - c.byCause.escapedDefects - c.byCause.lostWork - c.byCause.delay - c.byCause.slaPenalties;
        expect(
          close(sum(Object.values(c.byKind)), labour),
          `byKind ${JSON.stringify(c.byKind)}, total ${c.total}, defects ${c.byCause.escapedDefects}`,
        ).toBe(true);
        for (const kind of ['agent', 'human', 'executive'] as const) {
          const pools = sum(
            Object.values(r.pools)
              .filter((p) => p.kind === kind)
              .map((p) => p.cost),
          );
          expect(close(pools, c.byKind[kind]), `${kind}: pools ${pools}, byKind ${c.byKind[kind]}`).toBe(true);
        }
        expect(close(c.byCause.escapedDefects, r.quality.escapedDefectCost)).toBe(true);
      }),
      lawRuns(402, 30),
    );
  });

  it('cost.byFunction (with the no-function share) sums to cost.total', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const c = runDocument(doc, seed).cost;
        const parts = sum(Object.values(c.byFunction));
        expect(
          close(parts, c.total),
          `byFunction ${JSON.stringify(c.byFunction)} sums to ${parts}, total ${c.total}`,
        ).toBe(true);
      }),
      lawRuns(404, 20),
    );
  });

  it('cost per outcome and per done item are the total over the counts', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(doc, seed);
        const o = r.overall;
        const outcomes = o.done + o.doneWithDefect + o.rejected + o.abandoned;
        const done = o.done + o.doneWithDefect;
        expect(close(r.cost.perOutcome, outcomes > 0 ? r.cost.total / outcomes : 0)).toBe(true);
        expect(close(r.cost.perDone, done > 0 ? r.cost.total / done : 0)).toBe(true);
      }),
      lawRuns(403, 20),
    );
  });

  it('with prices moving on the timeline, every split still sums to the total, and each pool costs between its lowest and highest prices', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }), ({ doc, seed }) => {
        const r = runDocument(priced(doc, null), seed);
        const c = r.cost;
        for (const [name, parts] of [
          ['byCause', sum(Object.values(c.byCause))],
          ['byFunction', sum(Object.values(c.byFunction))],
          ['byType', sum(Object.values(c.byType).map((t) => t.total))],
        ] as const)
          expect(close(parts, c.total), `${name} sums to ${parts}, total ${c.total}`).toBe(true);
        const low = runDocument(priced(doc, 0.5), seed).pools;
        const high = runDocument(priced(doc, 3), seed).pools;
        for (const [id, p] of Object.entries(r.pools)) {
          expect(p.cost, `${id} at its lowest prices`).toBeGreaterThanOrEqual(low[id].cost * (1 - 1e-9));
          expect(p.cost, `${id} at its highest prices`).toBeLessThanOrEqual(high[id].cost * (1 + 1e-9));
        }
      }),
      lawRuns(406, 20),
    );
  });

  it("with one pool's prices moving and the others free, its cost splits by cause, function and type to its cost, between its cost at its lowest and highest prices", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ stable: false, horizonHours: 168, warmupHours: 24 }),
        fc.nat(),
        ({ doc, seed }, pick) => {
          const ids = Object.keys((doc as PricedDoc).pools);
          const id = ids[pick % ids.length];
          const r = runDocument(pricedOnly(doc, id), seed);
          const c = r.cost;
          const own = r.pools[id].cost;
          const customer = c.byCause.escapedDefects + c.byCause.lostWork + c.byCause.delay + c.byCause.slaPenalties;
          const poolCauses = (t: typeof c.byCause) => t.labour + t.idleLabour + t.agentTasks + t.rework;
          expect(close(poolCauses(c.byCause), own), `${id}: by cause ${poolCauses(c.byCause)}, cost ${own}`).toBe(true);
          const byFunction = sum(Object.values(c.byFunction)) - customer;
          expect(close(byFunction, own), `${id}: by function ${byFunction}, cost ${own}`).toBe(true);
          const byType = sum(Object.values(c.byType).map((t) => poolCauses(t.byCause)));
          expect(close(byType, own), `${id}: by type ${byType}, cost ${own}`).toBe(true);
          for (const [other, p] of Object.entries(r.pools)) if (other !== id) expect(p.cost).toBe(0);
          const low = runDocument(priced(doc, 0.5), seed).pools[id].cost;
          const high = runDocument(priced(doc, 3), seed).pools[id].cost;
          expect(own, `${id} at its lowest prices`).toBeGreaterThanOrEqual(low * (1 - 1e-9));
          expect(own, `${id} at its highest prices`).toBeLessThanOrEqual(high * (1 + 1e-9));
        },
      ),
      lawRuns(407, 20),
    );
  });
});
