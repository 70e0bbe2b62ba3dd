// Bad timelines and peaks: each refused with the file, the line and the field path, and a message
// that says what was expected; through the CLI, exit 2 and no stack trace.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { runCli } from '../cli/memoryIo.js';
import { estimateWork } from '../../src/scenario/preflight/preflight.js';

const file = (timeline: string, peaks = '') => `opsim: 1
horizon: 12w
functions: [ops]
pools:
  agents: { kind: agent, capacity: 2, errorRate: 0.08 }
  people: { kind: human, headcount: 3, calendar: office }
calendars:
  office: { week: "weekdays 09:00-17:00" }
itemTypes:
  job:
    arrivals: { poisson: 10/h }
    entry: work${peaks}
steps:
  work:
    function: ops
    serve: [{ pool: agents, time: 6m }, { pool: people, time: 6m }]
    next: done
  done: { kind: exit, outcome: done }
timeline:
${timeline}
`;

function issuesOf(text: string): { path: string; message: string; line?: number }[] {
  const r = loadScenario({ file: 'plan.yaml', text });
  return r.ok ? [] : r.issues.map(({ path, message, line }) => ({ path, message, line }));
}

describe('timeline validation', () => {
  it('a valid timeline loads', () => {
    expect(
      issuesOf(
        file(`  hire: { at: week 4, set: { pools.people.headcount: 5, pools.agents.capacity: 3 } }
  tune: { ramp: pools.agents.errorRate, from: 0.08, to: 0.03, start: 2027-01-04, end: 2027-03-29, every: 1w }`),
      ),
    ).toEqual([]);
  });

  it('a ramp whose end precedes its start', () => {
    expect(
      issuesOf(file('  tune: { ramp: pools.agents.errorRate, from: 0.08, to: 0.03, start: week 5, end: week 2 }')),
    ).toEqual([
      {
        path: 'timeline.tune.end',
        message: 'the ramp ends (week 2) before or when it starts (week 5); expected an end after the start',
        line: 20,
      },
    ]);
  });

  it('a date outside the horizon, or before the start', () => {
    expect(issuesOf(file('  late: { at: 2027-06-01, set: { pools.agents.capacity: 3 } }'))).toEqual([
      {
        path: 'timeline.late.at',
        message: '"2027-06-01" is outside the horizon (the run ends on 2027-03-29, week 12)',
        line: 20,
      },
    ]);
    expect(issuesOf(file('  early: { at: 2026-12-01, set: { pools.agents.capacity: 3 } }'))[0]).toMatchObject({
      path: 'timeline.early.at',
      message: '"2026-12-01" is before the start of the run (2027-01-04)',
    });
    expect(issuesOf(file('  soon: { at: someday, set: { pools.agents.capacity: 3 } }'))[0].message).toBe(
      'expected a date "YYYY-MM-DD" or a week of the run such as "week 6", found "someday"',
    );
  });

  it('a change to a pool or step that does not exist, or to a parameter a timeline cannot change', () => {
    expect(issuesOf(file('  hire: { at: week 3, set: { pools.agnets.capacity: 3 } }'))).toEqual([
      {
        path: 'timeline.hire.set.pools.agnets.capacity',
        message: '"pools.agnets.capacity": unknown pool "agnets" (did you mean "agents"?)',
        line: 20,
      },
    ]);
    expect(issuesOf(file('  fix: { at: week 3, set: { steps.revew.detect: 0.5 } }'))[0].message).toMatch(
      /unknown step "revew"/,
    );
    expect(issuesOf(file('  hire: { at: week 3, set: { pools.people.capacity: 3 } }'))[0].message).toBe(
      `"pools.people.capacity": a human pool's size is its headcount`,
    );
    expect(issuesOf(file('  pay: { at: week 3, set: { pools.people.budget: 80 } }'))[0].message).toMatch(
      /^a timeline cannot change "pools.people.budget"; it can change pools.ID.capacity/,
    );
  });

  it('a price on a pool kind that has no such price, or out of range', () => {
    expect(issuesOf(file('  pay: { at: week 3, set: { pools.people.costPerTask: 2 } }'))).toEqual([
      {
        path: 'timeline.pay.set.pools.people.costPerTask',
        message: '"pools.people.costPerTask": a human pool is priced by costPerHour; costPerTask is for agent pools',
        line: 20,
      },
    ]);
    expect(
      issuesOf(file('  pay: { ramp: pools.agents.costPerHour, from: 1, to: 2, start: week 2, end: week 6 }'))[0],
    ).toEqual({
      path: 'timeline.pay.ramp',
      message:
        '"pools.agents.costPerHour": an agent pool is priced by costPerTask and costPerBusyHour, not costPerHour',
      line: 20,
    });
    expect(issuesOf(file('  pay: { at: week 3, set: { pools.people.costPerHour: -5 } }'))).toEqual([
      {
        path: 'timeline.pay.set.pools.people.costPerHour',
        message:
          'pools.people.costPerHour = -5 is out of range: pools.people.costPerHour: expected an amount of money (0 to 1e12), found the number -5',
        line: 20,
      },
    ]);
    expect(
      issuesOf(
        file(`  pay: { at: week 3, set: { pools.people.costPerHour: 80, pools.agents.costPerTask: 0.5 } }
  tune: { ramp: pools.agents.costPerBusyHour, from: 4, to: 2, start: week 2, end: week 6, every: 1w }`),
      ),
    ).toEqual([]);
  });

  it('a value out of the parameter range is refused with the rule it breaks', () => {
    expect(issuesOf(file('  oops: { at: week 3, set: { pools.agents.errorRate: 1.5 } }'))).toEqual([
      {
        path: 'timeline.oops.set.pools.agents.errorRate',
        message:
          'pools.agents.errorRate = 1.5 is out of range: pools.agents.errorRate: expected a probability between 0 and 1, found the number 1.5',
        line: 20,
      },
    ]);
    expect(
      issuesOf(file('  shrink: { ramp: pools.people.headcount, from: 3, to: 0, start: week 2, end: week 6 }'))[0],
    ).toMatchObject({ path: 'timeline.shrink.to' });
    expect(issuesOf(file('  more: { at: week 3, set: { itemTypes.job.arrivals.multiplier: -1 } }'))[0].message).toBe(
      'expected a multiplier from 0 to 1000, found -1',
    );
    expect(issuesOf(file('  more: { at: week 3, set: { itemTypes.job.arrivals.poisson: lots } }'))[0].message).toBe(
      'expected a rate such as "60/d", found "lots"',
    );
  });

  it('a ramp with both `to` and `growth`, or neither', () => {
    expect(
      issuesOf(file('  g: { ramp: itemTypes.job.arrivals.multiplier, from: 1, start: week 1, end: week 5 }'))[0],
    ).toMatchObject({
      path: 'timeline.g',
      message: 'a ramp needs `to` (a linear ramp) or `growth` (compounded per step)',
    });
    expect(
      issuesOf(
        file(
          '  g: { ramp: itemTypes.job.arrivals.multiplier, from: 1, to: 2, growth: 0.02, start: week 1, end: week 5 }',
        ),
      )[0],
    ).toMatchObject({ path: 'timeline.g.growth' });
  });

  it('a peak naming a calendar that does not exist', () => {
    const text = file(
      '  none: { at: week 2, set: { pools.agents.capacity: 2 } }',
      '\n    peaks: [{ multiply: 2, lastBusinessDays: 2, of: month, calendar: ofice }]',
    );
    expect(issuesOf(text)).toEqual([
      {
        path: 'itemTypes.job.peaks.0.calendar',
        message: 'unknown calendar "ofice" (did you mean "office"?)',
        line: 13,
      },
    ]);
  });

  it('opsim run exits 2 with file:line: path: message and no stack trace; --periods takes week, month or quarter', async () => {
    const bad = file('  tune: { ramp: pools.agents.errorRate, from: 0.08, to: 0.03, start: week 5, end: week 2 }');
    const r = await runCli(['run', 'plan.yaml'], { 'plan.yaml': bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'plan.yaml:20: timeline.tune.end: the ramp ends (week 2) before or when it starts (week 5); expected an end after the start\n',
    );
    const good = file('  hire: { at: week 4, set: { pools.agents.capacity: 3 } }');
    const p = await runCli(['run', 'plan.yaml', '--periods', 'fortnight'], { 'plan.yaml': good });
    expect(p).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--periods: expected week, month or quarter, got "fortnight"'),
    });
  });

  it('the pre-flight estimate counts arrival candidates at the largest factor and the dated changes', () => {
    const loaded = loadScenario({
      file: 'plan.yaml',
      text: file('  surge: { at: week 3, set: { itemTypes.job.arrivals.multiplier: 3 } }'),
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const work = estimateWork(loaded.model);
    expect(work.find((p) => p.path === 'itemTypes.job.arrivals')).toMatchObject({ units: 10 * 3 * 12 * 168 });
    expect(work.find((p) => p.path === 'timeline')).toMatchObject({ units: 1 });
  });
});
