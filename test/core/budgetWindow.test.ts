import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, type Model } from '../../src/core/index.js';
import { calendar, constant, exit, fixed, itemType, model, officeWeek, pool, step } from '../support/index.js';

// Budget use measured against the decision budget the executive could spend in the window
// (src/core/sim/budgetWindow.ts). A 2h/w budget; decisions take a fixed time, so every figure below
// is worked out by hand. A saturated executive has a backlog from time 0 and spends each week's budget
// the moment it renews (Monday 00:00, or 09:00 with an office calendar); a steady one receives one
// 15-minute decision a day at 12:00 and spends 1.75 of its 2 hours a week: 87.5%.

interface Window {
  horizon: number;
  warmup?: number;
  /** Weekday of time 0: 0 Monday ... 6 Sunday. */
  startWeekday?: number;
  office?: boolean;
}

function executive(load: 'saturated' | 'steady', w: Window, decision = 0.25, budget = 2): Model {
  const arrivals =
    load === 'saturated'
      ? { kind: 'batch' as const, first: 0, every: 1e9, size: 2000 }
      : { kind: 'batch' as const, first: 12, every: 24, size: 1 };
  return model({
    horizon: w.horizon,
    warmup: w.warmup ?? 0,
    startWeekday: w.startWeekday ?? 0,
    calendars: w.office ? [calendar('office', officeWeek)] : [],
    itemTypes: [itemType('case', 1, { arrivals })],
    pools: [
      pool('boss', 1, {
        kind: 'executive',
        budgetHoursPerWeek: budget,
        calendar: w.office ? 0 : -1,
        costPerBusyHour: 1,
      }),
    ],
    nodes: [exit('done'), step('decide', [{ pool: 0, service: constant(decision) }], fixed(0), { escalation: true })],
  });
}

function figures(m: Model): { consumed: number; budget: number; use: number } {
  const e = simulate(m, { seed: 1, replication: 0 }).executives.boss;
  return { consumed: e.hoursConsumed, budget: e.budgetHours, use: e.budgetUtilisation };
}

const week = 168;

describe('budget use over the window', () => {
  it('whole budget weeks from a Monday: the weekly budget times the weeks, as before', () => {
    const w = { horizon: 2 * week };
    expect(figures(executive('saturated', w))).toEqual({ consumed: 4, budget: 4, use: 1 });
    // 14 decisions of 15 minutes.
    expect(figures(executive('steady', w))).toEqual({ consumed: 3.5, budget: 4, use: 0.875 });
  });

  it('an 8-day horizon from a Monday: the second budget week is spent on its first morning', () => {
    const w = { horizon: 8 * 24 };
    // Two budgets spent in full; pro rata (8/7 of a week's budget) said 175%.
    expect(figures(executive('saturated', w))).toEqual({ consumed: 4, budget: 4, use: 1 });
    // The eighth day gets a seventh of the week's budget (2/7 h) and spends 15 minutes of it.
    const steady = figures(executive('steady', w));
    expect(steady.consumed).toBe(2);
    expect(steady.budget).toBeCloseTo(2 + 2 / 7, 12);
    expect(steady.use).toBeCloseTo(0.875, 12);
  });

  it('a 13-week quarter starting on a Wednesday touches 14 budget weeks', () => {
    const w = { horizon: 13 * week, startWeekday: 2 };
    // Wednesday to Sunday and the closing Monday and Tuesday each hold a budget spent in full: 14 of
    // them, where pro rata counted 13 (107.7%).
    expect(figures(executive('saturated', w))).toEqual({ consumed: 28, budget: 28, use: 1 });
    // 91 decisions; 5/7 of the first week's budget, 12 whole weeks, 2/7 of the last: 13 budgets.
    const steady = figures(executive('steady', w));
    expect(steady.consumed).toBe(22.75);
    expect(steady.budget).toBeCloseTo(26, 12);
    expect(steady.use).toBeCloseTo(0.875, 12);
  });

  it('a warm-up ending on a Sunday: the budget of that week left when the window began', () => {
    const w = { horizon: 3 * week, warmup: 13 * 24 };
    // That week's budget was spent on its Monday, before the window: nothing of it was left to spend
    // (pro rata counted a seventh of it and said 87.5%).
    expect(figures(executive('saturated', w))).toEqual({ consumed: 2, budget: 2, use: 1 });
    // 1.5 h spent before the Sunday, 0.5 h left, of which the Sunday's seventh (2/7 h) is its share.
    const steady = figures(executive('steady', w));
    expect(steady.consumed).toBe(2);
    expect(steady.budget).toBeCloseTo(2 + 2 / 7, 12);
    expect(steady.use).toBeCloseTo(0.875, 12);
  });

  it('a warm-up ending mid-week while the budget is being spent', () => {
    // Warm-up ends Monday 01:00 of the second week: 1 h of its budget is already spent, 1 h is left
    // and is spent in the window; the second week is the window's last, whole to its end.
    const w = { horizon: 3 * week, warmup: week + 1 };
    expect(figures(executive('saturated', w))).toEqual({ consumed: 3, budget: 3, use: 1 });
  });

  it('a partial week counts its share of the executive’s working hours, not of the clock', () => {
    // Time 0 is a Saturday, the horizon a Saturday two weeks on: the first weekend has no working
    // hour (no budget to spend in it), the last Monday to Friday has all of a week's.
    const w = { horizon: 2 * week, startWeekday: 5, office: true };
    expect(figures(executive('saturated', w))).toEqual({ consumed: 4, budget: 4, use: 1 });
    // 14 decisions, the weekend's taken on Mondays.
    expect(figures(executive('steady', w))).toEqual({ consumed: 3.5, budget: 4, use: 0.875 });
  });

  it('a decision under way at the horizon counts only its hours before it', () => {
    // Horizon at Monday 00:40 of the second week: the decision that started at 00:30 has 10 minutes in
    // the window; the week's budget the window could spend is what it spent there, 40 minutes.
    const w = { horizon: week + 2 / 3 };
    const f = figures(executive('saturated', w));
    expect(f.consumed).toBeCloseTo(2 + 2 / 3, 12);
    expect(f.budget).toBeCloseTo(2 + 2 / 3, 12);
    expect(f.use).toBeCloseTo(1, 12);
  });

  it('a forum held before the window began spent that week’s budget', () => {
    // Items arrive daily at 12:00 and wait for the Wednesday 10:00 review, which decides the week's
    // seven at 30 minutes each, 3.5 h, whatever the 2 h budget says. The window opens on the second
    // Thursday, after that week's review spent more than its budget: none of it was left to spend.
    const m = model({
      horizon: 3 * week,
      warmup: week + 72,
      itemTypes: [itemType('proposal', 1, { arrivals: { kind: 'batch', first: 12, every: 24, size: 1 } })],
      pools: [pool('boss', 1, { kind: 'executive', budgetHoursPerWeek: 2, costPerBusyHour: 1 })],
      nodes: [
        exit('done'),
        {
          id: 'review',
          kind: 'forum',
          fn: -1,
          rework: null,
          next: fixed(0),
          schedule: { kind: 'periodic', first: 58, every: week },
          perSession: 100,
          chair: 0,
          hoursPerDecision: 0.5,
        },
      ],
    });
    // The third week's review alone: 3.5 h of its 2 h budget, as in every whole week.
    expect(figures(m)).toEqual({ consumed: 3.5, budget: 2, use: 1.75 });
  });

  it('law: a saturated executive spends all the budget it could, and overruns by at most a decision a week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 * week * 4 }).map((q) => q / 4),
        fc.integer({ min: week * 4, max: 6 * week * 4 }).map((q) => q / 4),
        fc.constantFrom(0.25, 0.5, 0.75, 1.5),
        fc.constantFrom(1, 2, 4),
        fc.boolean(),
        (startWeekday, warmup, span, decision, budget, office) => {
          const m = executive('saturated', { horizon: warmup + span, warmup, startWeekday, office }, decision, budget);
          const { consumed, budget: hours } = figures(m);
          // A decision started with budget left runs to its end: one per budget week the window touches
          // (at most span / week + 2), and one started in an earlier week still under way in the window.
          expect(consumed).toBeGreaterThanOrEqual(hours - 1e-9);
          expect(consumed).toBeLessThanOrEqual(hours + (span / week + 3) * decision + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('law: an executive deciding at a steady pace shows its rate for any window of whole days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        (startWeekday, warmupDays, days) => {
          const m = executive('steady', { horizon: 24 * (warmupDays + days), warmup: 24 * warmupDays, startWeekday });
          expect(figures(m).use).toBeCloseTo(0.875, 12);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('law: a tail of work under way at the warm-up’s end is spent in the window, not before it', () => {
    // Decisions of 1.5 h against a 2 h budget: each week spends 3 h (one decision starts with 0.5 h
    // left). A window from Monday 00:15 catches the first decision 15 minutes in: its 1.25 h left are
    // spent in the window, so the budget left then was 1.75 h, not 0.5 h.
    const f = figures(executive('saturated', { horizon: 2 * week + 0.25, warmup: 0.25 }, 1.5));
    // Week 1: 1.25 + 1.5 spent of 1.75 left; week 2: 3 of 2; the last quarter hour: 0.25 of 0.25.
    expect(f.consumed).toBe(1.25 + 1.5 + 3 + 0.25);
    expect(f.budget).toBeCloseTo(1.75 + 2 + 0.25, 12);
  });
});
