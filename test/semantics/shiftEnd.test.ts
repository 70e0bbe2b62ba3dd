// What happens to a task in hand when the office closes. Three 3 h jobs arrive every Monday at 08:00
// for one person working 09:00-17:00: they run 09-12, 12-15 and 15-18. With `finish` the third is
// done at 18:00 in one hour of overtime (paid at the same rate); with `pause` it stops at 17:00 and
// resumes on Tuesday at 09:00 for its last hour. Over the 4 observed weeks:
//                     finish            pause
//   overtime          4 h               0
//   busy              36 h              36 h
//   cycle times       4, 7, 10 h        4, 7, 26 h     (mean 7 h vs 37/3 h)
//   cost at 100/h     (160 + 4) x 100   160 x 100
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileText, replicate } from '../support/index.js';

const office = (shiftEnd: 'finish' | 'pause') => `
opsim: 1
name: shift end ${shiftEnd}
horizon: 5w
warmup: 1w
functions: [ops]
calendars:
  office: { week: weekdays 09:00-17:00 }
pools:
  engineer: { kind: human, headcount: 1, calendar: office, costPerHour: 100, shiftEnd: ${shiftEnd} }
itemTypes:
  job: { arrivals: { batch: 3, every: 1w, first: 8h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: engineer, time: 3h }]
    next: done
  done: { kind: exit, outcome: done }
`;

const run = (shiftEnd: 'finish' | 'pause'): RunResult => replicate(compileText(office(shiftEnd)), 1, 'semantics')[0];

describe('shiftEnd', () => {
  it('finish: the task in hand is completed in overtime, 1 h a week', () => {
    const r = run('finish');
    expect(r.pools.engineer.overtimeHours).toBeCloseTo(4, 9);
    expect(r.pools.engineer.busyHours).toBeCloseTo(36, 9);
    expect(r.pools.engineer.utilisation).toBeCloseTo(36 / 160, 9);
    expect(r.overall.done).toBe(12);
    expect(r.overall.cycleTime.mean).toBeCloseTo(7, 9);
  });

  it('pause: the task in hand waits for Tuesday 09:00 and no overtime is worked', () => {
    const r = run('pause');
    expect(r.pools.engineer.overtimeHours).toBe(0);
    expect(r.pools.engineer.busyHours).toBeCloseTo(36, 9);
    expect(r.overall.done).toBe(12);
    expect(r.overall.cycleTime.mean).toBeCloseTo(37 / 3, 9);
  });

  it('finish costs exactly the overtime hours at the hourly rate more than pause', () => {
    const finish = run('finish');
    const pause = run('pause');
    expect(pause.cost.total).toBeCloseTo(160 * 100, 6);
    expect(finish.cost.total - pause.cost.total).toBeCloseTo(4 * 100, 6);
  });
});
