// A roster: 6 heads on weekdays 09:00-17:00 and 2 heads 17:00-22:00. Eight 2 h jobs arrive every
// Monday at 16:00: six start at once (to 18:00); at 17:00 the day slot ends and 2 heads remain, so
// the four tasks beyond them are finished in overtime (17:00-18:00, 4 h); the last two start at 18:00
// (to 20:00). Per week:
//   rostered (paid) head-hours  5 x (6 x 8 + 2 x 5) = 290, plus 4 h overtime = 294
//   busy                        8 x 2 = 16 h
//   cycle times                 2 h (six jobs), 4 h (two jobs): mean 2.5 h
// Over the 4 observed weeks: paid 1,176 h, busy 64 h, utilisation 64 / 1,160, cost 11,760 at 10/h.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, parseScenarioText, withPeriods } from '../../src/scenario/index.js';
import { runCli } from '../cli/memoryIo.js';
import { compileText, replicate, traceOf } from '../support/index.js';

const rostered = (extra = '') => `
opsim: 1
name: roster
horizon: 5w
warmup: 1w
functions: [ops]
calendars:
  office: { week: weekdays 09:00-17:00${extra} }
pools:
  team:
    kind: human
    calendar: office
    costPerHour: 10
    roster:
      - { days: weekdays, hours: "09:00-17:00", heads: 6 }
      - { days: weekdays, hours: "17:00-22:00", heads: 2 }
itemTypes:
  job: { arrivals: { batch: 8, every: 1w, first: 16h }, entry: work }
steps:
  work: { function: ops, serve: [{ pool: team, time: 2h }], next: done }
  done: { kind: exit, outcome: done }
`;

describe('roster', () => {
  it('the trace shows the headcount at each slot boundary and the tasks beyond it finishing', () => {
    const lines = traceOf(compileText(rostered())).filter((l) => Number(l.split(' ')[0]) < 48);
    expect(lines.filter((l) => l.includes('headcount') || l.includes('start') || l.includes('finish'))).toEqual([
      '0 headcount #-1  team 0',
      '9 headcount #-1  team 6',
      '16 start #0 work team',
      '16 start #1 work team',
      '16 start #2 work team',
      '16 start #3 work team',
      '16 start #4 work team',
      '16 start #5 work team',
      '17 headcount #-1  team 2',
      '18 finish #0 work team',
      '18 finish #1 work team',
      '18 finish #2 work team',
      '18 finish #3 work team',
      '18 finish #4 work team',
      '18 start #6 work team',
      '18 finish #5 work team',
      '18 start #7 work team',
      '20 finish #6 work team',
      '20 finish #7 work team',
      '22 headcount #-1  team 0',
      '33 headcount #-1  team 6',
      '41 headcount #-1  team 2',
      '46 headcount #-1  team 0',
    ]);
  });

  it('pays each head for its own slot: 290 rostered head-hours a week, plus the overtime', () => {
    const r = replicate(compileText(rostered()), 1, 'semantics')[0];
    expect(r.pools.team.overtimeHours).toBeCloseTo(16, 9);
    expect(r.pools.team.paidHours).toBeCloseTo(4 * 290 + 16, 9);
    expect(r.pools.team.busyHours).toBeCloseTo(64, 9);
    expect(r.pools.team.utilisation).toBeCloseTo(64 / (4 * 290), 9);
    expect(r.pools.team.cost).toBeCloseTo((4 * 290 + 16) * 10, 6);
    expect(r.overall.done).toBe(32);
    expect(r.overall.cycleTime.mean).toBeCloseTo(2.5, 9);
  });

  it('a period is available for its rostered head-hours: weekly utilisation is 16 / 290, as over the run', () => {
    const r = replicate(withPeriods(compileText(rostered()), undefined, 'week'), 1, 'semantics')[0];
    expect(r.periods!.map((p) => p.busyHours.team)).toEqual([16, 16, 16, 16]);
    for (const p of r.periods!) expect(p.utilisation.team).toBeCloseTo(16 / 290, 9);
  });

  it("the calendar's holidays close every slot that day: a Monday holiday moves the week's jobs to Tuesday", () => {
    // Monday of the first observed week (2027-01-11) is a holiday: its jobs wait for Tuesday 09:00 (no overtime).
    const r = replicate(compileText(rostered(', holidays: [2027-01-11]')), 1, 'semantics')[0];
    expect(r.pools.team.paidHours).toBeCloseTo(4 * 290 - 58 + 12, 9);
  });
});

describe('roster: bad input', () => {
  const slots = (roster: string, pool = '    kind: human\n    calendar: office\n') =>
    rostered().replace(
      /    kind: human\n    calendar: office\n    costPerHour: 10\n    roster:\n(.*\n){2}/,
      `${pool}    roster:\n${roster}`,
    );

  it('validate names the file, line and path of each bad slot, and exits 2', async () => {
    const text = slots(
      [
        '      - { days: weekdays, hours: "09:00-17:00", heads: 6 }',
        '      - { days: [mon], hours: "16:00-18:00", heads: 2 }',
        '      - { days: [sun], hours: "25:00-26:00", heads: 1 }',
        '      - { days: [someday], hours: "10:00-11:00", heads: -1 }',
        '',
      ].join('\n'),
    );
    const r = await runCli(['validate', 'roster.yaml'], { 'roster.yaml': text });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'roster.yaml:15: pools.team.roster.1: overlaps roster slot 0 from mon 16:00 to mon 17:00; each hour of the week takes its headcount from one slot',
      'roster.yaml:16: pools.team.roster.2.hours: expected opening hours such as "09:00-17:00" or "09:00-12:00,13:00-17:00", found "25:00-26:00"',
      'roster.yaml:17: pools.team.roster.3.days.0: expected one of mon, tue, wed, thu, fri, sat, sun, found "someday"',
      'roster.yaml:17: pools.team.roster.3.heads: expected a whole number at least 0, found the number -1',
    ]);
  });

  it('a human pool needs a headcount or a roster, not both; other kinds have no roster', () => {
    const issues = (text: string) => {
      const loaded = loadScenario({ file: 'roster.yaml', text });
      return loaded.ok ? [] : loaded.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues(slots('', '    kind: human\n    calendar: office\n').replace('    roster:\n', ''))).toEqual([
      "pools.team.headcount: missing required field 'headcount' (how many people are in the pool), or give a roster",
    ]);
    expect(issues(rostered().replace('    costPerHour: 10\n', '    headcount: 3\n'))).toEqual([
      'pools.team.headcount: give headcount or roster, not both: a roster gives the heads of each slot',
    ]);
    expect(issues(slots('      - { days: daily, hours: "09:00-17:00", heads: 0 }\n'))).toEqual([
      'pools.team.roster: every slot has 0 heads: the pool would never work; give some slot heads, or remove the pool',
    ]);
    expect(issues(`${rostered()}timeline:\n  hire: { at: week 2, set: { pools.team.headcount: 4 } }\n`)).toEqual([
      'timeline.hire.set.pools.team.headcount: "pools.team.headcount": this pool\'s heads come from its roster; change a slot\'s heads in a variant instead',
    ]);
    const agent = issues(rostered().replace('kind: human', 'kind: agent\n    capacity: 2'));
    expect(agent).toContain("pools.team.roster: unknown field 'roster' (only human pools have roster)");
  });
});

describe('docs/scenario-format.md, roster', () => {
  it('the documented support desk runs and pays 294 rostered head-hours a week', () => {
    const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('pools:'))!;
    const desk = (parseScenarioText(block, 'docs.yaml').doc as { pools: Record<string, unknown> }).pools[
      'support-desk'
    ];
    const text = rostered().replace(/  team:\n(    .*\n|      .*\n)*/, `  team: ${JSON.stringify(desk)}\n`);
    const r = replicate(compileText(text), 1, 'semantics')[0];
    expect(r.pools.team.paidHours - r.pools.team.overtimeHours).toBeCloseTo(4 * 294, 9);
    expect(r.overall.done).toBe(32);
  });
});
