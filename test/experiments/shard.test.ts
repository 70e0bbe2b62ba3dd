import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/core/model/model.js';
import { OPSIM_VERSION } from '../../src/core/version.js';
import { loadScenario } from '../../src/scenario/index.js';
import { replicate } from '../../src/experiments/replicate.js';
import { reportJson } from '../../src/experiments/reportJson.js';
import { mergeShards, runShard, ShardError, type ShardFile, type ShardTask } from '../../src/experiments/shard.js';
import { sha256Hex } from '../../src/experiments/sha256.js';
import { buildSweepReport, type SweepSlice, type SweepSpec } from '../../src/experiments/sweepReport.js';
import { createWorkerPool } from '../../src/worker/pool.js';
import { inProcessWorker } from '../../src/worker/inProcess.js';
import { workerApi } from '../../src/worker/api.js';
import { TINY_FILE, TINY_YAML } from './tinyScenario.js';

function model(text = TINY_YAML, variant?: string): Model {
  const r = loadScenario({ file: TINY_FILE, text }, { variant });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}
const executor = () => createWorkerPool({ size: 1, spawn: () => inProcessWorker(workerApi) });
const spec: SweepSpec = {
  scenario: 'Tiny',
  design: 'base',
  sweep: null,
  seed: '7',
  horizonHours: 336,
  warmup: { method: 'scenario', hours: 24, pilot: null },
  params: [{ path: 'pools.server.capacity', values: [1, 2, 3] }],
  objectives: [{ key: 'cycleTime', direction: 'min' }],
};
const task: ShardTask = { kind: 'sweep', spec, replications: 2 };
const models = () => [
  model(),
  model(TINY_YAML, 'extra-server'),
  model(TINY_YAML.replace('capacity: 1,', 'capacity: 3,')),
];
const shards = async (n: number, full = false, ms = models(), t = task) => {
  const out = [];
  for (let k = 1; k <= n; k++)
    out.push({
      name: `s${k}.json`,
      shard: JSON.parse(JSON.stringify(await runShard(t, ms, executor(), { k, n }, undefined, { full }))) as ShardFile,
    });
  return out;
};

describe('runShard and mergeShards', () => {
  it('a sweep merged from slim shards, from whole-run shards, or from a mix, is byte-identical to the single-machine report', async () => {
    const { runs } = await replicate(executor(), models(), '7', 0, 2);
    const whole = reportJson(buildSweepReport(spec, runs));
    const compact = await shards(4);
    const full = await shards(4, true);
    expect(compact[0].shard.keeps).toBe('sweep');
    expect(full[0].shard.keeps).toBe('runs');
    expect(JSON.stringify(compact).length * 2).toBeLessThan(JSON.stringify(full).length);
    expect(reportJson(mergeShards(compact))).toBe(whole);
    expect(reportJson(mergeShards([...full].reverse()))).toBe(whole);
    expect(reportJson(mergeShards([compact[0], full[1], compact[2], full[3]]))).toBe(whole);
  });

  it("a shard records opsim's version and fingerprints of the resolved scenario and of the options", async () => {
    const [s] = await shards(1);
    expect(s.shard).toMatchObject({
      format: 'opsim-shard/3',
      opsim: OPSIM_VERSION,
      assignment: 'strided',
      totalJobs: 6,
    });
    expect(s.shard.job.scenario).toMatch(/^[0-9a-f]{64}$/);
    expect(s.shard.job.options).toBe(sha256Hex(JSON.stringify(task)));
  });

  it('refuses shards of a scenario that differs in one number, naming both files', async () => {
    const a = await shards(2);
    const b = await shards(2, false, [
      model(),
      model(TINY_YAML, 'extra-server'),
      model(TINY_YAML.replace('capacity: 1,', 'capacity: 3,').replace('costPerTask: 2', 'costPerTask: 3')),
    ]);
    expect(() => mergeShards([a[0], { ...b[1], name: 'other.json' }])).toThrow(
      /^s1\.json and other\.json come from different jobs: the scenario differs \(resolved scenario fingerprint [0-9a-f]{12}… vs [0-9a-f]{12}…\)$/,
    );
  });

  it('refuses shards whose options differ, saying which', async () => {
    const a = await shards(2);
    const b = await shards(2, false, models(), { ...task, spec: { ...spec, seed: '8' } });
    expect(() => mergeShards([a[0], b[1]])).toThrow(
      's1.json and s2.json come from different jobs: the options differ (seed: "7" vs "8")',
    );
  });

  it('refuses a shard written by another version of opsim', async () => {
    const [a, b] = await shards(2);
    const older = { ...(b.shard as ShardFile), opsim: '0.0.9' };
    const { contentHash: _, ...body } = older;
    expect(() =>
      mergeShards([a, { name: 'old.json', shard: { ...body, contentHash: sha256Hex(JSON.stringify(body)) } }]),
    ).toThrow(`s1.json and old.json come from different jobs: written by opsim ${OPSIM_VERSION} and 0.0.9`);
  });

  it('refuses a shard whose results were edited after it was written', async () => {
    const [a, b] = await shards(2);
    const edited = JSON.parse(JSON.stringify(b.shard)) as ShardFile;
    (edited.results[0] as SweepSlice).headline.costPerOutcome *= 0.5;
    expect(() => mergeShards([a, { name: 's2.json', shard: edited }])).toThrow(ShardError);
    expect(() => mergeShards([a, { name: 's2.json', shard: edited }])).toThrow(
      's2.json: its contents do not match its contentHash (the file was edited or damaged); run shard 2/2 again',
    );
  });

  it('refuses a missing shard, a shard given twice and a file of the old format', async () => {
    const [a, b] = await shards(3);
    expect(() => mergeShards([a, b])).toThrow('missing shard 3/3');
    expect(() => mergeShards([a, { ...a, name: 'copy.json' }])).toThrow(
      'shard 1/3 given twice (s1.json and copy.json)',
    );
    expect(() => mergeShards([{ name: 'v1.json', shard: { format: 'opsim-shard/1' } }])).toThrow(
      /v1\.json: a shard of an older opsim/,
    );
    // Version 2's select shards kept no warning inputs, so their merge could not warn of the winner.
    expect(() => mergeShards([{ name: 'v2.json', shard: { format: 'opsim-shard/2' } }])).toThrow(
      /v2\.json: a shard of an older opsim \(format opsim-shard\/2, a select shard there lacks its runs' warning inputs\)/,
    );
  });
});
