import { describe, expect, it } from 'vitest';
import { simulate, type ItemType, type Model, type StepNode } from '../../src/core/index.js';
import { constant, exit, fixed, gate, itemType, model, pool, step } from '../support/index.js';
import { traceOf } from '../support/index.js';

const batch = (size: number, first = 0) => ({ kind: 'batch' as const, first, every: 1000, size });

describe('waiting lines', () => {
  it('an item waiting longer than its patience abandons; its errors are discarded', () => {
    const m = model({
      horizon: 20,
      itemTypes: [itemType('call', 1, { arrivals: batch(2), patience: constant(1) })],
      pools: [pool('agent', 1)],
      nodes: [exit('done'), step('answer', [{ pool: 0, service: constant(5) }], fixed(0))],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 answer',
      '0 start #0 answer agent',
      '0 arrive #1 answer',
      '0 enqueue #1 answer',
      '1 abandon #1 answer',
      '1 exit #1 answer abandoned',
      '5 finish #0 answer agent',
      '5 exit #0 done done',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.steps.answer.abandoned, r.overall.abandoned, r.totals.abandoned]).toEqual([1, 1, 1]);
  });

  it('an item waiting past the SLA leaves the queue for the escalation step, counted once', () => {
    const m = model({
      horizon: 20,
      itemTypes: [itemType('ticket', 2, { arrivals: batch(2) })],
      pools: [pool('agent', 1), pool('boss', 1, { kind: 'executive' })],
      nodes: [
        exit('done'),
        step('escalate', [{ pool: 1, service: constant(1) }], fixed(0), { escalation: true }),
        step('solve', [{ pool: 0, service: constant(5) }], fixed(0), { sla: { limit: 2, to: 1, calendar: -1 } }),
      ],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 solve',
      '0 start #0 solve agent',
      '0 arrive #1 solve',
      '0 enqueue #1 solve',
      '2 sla #1 solve',
      '2 start #1 escalate boss',
      '3 finish #1 escalate boss',
      '3 exit #1 done done',
      '5 finish #0 solve agent',
      '5 exit #0 done done',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect([r.steps.solve.slaEscalations, r.totals.escalations, r.executives.boss.escalations]).toEqual([1, 1, 1]);
  });

  it('counts an SLA breach once wherever it lands: through a gate to the executive, to a plain step, or straight out', () => {
    const breachTo = (to: number) =>
      simulate(
        model({
          horizon: 20,
          itemTypes: [itemType('ticket', 3, { arrivals: batch(2) })],
          pools: [pool('agent', 1), pool('boss', 1, { kind: 'executive' })],
          nodes: [
            exit('done'),
            step('escalate', [{ pool: 1, service: constant(1) }], fixed(0), { escalation: true }),
            step('other', [{ pool: 0, service: constant(1) }], fixed(0)),
            step('solve', [{ pool: 0, service: constant(5) }], fixed(0), { sla: { limit: 2, to, calendar: -1 } }),
            gate('via', fixed(1)),
          ],
        }),
        { seed: 1, replication: 0 },
      ).totals.escalations;
    expect([breachTo(4), breachTo(2), breachTo(0)]).toEqual([1, 1, 1]);
  });

  it('priorityByType serves the lower rank first, FIFO within a rank', () => {
    const m = model({
      horizon: 20,
      itemTypes: [itemType('bug', 2, { arrivals: batch(2, 0.5) }), itemType('idea', 2, { arrivals: batch(2, 0) })],
      pools: [pool('dev', 1)],
      nodes: [
        exit('done'),
        exit('unused'),
        step('fix', [{ pool: 0, service: [constant(1), constant(1)] }], fixed(0), {
          discipline: { kind: 'priorityByType', rank: [0, 1] },
        }),
      ],
    });
    const starts = traceOf(m).filter((l) => l.includes(' start '));
    expect(starts).toEqual(['0 start #0 fix dev', '1 start #2 fix dev', '2 start #3 fix dev', '3 start #1 fix dev']);
  });

  it('keeps its books when many low-priority items abandon behind a busy head (lazy removal, compaction)', () => {
    const m = model({
      horizon: 2000,
      itemTypes: [
        itemType('low', 1, { arrivals: { kind: 'poisson', ratePerHour: 3 }, patience: constant(5) }),
        itemType('urgent', 1, { arrivals: { kind: 'poisson', ratePerHour: 1.9 } }),
      ],
      pools: [pool('desk', 2)],
      nodes: [
        exit('done'),
        step('serve', [{ pool: 0, service: [constant(1), constant(1)] }], fixed(0), {
          discipline: { kind: 'priorityByType', rank: [1, 0] },
        }),
      ],
    });
    const r = simulate(m, { seed: 2, replication: 0 });
    const t = r.totals;
    expect(t.abandoned).toBeGreaterThan(1000);
    expect(t.arrived).toBe(t.done + t.abandoned + t.inSystemAtEnd);
    expect(r.byType.urgent.abandoned).toBe(0);
    expect(r.steps.serve.wipEnd).toBe(t.inSystemAtEnd);
  });

  it('priorityByAttr desc serves the highest value first', () => {
    const valued = (v: number) => ({ arrivals: batch(1, 0.5), attributes: [constant(v)] });
    const m = model({
      horizon: 20,
      attributes: ['value'],
      itemTypes: [
        itemType('a', 1, valued(1)),
        itemType('b', 1, valued(5)),
        itemType('blocker', 1, { arrivals: batch(1, 0), attributes: [constant(0)] }),
        itemType('c', 1, valued(3)),
      ],
      pools: [pool('rep', 1)],
      nodes: [
        exit('done'),
        step('sell', [{ pool: 0, service: new Array(4).fill(constant(1)) }], fixed(0), {
          discipline: { kind: 'priorityByAttr', attr: 0, order: 'desc' },
        }),
      ],
    });
    // Serials: blocker #0 at 0; a #1, b #2, c #3 at 0.5 (types in id order).
    expect(traceOf(m).filter((l) => l.includes(' start '))).toEqual([
      '0 start #0 sell rep',
      '1 start #2 sell rep',
      '2 start #3 sell rep',
      '3 start #1 sell rep',
    ]);
  });

  it('a server with a `when` condition serves only matching items; others go to the next pool in preference', () => {
    const m = model({
      horizon: 20,
      attributes: ['risk'],
      itemTypes: [
        itemType('low', 1, { arrivals: batch(1, 0), attributes: [constant(0.2)] }),
        itemType('high', 1, { arrivals: batch(1, 0), attributes: [constant(0.9)] }),
      ],
      pools: [pool('bot', 5), pool('human', 1)],
      nodes: [
        exit('done'),
        step(
          'triage',
          [
            { pool: 0, service: [constant(1), constant(1)], when: { kind: 'attr', attr: 0, op: 'lt', value: 0.5 } },
            { pool: 1, service: [constant(2), constant(2)] },
          ],
          fixed(0),
        ),
      ],
    });
    expect(traceOf(m).filter((l) => l.includes(' start '))).toEqual([
      '0 start #0 triage bot',
      '0 start #1 triage human',
    ]);
  });

  it('a freed conditional server finds eligible work behind a long run of ineligible items, including items that arrive later', () => {
    // Every hour 3 'easy' items arrive: the bot takes the first, the next two queue behind the
    // backlog, and the bot must find them there when it frees up (0.1 h later, then 0.2 h).
    const m = behindBacklog(
      [
        itemType('easy', 1, {
          arrivals: { kind: 'batch', first: 0.5, every: 1, size: 3 },
          attributes: [constant(0.1)],
        }),
      ],
      { kind: 'fifo' },
    );
    const r = simulate(m, { seed: 1, replication: 0 });
    // 30 batches of 3, each done 0.1, 0.2 and 0.3 h after arriving: none waits for the person.
    expect([r.byType.easy.done, r.byType.hard.abandoned, r.byType.hard.done + r.byType.stubborn.done]).toEqual([
      90, 39, 2,
    ]);
    expect(r.byType.easy.cycleTime.mean).toBeCloseTo(0.2, 12);
  });

  it('at a priority step, a freed conditional server takes the best eligible item, past ineligible and stale ones', () => {
    // Highest risk first, so the backlog outranks everything. Each hour e1 (0.1), e2 (0.2) and e3
    // (0.3) arrive together: the bot takes e1 at once, then the best of the rest, e3, then e2.
    const easy = (id: string, risk: number) =>
      itemType(id, 1, { arrivals: { kind: 'batch', first: 0.5, every: 1, size: 1 }, attributes: [constant(risk)] });
    const m = behindBacklog([easy('e1', 0.1), easy('e2', 0.2), easy('e3', 0.3)], {
      kind: 'priorityByAttr',
      attr: 0,
      order: 'desc',
    });
    const r = simulate(m, { seed: 1, replication: 0 });
    const t = r.byType;
    expect([t.e1.done, t.e2.done, t.e3.done, t.hard.abandoned]).toEqual([30, 30, 30, 39]);
    expect([t.e1.cycleTime.mean, t.e3.cycleTime.mean, t.e2.cycleTime.mean].map((x) => Number(x.toFixed(9)))).toEqual([
      0.1, 0.2, 0.3,
    ]);
  });

  it('a rate limit caps starts per clock hour', () => {
    const m = model({
      horizon: 20,
      itemTypes: [itemType('job', 1, { arrivals: batch(5) })],
      pools: [pool('api', 10, { rateLimitPerHour: 2 })],
      nodes: [exit('done'), step('call', [{ pool: 0, service: constant(0.1) }], fixed(0))],
    });
    expect(
      traceOf(m)
        .filter((l) => l.includes(' start '))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['0', '0', '1', '1', '2']);
  });

  it('a freed server serves the item that waited longest among the steps its pool serves', () => {
    const m = model({
      horizon: 20,
      itemTypes: [
        itemType('a', 1, { arrivals: batch(1, 1) }),
        itemType('b', 2, { arrivals: batch(1, 0.5) }),
        itemType('c', 2, { arrivals: batch(1, 0) }),
      ],
      pools: [pool('team', 1)],
      nodes: [
        exit('done'),
        step('one', [{ pool: 0, service: [constant(1), constant(1), constant(1)] }], fixed(0)),
        step('two', [{ pool: 0, service: [constant(1), constant(1), constant(1)] }], fixed(0)),
      ],
    });
    expect(traceOf(m).filter((l) => l.includes(' start '))).toEqual([
      '0 start #0 two team',
      '1 start #1 two team',
      '2 start #2 one team',
    ]);
  });
});

describe('handoffs', () => {
  it('moving between functions adds the first matching handoff delay (exact before any)', () => {
    const m = model({
      horizon: 50,
      functions: ['a', 'b'],
      itemTypes: [itemType('x', 1, { arrivals: batch(1) })],
      pools: [pool('p', 2)],
      handoffs: [
        { from: -1, to: 1, delay: constant(10) },
        { from: 0, to: 1, delay: constant(3) },
      ],
      nodes: [
        exit('done'),
        step('first', [{ pool: 0, service: constant(1) }], fixed(2), { fn: 0 }),
        step('second', [{ pool: 0, service: constant(1) }], fixed(0), { fn: 1 }),
      ],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 first',
      '0 start #0 first p',
      '1 finish #0 first p',
      '1 handoff #0 second 3',
      '4 start #0 second p',
      '5 finish #0 second p',
      '5 exit #0 done done',
    ]);
    const r = simulate(m, { seed: 1, replication: 0 });
    expect(r.overall.cycleTime.mean).toBe(5);
  });
  it('a handoff applies after a step of no function, from the function the item was last in', () => {
    // first (a) -> middle (no function) -> last (b): the move middle -> last crosses a -> b.
    const m = model({
      horizon: 50,
      functions: ['a', 'b'],
      itemTypes: [itemType('x', 1, { arrivals: batch(1) })],
      pools: [pool('p', 2)],
      handoffs: [{ from: 0, to: 1, delay: constant(3) }],
      nodes: [
        exit('done'),
        step('first', [{ pool: 0, service: constant(1) }], fixed(3), { fn: 0 }),
        step('last', [{ pool: 0, service: constant(1) }], fixed(0), { fn: 1 }),
        step('middle', [{ pool: 0, service: constant(1) }], fixed(2)),
      ],
    });
    expect(traceOf(m)).toEqual([
      '0 arrive #0 first',
      '0 start #0 first p',
      '1 finish #0 first p',
      '1 start #0 middle p',
      '2 finish #0 middle p',
      '2 handoff #0 last 3',
      '5 start #0 last p',
      '6 finish #0 last p',
      '6 exit #0 done done',
    ]);
  });
});

/**
 * A step where a bot may take only items of risk below 0.5 and one slow person takes anything. At
 * time 0, 40 'hard' items (risk 0.9, giving up after 7.25 h, so they leave stale line entries) and
 * 10 'stubborn' ones (risk 0.9) fill the line and keep the person busy all run; `easy` types
 * (entry node 1) arrive behind them.
 */
function behindBacklog(easy: ItemType[], discipline: StepNode['discipline']): Model {
  const risky = { attributes: [constant(0.9)] };
  const nT = easy.length + 2;
  return model({
    horizon: 30,
    attributes: ['risk'],
    itemTypes: [
      ...easy,
      itemType('hard', 1, { arrivals: batch(40, 0), ...risky, patience: constant(7.25) }),
      itemType('stubborn', 1, { arrivals: batch(10, 0), ...risky }),
    ],
    pools: [pool('bot', 1), pool('person', 1)],
    nodes: [
      exit('done'),
      step(
        'work',
        [
          {
            pool: 0,
            service: new Array(nT).fill(constant(0.1)),
            when: { kind: 'attr', attr: 0, op: 'lt', value: 0.5 },
          },
          { pool: 1, service: new Array(nT).fill(constant(10)) },
        ],
        fixed(0),
        { discipline },
      ),
    ],
  });
}
