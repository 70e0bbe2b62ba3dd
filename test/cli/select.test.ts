import { describe, expect, it } from 'vitest';
import { inProcessWorker } from '../../src/worker/inProcess.js';
import { workerApi } from '../../src/worker/api.js';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);
const select = (...args: string[]) => runCli(['select', TINY_FILE, ...args], files);

describe('opsim select', () => {
  it('picks the design with the shortest cycle time, states the guarantee and the replications spent', async () => {
    const r = await select('--objective', 'cycleTime', '--delta', '0.05', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      kind: 'select',
      selected: 'extra-server',
      rule: 'selected',
      procedure: { name: 'KN', commonRandomNumbers: true },
    });
    expect(report.guarantee).toMatch(
      /^With probability at least 95%, extra-server has the lowest mean cycle time of the 3 designs/,
    );
    for (const d of report.designs) expect(d.replications).toBeGreaterThanOrEqual(10);
    expect(report.designs.find((d: { name: string }) => d.name === 'base').status).toBe('eliminated');
  });

  it('prints the selection, the guarantee and a table of designs with their status and reason', async () => {
    const r = await select('--objective', 'cycleTime', '--delta', '3m');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Selected: extra-server\nWith probability at least 95%');
    expect(r.stdout).toMatch(
      /\nbase +eliminated .* eliminated at stage \d+ of the comparison: extra-server is better on mean cycle time\n/,
    );
  });

  // The best on utilisation of the server among designs with a mean cycle time of at most 20 minutes.
  const dropsSlowDesign = [
    '--objective',
    'max:utilisation:server',
    '--delta',
    '1%',
    '--constraint',
    'cycleTime<=20m±3m',
  ];

  it("names a constraint's figure in words in the table, and counts replications as whole numbers", async () => {
    const r = await select(...dropsSlowDesign);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/; \d+ replications used \(\d+ simulated\)\n/);
    const header = r.stdout.split('\n').find((l) => l.startsWith('design '));
    expect(header).toContain('mean cycle time (h)');
    expect(header).not.toContain('cycleTime');
  });

  it('with a constraint no design meets, exits 2 naming the constraint', async () => {
    const r = await select('--objective', 'cycleTime', '--delta', '0.05', '--constraint', 'throughput>=2000');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "opsim: --constraint 'throughputPerWeek >= 2000 (±40)': no design meets the constraints; every design was found infeasible\n",
    );
    expect(r.stdout).toContain('infeasible at replication 10: fails throughputPerWeek >= 2000 (±40)');
  });

  it('drops a design that fails a limit and picks the best of the rest', async () => {
    const r = await select(...dropsSlowDesign, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.procedure.name).toBe('AK');
    expect(report.designs.map((d: { status: string }) => d.status)).toEqual(['infeasible', 'selected', 'infeasible']);
    expect(report.designs[0].reason).toBe('infeasible at replication 10: fails cycleTime <= 0.333333h (±0.05h)');
  });

  it('between identical designs, takes the first when every comparison has closed and says they tied', async () => {
    const r = await select('--variants', 'same', '--objective', 'max:utilisation:server', '--delta', '1%', '--json');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ selected: 'base', tie: true });
    expect(report.designs[1]).toMatchObject({
      status: 'survivor',
      reason: 'tied with the selected design when every comparison had closed',
    });
  });

  it.each([
    [
      ['--delta', '1', '--objective', 'speed'],
      /^opsim: --objective: unknown figure "speed"; known figures: throughputPerWeek, cycleTime, /,
    ],
    [
      ['--delta', '1', '--objective', 'utilisation:server'],
      /^opsim: --objective: utilisation:server has no better direction; write min:utilisation:server or max:utilisation:server\n$/,
    ],
    [
      ['--delta', '1', '--constraint', 'speed<=3'],
      /^opsim: --constraint 'speed<=3': unknown figure "speed"; known figures: /,
    ],
    [
      ['--delta', '1', '--constraint', 'utilisation:*<=1', '--constraint', 'utilisation:server<=1'],
      /^opsim: --constraint 'utilisation:server<=1': utilisation:server is limited twice\n$/,
    ],
    [
      ['--delta', '1', '--constraint', 'cycleTimeP90<=two days'],
      /^opsim: --constraint 'cycleTimeP90<=two days': limit: cycleTimeP90 is in hours: expected a duration/,
    ],
    [
      ['--delta', '1', '--constraint', 'budgetUse:*<=lots'],
      /^opsim: --constraint 'budgetUse:\*<=lots': "budgetUse:\*" matches no figure of this model \(only an executive with a decision budget has a budget use\); known figures: .*escalationsPerWeek:boss, utilisation:server\n$/,
    ],
    [
      ['--delta', '1', '--constraint', 'utilisation:*<=lots'],
      /^opsim: --constraint 'utilisation:\*<=lots': limit: expected a number or a percentage for utilisation:server, got "lots"\n$/,
    ],
    [
      ['--delta', '1', '--constraint', 'nobody:*<=1'],
      /^opsim: --constraint 'nobody:\*<=1': "nobody:\*" matches no figure of this model/,
    ],
    [
      ['--delta', '0'],
      /^opsim: --delta: expected the smallest difference in cost per done item worth acting on, a number above 0, got "0"\n$/,
    ],
    [[], /^opsim: --delta: required; the smallest difference in cost per done item worth acting on/],
    [['--delta', '1', '--confidence', '1.5'], /^opsim: --confidence: expected a probability above 0.5 and below 1/],
    [['--delta', '1', '--variants', 'same', '--sweep', 'x'], /^opsim: select: give either --variants or a sweep/],
  ])('select %j exits 2 with a message naming the option', async (args, message) => {
    const r = await select(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });

  it('takes every headline key, such as the share of arrivals abandoned, and no calendar utilisation for an executive', async () => {
    const r = await select(
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--constraint',
      'abandonedShare<=2%',
      '--json',
    );
    expect(r.code).toBe(0);
    // A share's default tolerance is 2% of the limit, but at least 0.1 percentage points.
    expect(JSON.parse(r.stdout).constraints).toEqual([
      { key: 'abandonedShare', sense: '<=', limit: 0.02, tolerance: 0.001 },
    ]);
    const wide = await select(
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--constraint',
      'utilisation:server<=90%',
      '--json',
    );
    expect(JSON.parse(wide.stdout).constraints[0].tolerance).toBeCloseTo(0.018, 12);
    // So a share limited to 0 needs no tolerance written out.
    const zero = await select(
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--constraint',
      'abandonedShare<=0',
      '--json',
    );
    expect(zero.code).toBe(0);
    expect(JSON.parse(zero.stdout).constraints[0].tolerance).toBe(0.001);
    const exec = await select('--objective', 'cycleTime', '--delta', '0.05', '--constraint', 'utilisation:boss<=1');
    expect(exec.stderr).toMatch(
      /^opsim: --constraint 'utilisation:boss<=1': unknown figure "utilisation:boss"; known figures: .*escalationsPerWeek:boss, utilisation:server\n$/,
    );
  });

  it("ranks on one item type's cost per done item when the file has several types", async () => {
    const twoTypes = TINY_YAML.replace(
      'itemTypes:\n',
      'itemTypes:\n  rush:\n    arrivals: { poisson: 1/h }\n    entry: work\n    attributes:\n      risk: { dist: uniform, min: 0, max: 1 }\n',
    );
    const r = await runCli(['select', TINY_FILE, '--objective', 'costPerDone:rush', '--delta', '0.5', '--json'], {
      [TINY_FILE]: twoTypes,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).objective).toMatchObject({ key: 'costPerDone:rush' });
    const unknown = await runCli(['select', TINY_FILE, '--objective', 'costPerDone:nope', '--delta', '0.5'], {
      [TINY_FILE]: twoTypes,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown figure "costPerDone:nope"; known figures: .*costPerDone:job, costPerDone:rush/,
    );
  });

  it('gives the same bytes with 1 and 3 workers', async () => {
    const argv = [
      '--objective',
      'cycleTime',
      '--delta',
      '0.05',
      '--constraint',
      'cycleTimeP90<=2h',
      '--batch',
      '3',
      '--json',
    ];
    const one = await select(...argv, '--workers', '1');
    const three = await runCli(['select', TINY_FILE, ...argv, '--workers', '3'], files, {
      cpus: 3,
      spawnWorker: () => inProcessWorker(workerApi),
    });
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  it('chooses among the points of a sweep', async () => {
    const r = await select(
      '--param',
      'pools.server.capacity',
      '--values',
      '1,2,3',
      '--objective',
      'min:utilisation:server',
      '--delta',
      '1%',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).selected).toBe('pools.server.capacity=3');
  });
});
