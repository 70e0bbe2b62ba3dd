// An executive with no decision budget has no budget use: the engine reports 0 for it, which reads as
// "0% of the budget used", the opposite of "no limit". select keeps it out of `budgetUse:*`, and a
// design in which a budgeted executive loses its budget stops with a message that says so, not one
// about finishing nothing.
import { describe, expect, it } from 'vitest';
import { runCli } from './memoryIo.js';

const FILE = 'budgets.yaml';
const yaml = (variant: string) => `opsim: 1
name: two executives, one with a budget
horizon: 3w
seed: 1
replications: 2
functions: [ops]
calendars:
  always: { week: always }
pools:
  ceo: { kind: executive, calendar: always, budget: 4h/w, costPerHour: 300 }
  coo: { kind: executive, calendar: always, costPerHour: 300 }
itemTypes:
  case:
    arrivals: { batch: 2, every: 1w, first: 9h }
    entry: decide
steps:
  decide:
    function: ops
    serve:
      - pool: ceo
        time: 1h
    next: approve
  approve:
    function: ops
    serve:
      - pool: coo
        time: 1h
    next: done
  done: { kind: exit, outcome: done }
variants:
  faster:
    changes:
      - { op: set, path: steps.approve.serve.0.time, value: 30m }
${variant}`;

describe('select and the budget use of an executive without a budget', () => {
  it('budgetUse:* limits the budgeted executive only; naming the other is an unknown figure', async () => {
    const files = { [FILE]: yaml('') };
    const ok = await runCli(['select', FILE, '--delta', '0.5', '--constraint', 'budgetUse:*<=1'], files);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('budgetUse:ceo');
    expect(ok.stdout).not.toContain('budgetUse:coo');
    const named = await runCli(['select', FILE, '--delta', '0.5', '--constraint', 'budgetUse:coo<=1'], files);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('unknown figure "budgetUse:coo"');
  });

  it('a design whose executive has no budget stops with a message about the budget', async () => {
    const files = {
      [FILE]: yaml(`  unlimited:
    changes:
      - { op: remove, path: pools.ceo.budget }`),
    };
    const r = await runCli(['select', FILE, '--delta', '0.5', '--constraint', 'budgetUse:*<=1'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'executive ceo has no decision budget in design unlimited, so its decision budget use of ceo is not defined',
    );
    expect(r.stderr).not.toContain('finished no item');
  });

  it('the JSON report gives no value (n 0), not a 0 share, for budget use without a budget', async () => {
    const files = { [FILE]: yaml('') };
    const r = await runCli(['run', FILE, '--json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const design = report.designs?.[0] ?? report;
    expect(design.executives.ceo.budgetUtilisation.mean).toBeGreaterThan(0);
    expect(design.executives.ceo.budgetUtilisation.n).toBe(2);
    // An interval over no replication: n 0 is "no value", as for a pool that was never open.
    expect(design.executives.coo.budgetUtilisation.n).toBe(0);
    expect(design.headline['budgetUse:coo'].n).toBe(0);
    expect(design.executivesTotal.budgetUtilisation.n).toBe(2);
  });
});
