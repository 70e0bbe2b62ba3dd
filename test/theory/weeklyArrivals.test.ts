import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { expectNear, replicate } from '../support/index.js';

// 10/h from 08:00 to 18:00 local (UTC-5) on weekdays: 13:00-23:00 UTC, 500 per week; 30 min each.
describe('scenarios/validation/weekly-arrivals.yaml (weekday profile in UTC-5)', () => {
  const model = loadValidationModel('weekly-arrivals');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('compiles the profile to 10/h in 50 of the 168 hours of the week, shifted by the calendar offset', () => {
    const a = model.itemTypes[0].arrivals;
    expect(a.kind).toBe('weekly');
    if (a.kind !== 'weekly') return;
    expect(a.ratePerHour.reduce((s, x) => s + x, 0)).toBeCloseTo(500, 9);
    expect(a.offsetHours).toBe(-5);
  });

  it('brings 500 arrivals per week', () => {
    expectNear(
      runs.map((r) => (r.overall.arrived / (r.horizon - r.warmup)) * 168),
      { figure: 'arrivals/week', exact: 500, relTol: 0.02 },
    );
  });

  /**
   * Samples taken outside the open hours that saw somebody, and the total seen inside. `firstDay`:
   * weekday of time 0, 0 = Monday; `saturday`: Saturdays open 14:00-18:00 UTC too (a sample sees the
   * jobs of the half hour before it, so 15:00 to 18:00).
   */
  function outsideAndInside(
    rs: RunResult[],
    firstDay: number,
    saturday = false,
  ): { outside: string[]; inside: number } {
    const utcHour = (t: number) => ((t % 24) + 24) % 24;
    const weekday = (t: number) => (Math.floor(t / 24) + firstDay) % 7;
    let inside = 0;
    const outside: string[] = [];
    for (const r of rs) {
      const series = r.series!;
      series.t.forEach((t, k) => {
        const open =
          (weekday(t) < 5 && utcHour(t) >= 14 && utcHour(t) <= 23) ||
          (saturday && weekday(t) === 5 && utcHour(t) >= 15 && utcHour(t) <= 18);
        if (open) inside += series.wip[k];
        else if (series.wip[k] !== 0) outside.push(`t = ${t} h: wip ${series.wip[k]}`);
      });
    }
    return { outside, inside };
  }

  it('brings nobody outside 13:00-23:00 UTC on weekdays, and somebody inside', () => {
    const { outside, inside } = outsideAndInside(runs, 0);
    expect(outside).toEqual([]);
    expect(inside).toBeGreaterThan(0);
  });

  it('follows the weekdays of the calendar when time 0 is a Wednesday (variant start-wednesday)', () => {
    const wednesday = replicate(loadValidationModel('weekly-arrivals', 'start-wednesday'), 3, THEORY_SEED);
    const { outside, inside } = outsideAndInside(wednesday, 2);
    expect(outside).toEqual([]);
    expect(inside).toBeGreaterThan(0);
  });

  it('gives a day written { rate, hours } its own hours: Saturday mornings add 40 a week, and nobody on Saturday afternoons', () => {
    const saturdays = loadValidationModel('weekly-arrivals', 'saturday-mornings');
    const a = saturdays.itemTypes[0].arrivals;
    if (a.kind !== 'weekly') throw new Error('weekly');
    // 40/d over 09:00-13:00: 10/h in hours 9 to 12 of Saturday (local), none in the day's other hours.
    expect(a.ratePerHour.slice(5 * 24, 6 * 24)).toEqual(
      Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 13 ? 10 : 0)),
    );
    const rs = replicate(saturdays, 10, THEORY_SEED);
    expectNear(
      rs.map((r) => (r.overall.arrived / (r.horizon - r.warmup)) * 168),
      { figure: 'arrivals/week', exact: 540, relTol: 0.03 },
    );
    const { outside, inside } = outsideAndInside(rs, 0, true);
    expect(outside).toEqual([]);
    expect(inside).toBeGreaterThan(0);
    // And Saturdays do bring work: read as a closed day, their samples are not all empty.
    expect(outsideAndInside(rs, 0).outside.length).toBeGreaterThan(0);
  });

  it('holds 500 x 0.5 / 168 = 1.488095 jobs on average', () => {
    expectNear(
      runs.map((r) => r.overall.wipMean),
      { figure: 'L', exact: 250 / 168, relTol: 0.02 },
    );
  });
});
