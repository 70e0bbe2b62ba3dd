// A pool no step is served by is not written. Events without org:resource or org:group made a
// "staff" pool: when they were each case's first event (a case's registration by the system), that
// step is served by the arrival pool in no time, and "staff" had a headcount and hours that nothing used.
import { describe, expect, it } from 'vitest';
import { fit } from '../../../src/api/index.js';

/** 40 cases: "register" with no resource, then "decide" by r0 or r1 two hours later. */
function registeredBySystem(): string {
  const rows = ['case:concept:name,concept:name,lifecycle:transition,org:resource,time:timestamp'];
  for (let c = 0; c < 40; c++) {
    const day = `2024-0${1 + Math.floor(c / 28)}-${String(1 + (c % 28)).padStart(2, '0')}`;
    const minute = String(10 + (c % 40)).padStart(2, '0');
    rows.push(`c${c},register,complete,,${day}T09:${minute}:00+01:00`);
    rows.push(`c${c},decide,complete,r${c % 2},${day}T11:${minute}:00+01:00`);
  }
  return rows.join('\n');
}

describe('a log whose first events have no resource', async () => {
  const fitted = await fit(registeredBySystem(), { validate: false });
  const pools = /\npools:\n([\s\S]*?)\n\n/.exec(fitted.scenario)![1];

  it('writes no pool for the resource-less events, only the pools that serve a step', () => {
    expect(pools.match(/^ {2}[a-z][\w-]*:/gm)).toEqual(['  case-arrival:', '  r0:', '  r1:']);
    expect(fitted.scenario).not.toContain('staff-hours');
    expect(fitted.summary.pools).toBe(2);
  });

  it("keeps the step's function, so the scenario loads", () => {
    expect(fitted.scenario).toMatch(/\n {2}register:\n {4}function: staff\n/);
    expect(fitted.scenario).toMatch(/^functions: \[r0, r1, staff\]/m);
  });
});
