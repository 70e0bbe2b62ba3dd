import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/scenario/index.js';
import { decisionSpace, designName, designPoints } from '../../src/experiments/index.js';
import { describe, expect, it } from 'vitest';
import { TANDEM_FILE, TANDEM_YAML } from '../experiments/optimise/tandemScenario.js';
import { reportPreamble } from '../../src/cli/render/reportTables.js';
import { runCli } from './memoryIo.js';

const files = { [TANDEM_FILE]: TANDEM_YAML };
const argv = [
  'optimise',
  TANDEM_FILE,
  '--objective',
  'decisionCost',
  '--constraint',
  'cycleTime<=0.8h±0.05h',
  '--delta',
  '10',
];

describe("opsim optimise on a tandem line (optimum known from Jackson's theorem)", () => {
  it('certifies all 9 staffing vectors and finds a = 3, b = 4, writing it as a variant to paste', async () => {
    const r = await runCli([...argv, '--json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      kind: 'optimise',
      method: 'exhaustive',
      designs: 9,
      rule: 'selected',
      best: { name: 'a=3, b=4', values: { a: 3, b: 4 }, decisionCost: 900 },
    });
    expect(report.variant).toBe(
      '  optimised:\n    description: "chosen by opsim optimise: min decisionCost, 95% confidence"\n    changes:\n' +
        '      - { op: set, path: pools.server-a.capacity, value: 3 }\n      - { op: set, path: pools.server-b.capacity, value: 4 }\n',
    );
    const infeasible = report.certification.designs
      .filter((d: { status: string }) => d.status === 'infeasible')
      .map((d: { name: string }) => d.name);
    expect(infeasible).toEqual(['a=2, b=3', 'a=2, b=4', 'a=2, b=5', 'a=3, b=3', 'a=4, b=3']);
  });

  it('screens with OCBA when the space is above --exhaustive and certifies the finalists on fresh replications', async () => {
    const r = await runCli([...argv, '--exhaustive', '4', '--finalists', '5', '--json'], files);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.method).toBe('screening');
    expect(report.best.values).toEqual({ a: 3, b: 4 });
    expect(report.finalists).toHaveLength(5);
    expect(report.certification.procedure.firstReplication).toBeGreaterThanOrEqual(5);
    expect(report.guarantee).toMatch(/covers the 5 finalists kept by screening/);
  });

  it('prints the winner as a variant after the tables', async () => {
    const r = await runCli(argv, files);
    expect(r.stdout).toContain('Selected: a=3, b=4');
    expect(r.stdout).toMatch(
      /Winning design as a variant \(paste under variants: in the scenario file\)\n {2}optimised:\n/,
    );
  });

  it('a decision with empty bounds exits 2 naming the field', async () => {
    const bad = TANDEM_YAML.replace('values: { from: 2, to: 4, step: 1 }', 'values: { from: 4, to: 2, step: 1 }');
    const r = await runCli(['optimise', 'bad.yaml', '--delta', '10'], { 'bad.yaml': bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'bad.yaml:32: decisions.a.values.to: the bounds are empty: expected to >= from (4), found 2\n',
    );
  });

  it('a decision on a path the file lacks exits 2 naming the field', async () => {
    const bad = TANDEM_YAML.replace('param: pools.server-b.capacity', 'param: pools.server-x.capacity');
    const r = await runCli(['optimise', 'bad.yaml', '--delta', '10'], { 'bad.yaml': bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/decisions\.b\.param: path "pools\.server-x\.capacity" does not exist in the scenario\n$/);
  });

  it('unknown objective, no decisions and --delta 0 exit 2 naming the option', async () => {
    expect((await runCli(['optimise', TANDEM_FILE, '--delta', '1', '--objective', 'speed'], files)).stderr).toMatch(
      /^opsim: --objective: unknown figure "speed"/,
    );
    expect(
      (await runCli(['optimise', TANDEM_FILE, '--delta', '0', '--objective', 'decisionCost'], files)).stderr,
    ).toMatch(/^opsim: --delta: expected the smallest difference in decision cost per week/);
    const none = TANDEM_YAML.slice(0, TANDEM_YAML.indexOf('decisions:'));
    const r = await runCli(['optimise', 'none.yaml', '--delta', '1'], { 'none.yaml': none });
    expect(r).toMatchObject({
      code: 2,
      stderr:
        'opsim: none.yaml: decisions: the file declares no decisions; add decisions: { <name>: { param, values } } (docs/scenario-format.md)\n',
    });
  });
});

describe('opsim optimise and select on Ctrl-C', () => {
  const interrupting = async (args: string[], atReplication: number) => {
    let interrupt = () => {};
    const { inProcessWorker } = await import('../../src/worker/inProcess.js');
    const { workerApi } = await import('../../src/worker/api.js');
    return runCli(args, files, {
      cpus: 2,
      onInterrupt: (h) => {
        interrupt = h;
        return () => {};
      },
      spawnWorker: () => {
        const w = inProcessWorker(workerApi);
        return {
          runJob: (job) => {
            if (job.replication === atReplication) interrupt();
            return w.runJob(job);
          },
          measureJob: w.measureJob,
          terminate: w.terminate,
        };
      },
    });
  };

  it('optimise stops during screening with the best design so far, as a variant, and exits 1', async () => {
    const r = await interrupting(
      [
        'optimise',
        TANDEM_FILE,
        '--objective',
        'cycleTime',
        '--delta',
        '0.01',
        '--exhaustive',
        '4',
        '--json',
        '--workers',
        '2',
      ],
      7,
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ rule: 'cancelled', certification: null });
    expect(report.variant).toContain('best so far of opsim optimise (cancelled; no guarantee)');
    // Screening keeps no warning inputs: the report says whether the leader keeps up is not known.
    expect(report.best.warnings).toBeNull();
    expect(report.guarantee).toMatch(/whether it keeps up .* is not known until it is run\.$/);
    expect(r.stderr).toMatch(/opsim: interrupted; best so far: .+ \(no guarantee\)\n$/);
  });

  it('select stops after the first stage with the leader so far and exits 1', async () => {
    const args = [
      'select',
      TANDEM_FILE,
      '--param',
      'pools.server-b.capacity',
      '--values',
      '5,6',
      '--objective',
      'cycleTime',
      '--delta',
      '0.0001',
      '--json',
      '--workers',
      '2',
    ];
    const r = await interrupting(args, 12);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ rule: 'cancelled', selected: 'pools.server-b.capacity=6' });
    expect(report.guarantee).toBe(
      'No guarantee: interrupted; pools.server-b.capacity=6 leads on the replications so far.',
    );
    expect(r.stderr).toBe('opsim: interrupted; pools.server-b.capacity=6 led when stopped (no guarantee)\n');
  });
});

describe("opsim optimise on the bundled support-vp.yaml, as README's example runs it", () => {
  it("selects the specialists' authority that keeps the VP within budget and the fewest specialists who keep up", async () => {
    const file = 'scenarios/company/support-vp.yaml';
    const r = await runCli(
      [
        'optimise',
        file,
        '--delta',
        '0.5',
        '--constraint',
        'budgetUse:vp-support<=1',
        '--constraint',
        'abandonedShare<=0.5%±0.25%',
        '--json',
      ],
      { [file]: readFileSync(file, 'utf8') },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      method: 'exhaustive',
      designs: 25,
      rule: 'selected',
      best: { values: { authority: 0.99, specialists: 3 } },
    });
    const status = (name: string) =>
      report.certification.designs.find((d: { name: string }) => d.name === name).status as string;
    // Below 0.99 the VP is over budget whatever the headcount; at 0.99 two specialists cannot keep up.
    expect(status('authority=0.98, specialists=6')).toBe('infeasible');
    expect(status('authority=0.99, specialists=2')).toBe('infeasible');
    // Three specialists are 93% busy: nothing to warn of.
    expect(report.best.warnings).toEqual([]);
  });

  it('names the overloaded winner a limit on the VP alone lets through, with its warnings under "Selected:"', async () => {
    // Without the limit on abandonment, two specialists win on cost per done item: 112 hours of
    // refunds a week on 80 paid hours, so the cost looks cheap while the backlog grows.
    const file = 'scenarios/company/support-vp.yaml';
    const args = ['optimise', file, '--delta', '0.5', '--constraint', 'budgetUse:*<=1'];
    const input = { [file]: readFileSync(file, 'utf8') };
    const json = await runCli([...args, '--json'], input);
    const report = JSON.parse(json.stdout);
    expect(report.best.name).toBe('authority=0.99, specialists=2');
    expect(report.best.warnings.map((w: { kind: string }) => w.kind)).toEqual(['poolSaturated', 'backlogGrowing']);
    expect(report.best.warnings[0].subjects).toEqual(['specialists']);
    const entry = report.certification.designs.find((d: { status: string }) => d.status === 'selected');
    expect(entry.warnings).toEqual(report.best.warnings);
    // The text as the CLI prints it, from the same report rather than a second optimisation.
    expect(reportPreamble(report)).toMatch(
      /\nSelected: authority=0\.99, specialists=2\n! Pool specialists is busy 1\d\d\.\d% of its available hours/,
    );
    // Under the warnings, the limit that asks for a design that keeps up; with it, the pick does.
    expect(reportPreamble(report)).toContain(
      "To choose among designs that keep up, add --constraint 'utilisation:specialists<=95%' to the\ncommand.",
    );
    const keepingUp = JSON.parse(
      (await runCli([...args, '--constraint', 'utilisation:specialists<=95%', '--json'], input)).stdout,
    );
    expect(keepingUp.best.name).toBe('authority=0.99, specialists=3');
    expect(keepingUp.best.warnings).toEqual([]);
    expect(reportPreamble(keepingUp)).not.toContain('To choose among designs that keep up');
  });
});

describe('opsim optimise --variant', () => {
  it('writes a winner that extends the variant searched, so that pasted it is the design certified', async () => {
    const text0 = TANDEM_YAML.replace(
      'decisions:',
      'variants:\n  faster-b:\n    changes:\n      - { op: set, path: steps.b.serve.0.time.mean, value: 15m }\ndecisions:',
    );
    const r = await runCli([...argv, '--variant', 'faster-b', '--json'], { [TANDEM_FILE]: text0 });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.design).toBe('faster-b');
    const text = await runCli([...argv, '--variant', 'faster-b'], { [TANDEM_FILE]: text0 });
    expect(text.stdout.split('\n')[0]).toBe('Tandem staffing — faster-b');
    expect(report.variant).toContain('    extends: [faster-b]\n');
    // The winner pasted under variants: is the model the certification ran.
    const pasted = text0.replace('decisions:', `${report.variant}decisions:`);
    const loaded = loadScenario({ file: TANDEM_FILE, text: pasted }, { variant: 'optimised' });
    const searched = loadScenario({ file: TANDEM_FILE, text: text0 }, { variant: 'faster-b' });
    if (!loaded.ok || !searched.ok) throw new Error('does not load');
    const space = decisionSpace(searched.doc, TANDEM_FILE);
    if (!('models' in space)) throw new Error('no space');
    const index = designPoints(space.decisions).findIndex((p) => designName(p) === report.best.name);
    expect(loaded.model).toEqual(space.models[index]);
    // Without --variant the report says so, and the winner extends nothing.
    const base = JSON.parse((await runCli([...argv, '--json'], files)).stdout);
    expect(base.design).toBe('base');
    expect(base.variant).not.toContain('extends');
  });
});
