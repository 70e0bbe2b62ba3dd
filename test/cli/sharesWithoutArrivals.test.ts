// The shares of arrivals (abandoned, blocked, still in the system) are no value in a run in which
// nothing arrived after the warm-up: here five items of initial work (arrived at 0, in the warm-up)
// are all still in the system at the end, which "0.0% still in system" said was none of them.
import { describe, expect, it } from 'vitest';
import { runCli } from './memoryIo.js';

const FILE = 'backlog.yaml';
const yaml = `
opsim: 1
name: Backlog only
horizon: 1w
warmup: 1d
seed: 3
replications: 3
functions: [ops]
calendars:
  always: { week: always }
pools:
  clerk: { kind: human, headcount: 1, calendar: always, costPerHour: 40 }
itemTypes:
  job: { arrivals: { batch: 1, every: 1w, first: 4w }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: clerk, time: 1000h }]
    next: done
  done: { kind: exit, outcome: done }
initialWip:
  - { type: job, step: work, waiting: 5 }
`;
const files = { [FILE]: yaml };

describe('shares of arrivals when nothing arrived', () => {
  it('are no value in the report, beside the count they would divide', async () => {
    const r = await runCli(['run', FILE, '--json'], files);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout).headline;
    expect(h.inSystemAtEnd.mean).toBe(5);
    for (const key of ['abandonedShare', 'blockedShare', 'inSystemShare']) expect(h[key].n).toBe(0);
    expect(h.abandonedPerWeek.n).toBe(3);
  });

  it('show as no value in the table', async () => {
    const r = await runCli(['run', FILE], files);
    expect(r.stdout).toMatch(/still in system, share of arrivals +-\n/);
    expect(r.stdout).not.toMatch(/share of arrivals +0/);
  });

  it('are refused as a limit of select, saying why', async () => {
    const r = await runCli(
      ['select', FILE, '--objective', 'max:throughputPerWeek', '--delta', '1', '--constraint', 'inSystemShare<=10%'],
      {
        [FILE]: `${yaml}variants:\n  two:\n    changes:\n      - { op: set, path: pools.clerk.headcount, value: 2 }\n`,
      },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('had no arrivals');
  });
});
