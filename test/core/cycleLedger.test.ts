import { describe, expect, it } from 'vitest';
import { CycleLedger } from '../../src/core/sim/cycleLedger.js';

describe('CycleLedger', () => {
  it('sums the visits of items settled as counted, and only theirs', () => {
    const ledger = new CycleLedger(3, 1, 2);
    ledger.visit(0, 0, 1.5, 2); // item 0 waits 1.5 h at node 0, then 2 h of service
    ledger.handoff(0, 0.25);
    ledger.visit(0, 1, 0, 0); // a gate
    ledger.visit(0, 2, 30, 0); // held 30 h by a forum
    ledger.visit(1, 0, 0.5, 3);
    ledger.settle(1, 0, false); // item 1 left, but not done in the window
    ledger.settle(0, 0, true);
    ledger.beforeStartHours += 4; // added by the caller (outcomes.ts) for initial work in progress
    expect([...ledger.visits]).toEqual([1, 1, 1, 1]);
    expect([...ledger.waitHours]).toEqual([1.5, 0, 30, 0.25]);
    expect([...ledger.serviceHours]).toEqual([2, 0, 0, 0]);
    expect(ledger.handoffHours).toBe(0.25);
    expect(ledger.beforeStartHours).toBe(4);
    // Its total queue wait: 1.5 h at node 0 and 30 h held by the forum; transit is not waiting in a queue.
    expect(ledger.queueWait[0].n).toBe(1);
    expect(ledger.queueWait[0].mean).toBe(31.5);
  });

  it('recycles entries: thousands of items through three slots, and a reused slot starts an empty list', () => {
    const ledger = new CycleLedger(1, 1, 1);
    for (let k = 0; k < 10_000; k++) {
      const item = k % 3;
      ledger.visit(item, 0, 1, 2);
      ledger.settle(item, 0, true);
    }
    expect(ledger.visits[0]).toBe(10_000);
    expect(ledger.waitHours[0]).toBe(10_000);
    expect(ledger.serviceHours[0]).toBe(20_000);
    // A slot reused by a new item starts an empty list.
    ledger.visit(5, 0, 7, 0);
    ledger.settle(5, 0, true);
    expect(ledger.waitHours[0]).toBe(10_007);
  });
});
