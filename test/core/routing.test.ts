import { describe, expect, it } from 'vitest';
import { simulate, type Model, type Route, type RouteTarget } from '../../src/core/index.js';
import { constant, exit, fixed, gate, itemType, model, pool, step } from '../support/index.js';

/** A batch of `size` items at time 0 through one gate `route` to exits a (0), b (1), c (2). */
function gateModel(route: Route, size: number, over: Partial<Model> = {}): Model {
  return model({
    horizon: 10,
    attributes: ['risk'],
    itemTypes: [
      itemType('x', 3, {
        arrivals: { kind: 'batch', first: 0, every: 1000, size },
        attributes: [{ kind: 'uniform', min: 0, max: 1 }],
      }),
    ],
    nodes: [exit('a'), exit('b'), exit('c'), gate('gate', route)],
    ...over,
  });
}

const exits = (m: Model) => {
  const r = simulate(m, { seed: 11, replication: 0 });
  return [r.steps.a.arrivals, r.steps.b.arrivals, r.steps.c.arrivals];
};

describe('routing', () => {
  it('probabilistic: branch shares follow p', () => {
    const [a, b, c] = exits(
      gateModel(
        {
          kind: 'probabilistic',
          branches: [
            { to: 0, p: 0.2 },
            { to: 1, p: 0.5 },
            { to: 2, p: 0.3 },
          ],
        },
        20_000,
      ),
    );
    expect(a / 20_000).toBeCloseTo(0.2, 1);
    expect(b / 20_000).toBeCloseTo(0.5, 1);
    expect(c / 20_000).toBeCloseTo(0.3, 1);
  });

  it('thresholds: value < t0 to to[0], t0 <= value < t1 to to[1], value >= t1 to to[2]', () => {
    const [a, b, c] = exits(gateModel({ kind: 'thresholds', attr: 0, cuts: [0.25, 0.75], to: [0, 1, 2] }, 20_000));
    expect([a / 20_000, b / 20_000, c / 20_000].map((x) => Math.round(x * 20) / 20)).toEqual([0.25, 0.5, 0.25]);
  });

  it('thresholds on constant values at the cut points are exact', () => {
    const m = gateModel({ kind: 'thresholds', attr: 0, cuts: [0.3, 0.7], to: [0, 1, 2] }, 1);
    const at = (v: number) => {
      m.itemTypes[0].attributes = [constant(v)];
      return exits(m);
    };
    expect([at(0.29), at(0.3), at(0.7)]).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('conditional: the first branch whose condition holds, else otherwise', () => {
    const route: Route = {
      kind: 'conditional',
      branches: [
        {
          when: {
            kind: 'all',
            of: [
              { kind: 'attr', attr: 0, op: 'gte', value: 0.5 },
              { kind: 'type', types: [0] },
            ],
          },
          to: 0,
        },
        {
          when: {
            kind: 'any',
            of: [
              { kind: 'attr', attr: 0, op: 'lt', value: 0.1 },
              { kind: 'reworkRounds', op: 'gt', value: 0 },
            ],
          },
          to: 1,
        },
      ],
      otherwise: 2,
    };
    const [a, b, c] = exits(gateModel(route, 10_000));
    expect(Math.round(a / 500)).toBe(10);
    expect(Math.round(b / 500)).toBe(2);
    expect(Math.round(c / 500)).toBe(8);
  });

  it('conditional on functionsTouched counts distinct functions visited', () => {
    const m = model({
      horizon: 20,
      functions: ['f', 'g'],
      itemTypes: [itemType('x', 3, { arrivals: { kind: 'batch', first: 0, every: 1000, size: 1 } })],
      pools: [pool('p', 1)],
      nodes: [
        exit('many'),
        exit('one'),
        gate('check', {
          kind: 'conditional',
          branches: [{ when: { kind: 'functionsTouched', op: 'gt', value: 1 }, to: 0 }],
          otherwise: 1,
        }),
        step('s1', [{ pool: 0, service: constant(1) }], fixed(4), { fn: 0 }),
        step('s2', [{ pool: 0, service: constant(1) }], fixed(5), { fn: 1 }),
        step('s3', [{ pool: 0, service: constant(1) }], fixed(2), { fn: 0 }),
      ],
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.steps.many.arrivals, r.steps.one.arrivals]).toEqual([1, 0]);
    m.nodes[3] = step('s1', [{ pool: 0, service: constant(1) }], fixed(2), { fn: 0 });
    const r2 = simulate(m, { seed: 1, replication: 0 });
    expect([r2.steps.many.arrivals, r2.steps.one.arrivals]).toEqual([0, 1]);
  });

  it('nested: a rule in a branch and in otherwise decides at the same instant, exactly by value', () => {
    // risk < 0.5: to a if risk < 0.2, else b; risk >= 0.5: thresholds at 0.8 to b, else c.
    const route: Route = {
      kind: 'conditional',
      branches: [
        {
          when: { kind: 'attr', attr: 0, op: 'lt', value: 0.5 },
          to: {
            kind: 'conditional',
            branches: [{ when: { kind: 'attr', attr: 0, op: 'lt', value: 0.2 }, to: 0 }],
            otherwise: 1,
          },
        },
      ],
      otherwise: { kind: 'thresholds', attr: 0, cuts: [0.8], to: [2, 1] },
    };
    const m = gateModel(route, 3);
    const at = (v: number) => {
      m.itemTypes[0].attributes = [constant(v)];
      return exits(m);
    };
    expect([at(0.1), at(0.3), at(0.6), at(0.9)]).toEqual([
      [3, 0, 0],
      [0, 3, 0],
      [0, 0, 3],
      [0, 3, 0],
    ]);
  });

  it('nested: a draw in a nested rule has its own stream, so the rule around it draws as before', () => {
    const top = (above: RouteTarget): Route => ({
      kind: 'thresholds',
      attr: 0,
      cuts: [0.5],
      to: [
        {
          kind: 'probabilistic',
          branches: [
            { to: 0, p: 0.5 },
            { to: 1, p: 0.5 },
          ],
        },
        above,
      ],
    });
    const exitsByItem = (route: Route) => {
      const seen = new Map<number, string>();
      simulate(gateModel(route, 400), {
        seed: 5,
        replication: 0,
        monitor: (r) => r.event === 'exit' && seen.set(r.item, r.node),
      });
      return seen;
    };
    const flat = exitsByItem(top(2));
    const split: Route = {
      kind: 'probabilistic',
      branches: [
        { to: 2, p: 0.3 },
        { to: 1, p: 0.7 },
      ],
    };
    const nested = exitsByItem(top(split));
    const below = [...flat.keys()].filter((item) => flat.get(item) !== 'c');
    const above = [...flat.keys()].filter((item) => flat.get(item) === 'c');
    // Below the cut, every item takes the branch it took before; above it, the nested draw splits them.
    expect(below.map((item) => nested.get(item))).toEqual(below.map((item) => flat.get(item)));
    expect(new Set(above.map((item) => nested.get(item)))).toEqual(new Set(['b', 'c']));
  });

  it('nested: a random split may hold a rule, decided by value after the draw', () => {
    // Half the items (by the draw) go to a; the other half by risk: < 0.5 to b, else c.
    const route: Route = {
      kind: 'probabilistic',
      branches: [
        { to: 0, p: 0.5 },
        { to: { kind: 'thresholds', attr: 0, cuts: [0.5], to: [1, 2] }, p: 0.5 },
      ],
    };
    const m = gateModel(route, 2000);
    m.itemTypes[0].attributes = [constant(0.7)];
    const [a, b, c] = exits(m);
    expect(b).toBe(0);
    expect(a + c).toBe(2000);
    expect(Math.abs(a - 1000)).toBeLessThan(4 * Math.sqrt(500));
  });

  it('a large batch passing gates at one instant does not trip the routing-cycle guard', () => {
    const r = simulate(gateModel(fixed(0), 5000), { seed: 1, replication: 0 });
    expect(r.totals.done).toBe(5000);
  });
});

describe('weekly arrivals', () => {
  it('arrive only in the hours of the profile, at its rate', () => {
    const rate = new Array(168).fill(0);
    for (let d = 0; d < 5; d++) for (let h = 9; h < 17; h++) rate[24 * d + h] = 10;
    const m = model({
      horizon: 20 * 168,
      itemTypes: [itemType('x', 0, { arrivals: { kind: 'weekly', ratePerHour: rate, offsetHours: 0 } })],
      nodes: [exit('done')],
    });
    const times: number[] = [];
    const r = simulate(m, { seed: 3, replication: 0, monitor: (rec) => rec.event === 'arrive' && times.push(rec.t) });
    expect(times.every((t) => t % 168 < 120 && t % 24 >= 9 && t % 24 < 17)).toBe(true);
    expect(r.totals.arrived / (20 * 400)).toBeGreaterThan(0.96);
    expect(r.totals.arrived / (20 * 400)).toBeLessThan(1.04);
  });
});
