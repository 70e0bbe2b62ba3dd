// The timeline's semantics, checked against what the changes imply: an error-rate ramp gives the
// expected errors per week, a headcount change shows in the trace and in utilisation from its date,
// an arrival multiplier and a month-end peak show in arrivals per period.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import type { Model } from '../../src/core/model/model.js';
import { periodSpec, withPeriods } from '../../src/scenario/index.js';
import { compileText, expectNear, oneStepScenario, replicate, traceOf, type OneStep } from '../support/index.js';

/** Two agents, wrong 8% of the time, serve 10 jobs an hour of 6 minutes on average for 12 weeks; `o` changes any of it. */
const base = (o: Partial<OneStep> = {}) =>
  oneStepScenario({
    horizon: '12w',
    pool: ['agents', 'kind: agent, capacity: 2, errorRate: 0.08'],
    arrivals: 'poisson: 10/h',
    time: '{ dist: exponential, mean: 6m }',
    ...o,
  });

const weekly = (m: Model): Model => withPeriods(m, undefined, 'week');

describe('timeline', () => {
  it('an error-rate ramp from 8% to 3% over 12 weeks in weekly steps gives rate x tasks errors each week', () => {
    const model = weekly(
      compileText(
        base({
          pool: ['agents', 'kind: agent, capacity: 50, errorRate: 0.08'],
          extra:
            'timeline:\n  tuning: { ramp: pools.agents.errorRate, from: 0.08, to: 0.03, start: week 1, end: week 13, every: 1w }',
        }),
      ),
    );
    const runs = replicate(model, 20, 'error-ramp');
    for (let week = 0; week < 12; week++) {
      const rate = 0.08 + ((0.03 - 0.08) * week) / 12;
      expectNear(
        runs.map((r) => r.periods![week].errorsMade),
        { figure: `errors made in week ${week + 1}`, exact: 10 * 168 * rate, relTol: 0.06 },
      );
    }
  });

  it('a headcount change starts waiting work at its instant, and takes no task from a head that leaves', () => {
    const model = compileText(
      oneStepScenario({
        horizon: '1w',
        pool: ['people', 'kind: agent, capacity: 1'],
        arrivals: 'batch: 6, every: 2w',
        time: '30h',
        extra: `timeline:
  hire: { at: 2027-01-05, set: { pools.people.capacity: 3 } }
  leave: { at: 2027-01-06, set: { pools.people.capacity: 1 } }`,
      }),
    );
    const starts = traceOf(model).filter((l) => l.includes(' start '));
    // One head from 0; two more at 24 h, who start at once; the first head frees at 30 h and starts
    // again. Back to one head at 48 h: the three tasks in hand run on (to 54, 54 and 60 h), and the
    // next starts only when all three are done, then one at a time.
    expect(starts).toEqual([
      '0 start #0 work people',
      '24 start #1 work people',
      '24 start #2 work people',
      '30 start #3 work people',
      '60 start #4 work people',
      '90 start #5 work people',
    ]);
  });

  it('a headcount change at the instant the pool opens starts work with the new headcount', () => {
    // Open weekdays 00:00-08:00 with 3 heads; 6 one-hour jobs arrive on Sunday. The headcount falls to
    // 1 at Monday 00:00, the instant the pool opens; the change on Saturday (any parameter) makes the
    // Monday change the later-scheduled event of the two, which once let the opening start 3 jobs.
    const model = compileText(
      oneStepScenario({
        horizon: '2w',
        pool: ['crew', 'kind: human, headcount: 3, calendar: night'],
        arrivals: 'batch: 6, every: 1w, first: 6d',
        time: '1h',
        extra: `calendars:
  night: { week: weekdays 00:00-08:00 }
timeline:
  a-sat: { at: 2027-01-09, set: { pools.crew.errorRate: 0 } }
  b-mon: { at: 2027-01-11, set: { pools.crew.headcount: 1 } }`,
      }),
    );
    const starts = traceOf(model).filter((l) => l.includes(' start '));
    expect(starts).toEqual([168, 169, 170, 171, 172, 173].map((t, k) => `${t} start #${k} work crew`));
  });

  it('a headcount rise at the instant the pool closes starts nothing until it opens again', () => {
    // Open weekdays 16:00-24:00, one head, shiftEnd finish; 3 ten-hour jobs arrive Monday 16:00. Two
    // more heads come at Tuesday 00:00, the instant the pool closes: they start at Tuesday 16:00, not
    // at the closing (which would have been 10 hours of overtime each).
    const model = compileText(
      oneStepScenario({
        horizon: '1w',
        pool: ['crew', 'kind: human, headcount: 1, calendar: late'],
        arrivals: 'batch: 3, every: 2w, first: 16h',
        time: '10h',
        extra: `calendars:
  late: { week: weekdays 16:00-24:00 }
timeline:
  hire: { at: 2027-01-05, set: { pools.crew.headcount: 3 } }`,
      }),
    );
    const starts = traceOf(model).filter((l) => l.includes(' start '));
    expect(starts).toEqual(['16 start #0 work crew', '40 start #1 work crew', '40 start #2 work crew']);
  });

  it('heads that leave at a headcount cut finish their tasks in paid overtime, as at the end of a roster slot', () => {
    // Three people, always open, each start a 30-hour task at 0. The headcount falls to 1 at 24 h: the
    // two who leave work on to 30 h, 12 hours of overtime. A roster of 3 heads on Monday and 1 after
    // is the same week, and pays the same.
    const people = (pool: string, extra = '') =>
      compileText(
        oneStepScenario({
          horizon: '1w',
          pool: ['crew', pool],
          arrivals: 'batch: 3, every: 2w',
          time: '30h',
          extra: `calendars:\n  always: { week: always }\n${extra}`,
        }),
      );
    const cut = people(
      'kind: human, headcount: 3, calendar: always, costPerHour: 1',
      'timeline:\n  cut: { at: 2027-01-05, set: { pools.crew.headcount: 1 } }',
    );
    const rostered = people(
      'kind: human, calendar: always, costPerHour: 1, roster: [{ days: [mon], hours: "00:00-24:00", heads: 3 }, { days: [tue, wed, thu, fri, sat, sun], hours: "00:00-24:00", heads: 1 }]',
    );
    for (const model of [cut, rostered]) {
      const crew = simulate(model, { seed: 1, replication: 0 }).pools.crew;
      expect([crew.availableHours, crew.busyHours, crew.overtimeHours, crew.paidHours, crew.cost]).toEqual([
        216, 90, 12, 228, 228,
      ]);
    }
  });

  it('a headcount change at a date shows in utilisation from that date, and the run pays the heads it had', () => {
    const model = weekly(
      compileText(
        base({
          extra: 'timeline:\n  hire: { at: week 5, set: { pools.agents.capacity: 4 } }',
          arrivals: 'poisson: 8/h',
        }),
      ),
    );
    const runs = replicate(model, 10, 'headcount');
    // Offered load 8/h x 0.1 h = 0.8 servers: 40% of two heads, 20% of four.
    for (const week of [0, 1, 2, 3])
      expectNear(
        runs.map((r) => r.periods![week].utilisation.agents),
        { figure: `utilisation in week ${week + 1}`, exact: 0.4, relTol: 0.06 },
      );
    for (const week of [4, 6, 8, 11])
      expectNear(
        runs.map((r) => r.periods![week].utilisation.agents),
        { figure: `utilisation in week ${week + 1}`, exact: 0.2, relTol: 0.06 },
      );
    // Over the run: busy hours over (2 heads x 4 weeks + 4 heads x 8 weeks).
    expectNear(
      runs.map((r) => r.pools.agents.utilisation),
      { figure: 'utilisation over the run', exact: (0.8 * 12) / (2 * 4 + 4 * 8), relTol: 0.03 },
    );
  });

  it('an arrival multiplier, and the same change written as a rate, double the arrivals per week from their date', () => {
    for (const change of ['itemTypes.job.arrivals.multiplier: 2', 'itemTypes.job.arrivals.poisson: 20/h']) {
      const model = weekly(compileText(base({ extra: `timeline:\n  growth: { at: week 7, set: { ${change} } }` })));
      const runs = replicate(model, 10, 'multiplier');
      for (const week of [0, 5, 6, 11])
        expectNear(
          runs.map((r) => r.periods![week].arrived),
          { figure: `arrivals in week ${week + 1} (${change})`, exact: week < 6 ? 1680 : 3360, relTol: 0.03 },
        );
    }
  });

  it('growth of 2% a month compounds: the rate of month k is 1.02^k times the first', () => {
    const model = withPeriods(
      compileText(
        base({
          extra:
            'timeline:\n  volume: { ramp: itemTypes.job.arrivals.multiplier, from: 1, growth: 0.02, start: 2027-01-04, end: 2027-06-30, every: month }',
          horizon: '26w',
        }),
      ),
      undefined,
      'month',
    );
    // Months from the start on the 4th: the steps fall on the 4th, the periods on the 1st.
    const changes = model.timeline!.map((c) => [c.at / 24, Number(c.value.toFixed(6))]);
    expect(changes).toEqual([
      [0, 1],
      [31, 1.02],
      [59, 1.0404],
      [90, 1.061208],
      [120, 1.082432],
      [151, 1.104081],
    ]);
  });

  it('volume doubles on the last two business days of each month', () => {
    const model = compileText(
      base({ horizon: '13w', jobFields: 'peaks: [{ multiply: 2, lastBusinessDays: 2, of: month }]' }),
    );
    // January 2027 ends on a Sunday: Thursday 28 and Friday 29 double, from their midnights to the next.
    expect(model.timeline!.slice(0, 2).map((c) => [c.at / 24 + 4, c.value])).toEqual([
      [28, 2],
      [30, 1],
    ]);
    const runs = replicate(withPeriods(model, undefined, 'month'), 10, 'peaks');
    // The first period runs from the start (4 January) to 1 February: 28 days, two of them doubled.
    expectNear(
      runs.map((r) => r.periods![0].arrived),
      { figure: 'arrivals in January', exact: 10 * 24 * (28 + 2), relTol: 0.03 },
    );
  });

  it('a scenario without a timeline runs exactly as before: no stream, event or figure changes', () => {
    const model = compileText(base());
    expect(model.timeline).toBeUndefined();
    const a = simulate(model, { seed: 3, replication: 0 });
    const b = simulate({ ...model, timeline: [] }, { seed: 3, replication: 0 });
    expect(b).toEqual(a);
  });

  it("a timeline that only sets today's values changes no figure", () => {
    const plain = compileText(base());
    const same = compileText(
      base({
        extra: 'timeline:\n  noop: { at: week 3, set: { pools.agents.capacity: 2, pools.agents.errorRate: 0.08 } }',
      }),
    );
    // Only the two change events are extra.
    const { events: a, ...withChanges } = simulate(same, { seed: 3, replication: 0 });
    const { events: b, ...without } = simulate(plain, { seed: 3, replication: 0 });
    expect(withChanges).toEqual(without);
    expect(a - b).toBe(2);
  });

  it('periods: weeks begin on Mondays, months and quarters on their first day', () => {
    expect(periodSpec('2027-01-06', 24 * 20, 'week')).toEqual({
      kind: 'week',
      starts: [0, 120, 288, 456],
      labels: ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'],
    });
    expect(periodSpec('2027-02-15', 24 * 60, 'month').labels).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(periodSpec('2027-02-15', 24 * 200, 'quarter')).toEqual({
      kind: 'quarter',
      starts: [0, 24 * 45, 24 * 136],
      labels: ['2027-Q1', '2027-Q2', '2027-Q3'],
    });
  });
});
