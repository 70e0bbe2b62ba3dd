// The seed and replications options, checked the same way by every function of the library: a seed
// is a word or a finite number, never the String() of whatever was passed ("[object Object]"), and a
// wrong count names what was given as it was given (the string "3" is not the number 3). An executor
// of the wrong shape is named as the option it is.
import { describe, expect, it } from 'vitest';
import { compare, drift, fit, OpsimError, run, select, sweep } from '../../src/api/index.js';
import { runCli } from '../cli/memoryIo.js';
import { bundled, exportText } from '../eventlog/logSupport.js';

const mm1 = `
opsim: 1
name: Seeds
horizon: 2w
warmup: 1d
functions: [f]
pools:
  server: { kind: agent, capacity: 1 }
itemTypes:
  job: { arrivals: { poisson: 1/h }, entry: work }
steps:
  work: { function: f, serve: [{ pool: server, time: 30m }], next: done }
  done: { kind: exit, outcome: done }
variants:
  two: { changes: [{ op: set, path: pools.server.capacity, value: 2 }] }
`;

const fourWeeks = (t: string) => t.replace(/^horizon: .*$/m, 'horizon: 4w');
const base = bundled('scenarios/validation/rework-loop.yaml', fourWeeks);
const csv = exportText(base.model, 'csv', 'seeds');

async function issueOf(p: Promise<unknown>): Promise<{ path: string; message: string }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OpsimError);
  const { path, message, file } = (err as OpsimError).issues[0];
  expect(file).toBe('options');
  return { path, message };
}

describe('the seed option', () => {
  const wrong: unknown[] = [{}, [1, 2], null, Number.NaN, Infinity, '', '  ', true];

  it.each(wrong.map((s) => [typeof s === 'number' ? String(s) : JSON.stringify(s), s]))(
    'run, compare, select, fit and drift refuse seed %s with an OpsimError naming seed',
    async (_, seed) => {
      const options = { seed: seed as string, replications: 2 };
      for (const p of [
        run(mm1, options),
        compare(mm1, options),
        select(mm1, { seed: seed as string, delta: 1 }),
        fit(csv, options),
        drift(base.doc, csv, options),
      ])
        expect((await issueOf(p)).path).toBe('seed');
    },
  );

  it('shows an object given as a seed as JSON', async () => {
    expect((await issueOf(run(mm1, { seed: { n: 1 } as unknown as string }))).message).toBe(
      'expected a number or a word, got {"n":1}',
    );
  });

  it('takes a word or a number, as the report then says', async () => {
    expect((await run(mm1, { seed: 'pilot', replications: 1 })).seed).toBe('pilot');
    expect((await run(mm1, { seed: 7, replications: 1 })).seed).toBe('7');
  });
});

describe('the replications option', () => {
  it('names a string as a string', async () => {
    const { path, message } = await issueOf(run(mm1, { replications: '3' as unknown as number }));
    expect(path).toBe('replications');
    expect(message).toBe('expected a whole number >= 1, got "3"');
    expect((await issueOf(fit(csv, { replications: '3' as unknown as number }))).message).toContain('got "3"');
    expect((await issueOf(drift(base.doc, csv, { replications: 1 }))).message).toBe(
      'expected a whole number >= 2, got 1',
    );
  });
});

describe('opsim fit and opsim drift --seed', () => {
  it('refuse an empty seed before reading the log, as run and compare do (exit 2, naming --seed)', async () => {
    const fitted = await runCli(['fit', 'log.csv', '--out', 'fitted.yaml', '--seed', ''], { 'log.csv': csv });
    expect(fitted.code).toBe(2);
    expect(fitted.stderr).toContain('--seed: expected a number or a word, got nothing');
    const drifted = await runCli(['drift', 'base.yaml', '--observed', 'log.csv', '--seed', ' '], {
      'base.yaml': base.text,
      'log.csv': csv,
    });
    expect(drifted.code).toBe(2);
    expect(drifted.stderr).toContain('--seed: expected a number or a word, got nothing');
  });
});

describe('list options given as one value', () => {
  it('variants, objectives and params of the wrong type are OpsimErrors naming the option, not TypeErrors', async () => {
    const one = 'two' as unknown as string[];
    expect(await issueOf(compare(mm1, { variants: one, replications: 2 }))).toEqual({
      path: 'variants',
      message: 'expected a list such as ["human-run"], got "two"',
    });
    expect((await issueOf(compare(mm1, { variants: [2] as unknown as string[] }))).path).toBe('variants.0');
    expect((await issueOf(select(mm1, { variants: one, delta: 1 }))).path).toBe('variants');
    const params = [{ path: 'pools.server.capacity', values: [1, 2] }];
    expect((await issueOf(sweep(mm1, { params, objectives: 'cost' as unknown as string[] }))).path).toBe('objectives');
    expect((await issueOf(sweep(mm1, { params: params[0] as unknown as typeof params }))).path).toBe('params');
    const noValues = [{ path: 'pools.server.capacity', values: '1,2' }] as unknown as typeof params;
    expect((await issueOf(sweep(mm1, { params: noValues, replications: 1 }))).path).toBe('params.0');
  });
});

describe('the executor option', () => {
  it('of the wrong shape is an OpsimError naming the option, not a TypeError', async () => {
    const noRun = {} as unknown as NonNullable<Parameters<typeof run>[1]>['executor'];
    expect(await issueOf(run(mm1, { executor: noRun, replications: 1 }))).toEqual({
      path: 'executor',
      message: 'expected an object with a run(jobs, hooks) method, such as a worker pool, got {}',
    });
    const notObject = 'pool' as unknown as typeof noRun;
    expect((await issueOf(compare(mm1, { executor: notObject, replications: 1 }))).message).toContain('got "pool"');
    const badCancel = { run: async () => ({ results: [], cancelled: false }), cancel: true } as unknown as typeof noRun;
    expect((await issueOf(select(mm1, { executor: badCancel, delta: 1 }))).path).toBe('executor.cancel');
  });
});
