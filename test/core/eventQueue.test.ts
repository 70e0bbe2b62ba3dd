import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue, FifoLine, PriorityLine, headsFirst } from '../../src/core/index.js';

function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.pop()) out.push([q.time, q.cls, q.payload]);
  return out;
}

describe('EventQueue', () => {
  it('pops by time, then same-time class, then insertion order', () => {
    const q = new EventQueue(2);
    q.push(5, 3, 0, 1);
    q.push(1, 5, 0, 2);
    q.push(5, 1, 0, 3);
    q.push(5, 1, 0, 4);
    q.push(1, 0, 0, 5);
    q.push(5, 3, 0, 6);
    expect(drain(q)).toEqual([
      [1, 0, 5],
      [1, 5, 2],
      [5, 1, 3],
      [5, 1, 4],
      [5, 3, 1],
      [5, 3, 6],
    ]);
  });

  it('peekTime() is the earliest time, and Infinity when new, emptied, or emptied after growing', () => {
    const q = new EventQueue(16);
    expect(q.peekTime()).toBe(Infinity);
    q.push(3, 0, 0, 1);
    expect(q.peekTime()).toBe(3);
    q.pop();
    expect(q.peekTime()).toBe(Infinity);
    for (let i = 40; i > 0; i--) q.push(i, 0, 0, i);
    expect(q.peekTime()).toBe(1);
    while (q.pop()) expect(q.peekTime()).toBeGreaterThanOrEqual(q.time);
    expect(q.peekTime()).toBe(Infinity);
    q.push(0, 0, 0, 2);
    expect(q.peekTime()).toBe(0);
  });

  it('push() returns increasing sequence numbers and pop() reports them', () => {
    const q = new EventQueue();
    const a = q.push(2, 0, 7, 0);
    const b = q.push(1, 0, 8, 0);
    q.pop();
    expect([q.seq, q.kind]).toEqual([b, 8]);
    q.pop();
    expect([q.seq, q.kind]).toEqual([a, 7]);
    expect(q.pop()).toBe(false);
  });

  it('agrees with a stable sort on (time, class) for any sequence of pushes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 })), { maxLength: 300 }),
        (evs) => {
          const q = new EventQueue(1);
          evs.forEach(([t, c], i) => q.push(t, c, 0, i));
          const expected = evs
            .map(([t, c], i) => [t, c, i] as [number, number, number])
            .sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
          expect(drain(q)).toEqual(expected);
        },
      ),
    );
  });
});

describe('EventQueue, pushes and pops interleaved', () => {
  it('pops what a sorted list would, size and peekTime included, whatever the order of calls', () => {
    // pop() leaves a hole at the root that the next push fills: every mix of calls must still give
    // the earliest event by (time, class, seq).
    const op = fc.oneof(
      fc.constant('pop' as const),
      fc.constant('peek' as const),
      fc.record({ time: fc.integer({ min: 0, max: 10 }), cls: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 20, maxLength: 500, size: 'max' }), (ops) => {
        const q = new EventQueue(1);
        const list: [number, number, number][] = [];
        let now = 0;
        ops.forEach((o, i) => {
          if (o === 'peek') {
            expect(q.peekTime()).toBe(list.length > 0 ? list[0][0] : Infinity);
          } else if (o === 'pop') {
            const expected = list.shift();
            expect(q.pop()).toBe(expected !== undefined);
            if (expected) {
              expect([q.time, q.cls, q.payload]).toEqual(expected);
              now = q.time;
            }
          } else {
            // Half the pushes as the engine's hot paths make them: the time set in `at` first.
            if (i % 2 === 0) q.push(now + o.time, o.cls, 0, i);
            else {
              q.at = now + o.time;
              q.pushAt(o.cls, 0, i);
            }
            list.push([now + o.time, o.cls, i]);
            list.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
          }
          expect(q.size).toBe(list.length);
        });
      }),
    );
  });
});

describe('two EventQueues sharing a sequence counter', () => {
  it('merged by headsFirst, pop in the order one queue would, whichever queue each event went to', () => {
    // The engine keeps its timers in a second queue; interleaved pushes and pops (events scheduled
    // while others are handled) must still come out in one total order, ties included.
    const op = fc.oneof(
      fc.record({ pop: fc.constant(true as const) }),
      fc.record({
        time: fc.integer({ min: 0, max: 12 }),
        cls: fc.integer({ min: 0, max: 6 }),
        second: fc.boolean(),
        viaAt: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 400, size: 'max' }), (ops) => {
        const one = new EventQueue(1);
        const main = new EventQueue(1);
        const timers = new EventQueue(1);
        const fromOne: number[][] = [];
        const fromTwo: number[][] = [];
        const popBoth = (): void => {
          if (one.pop()) fromOne.push([one.time, one.cls, one.seq, one.payload]);
          const q = headsFirst(timers, main) ? timers : main;
          if (q.pop()) fromTwo.push([q.time, q.cls, q.seq, q.payload]);
        };
        let now = 0;
        ops.forEach((o, i) => {
          if ('pop' in o) return popBoth();
          // Events are never scheduled in the past: times run from the last one popped.
          now = fromOne.length > 0 ? fromOne[fromOne.length - 1][0] : 0;
          const seq = one.push(now + o.time, o.cls, 0, i);
          const q = o.second ? timers : main;
          q.at = now + o.time;
          if (o.second)
            expect(
              o.viaAt
                ? timers.pushNumberedAt(o.cls, 0, i, main.takeSeq())
                : timers.pushNumbered(now + o.time, o.cls, 0, i, main.takeSeq()),
            ).toBe(seq);
          else expect(o.viaAt ? main.pushAt(o.cls, 0, i) : main.push(now + o.time, o.cls, 0, i)).toBe(seq);
        });
        while (one.size > 0) popBoth();
        expect(main.size + timers.size).toBe(0);
        expect(fromTwo).toEqual(fromOne);
      }),
    );
  });
});

describe('FifoLine and PriorityLine', () => {
  it('FifoLine serves in arrival order across wrap-around and growth', () => {
    const line = new FifoLine(2);
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      line.push(i, i, 0);
      if (i % 3 === 2) {
        out.push(line.headItem());
        line.shift();
      }
    }
    while (line.size > 0) {
      out.push(line.headItem());
      line.shift();
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('FifoLine.indexAfter(token) finds the first entry with a larger token, across wrap-around', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -1, max: 130 }),
        (shifted, pushed, probe) => {
          const line = new FifoLine(16);
          for (let i = 0; i < shifted; i++) line.push(i, 2 * i, 0);
          for (let i = 0; i < shifted; i++) line.shift();
          for (let i = 0; i < pushed; i++) line.push(i, 2 * (shifted + i), 0);
          let expected = 0;
          while (expected < line.size && line.tokenAt(expected) <= probe) expected++;
          expect(line.indexAfter(probe)).toBe(expected);
        },
      ),
    );
  });

  it('PriorityLine serves the lowest key first, ties by token', () => {
    const line = new PriorityLine(1);
    const entries: [number, number][] = [
      [5, 2],
      [1, 0],
      [3, 1],
      [1, 2],
      [0, 9],
      [3, 0],
    ];
    entries.forEach(([key, item], token) => line.push(item, token, key));
    const out: number[] = [];
    while (line.size > 0) {
      out.push(line.headItem());
      line.shift();
    }
    expect(out).toEqual([9, 0, 2, 1, 0, 2]);
  });
});

describe('WaitingLine.compact(itemTokens)', () => {
  it('drops stale entries and keeps service order', () => {
    const tokens = new Float64Array(10).fill(-1);
    for (const line of [new FifoLine(2), new PriorityLine(2)]) {
      [7, 3, 5, 1, 9, 0].forEach((item, k) => {
        tokens[item] = 100 + k;
        line.push(item, 100 + k, item % 2);
      });
      tokens[5] = -1; // taken out lazily
      tokens[9] = -1;
      line.compact(tokens);
      const out: number[] = [];
      while (line.size > 0) {
        out.push(line.headItem());
        line.shift();
      }
      expect(out).toEqual(line instanceof FifoLine ? [7, 3, 1, 0] : [0, 7, 3, 1]);
    }
  });
});
