// An executive without a decision budget has a budget use of 0 by definition; printed as 0.0% it would
// read as "nothing of the budget used" rather than "no limit". The text tables say no budget instead;
// and an executive whose budget falls outside the window (a weekend) says that, not no budget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './memoryIo.js';

const file = 'scenarios/validation/forum.yaml';
const files = { [file]: readFileSync(file, 'utf8') };

describe('an executive without a decision budget', () => {
  it('shows no budget use in the headline and the executives table, and 0 in the JSON', async () => {
    const text = await runCli(['run', file, '--replications', '2'], files);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^budget use of coo \(no budget\)\s+-$/m);
    expect(text.stdout).not.toMatch(/budget use of coo\s+0\.0%/);
    expect(text.stdout).toMatch(/^coo(\s+\S+){10}\s+-$/m);
    const json = JSON.parse((await runCli(['run', file, '--replications', '2', '--json'], files)).stdout);
    expect(json.headline['budgetUse:coo'].mean).toBe(0);
    expect(json.executives.coo.budgetHours.mean).toBe(0);
  });

  it('tells an executive with a budget whose window held none of its working hours from one without a budget', async () => {
    // Observed from Saturday to Sunday: the CEO's budget is for weekdays, so none of it falls in the
    // window and its use has no value, but "no budget" would be false.
    const weekend = `opsim: 1
name: weekend window
horizon: 7d
warmup: 5d
seed: 1
functions: [ops]
calendars:
  office: { week: { mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00" } }
pools:
  ceo: { kind: executive, calendar: office, budget: 2h/w, costPerHour: 300 }
itemTypes:
  case: { arrivals: { poisson: 1/d }, entry: decide }
steps:
  decide: { function: ops, serve: [{ pool: ceo, time: 1h }], next: done }
  done: { kind: exit, outcome: done }
`;
    const text = await runCli(['run', 'weekend.yaml', '--replications', '2'], { 'weekend.yaml': weekend });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^budget use of ceo \(no working hours in the window\)\s+-$/m);
    const json = JSON.parse(
      (await runCli(['run', 'weekend.yaml', '--replications', '2', '--json'], { 'weekend.yaml': weekend })).stdout,
    );
    expect(json.executives.ceo.budgetHours.mean).toBe(0);
    expect(json.executives.ceo.budgetPerWeek.mean).toBe(2);
    const none = JSON.parse((await runCli(['run', file, '--replications', '2', '--json'], files)).stdout);
    expect(none.executives.coo.budgetPerWeek.mean).toBe(0);
  });
});
