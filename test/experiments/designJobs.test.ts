import { describe, expect, it } from 'vitest';
import { designJobs, roundRobinJobs, splitByDesign, splitRoundRobin } from '../../src/experiments/index.js';
import { modelWithParams } from '../../src/scenario/index.js';
import { TINY_FILE, TINY_YAML } from './tinyScenario.js';

describe('designJobs(models, seed, from, to, keepSeries)', () => {
  const traced = (() => {
    const built = modelWithParams({ file: TINY_FILE, text: TINY_YAML }, null, []);
    if (!built.ok) throw new Error(built.issues.join('\n'));
    return { ...built.model, traceEvery: 6 };
  })();

  it('runs replications without the over-time trace unless asked, since reports never read it', () => {
    expect(designJobs([traced], '1', 0, 2).map((j) => j.model.traceEvery)).toEqual([0, 0]);
    expect(designJobs([traced], '1', 0, 2, true).map((j) => j.model.traceEvery)).toEqual([6, 6]);
  });
});

describe('roundRobinJobs(models, seed, from, to)', () => {
  const built = modelWithParams({ file: TINY_FILE, text: TINY_YAML }, null, []);
  if (!built.ok) throw new Error(built.issues.join('\n'));
  const a = { ...built.model, name: 'a' };
  const b = { ...built.model, name: 'b' };
  const c = { ...built.model, name: 'c' };

  it('runs replication r of every design before replication r + 1 of any', () => {
    expect(roundRobinJobs([a, b, c], '1', 2, 4).map((j) => `${j.model.name}${j.replication}`)).toEqual([
      'a2',
      'b2',
      'c2',
      'a3',
      'b3',
      'c3',
    ]);
  });

  it('holds the same jobs as designJobs, one model object per design, and splitRoundRobin undoes its order', () => {
    const key = (j: { model: { name: string }; replication: number }) => `${j.model.name}${j.replication}`;
    const jobs = roundRobinJobs([a, b, c], '1', 0, 3);
    expect(splitRoundRobin(jobs, 3).map((d) => d.map(key))).toEqual(
      splitByDesign(designJobs([a, b, c], '1', 0, 3), 3).map((d) => d.map(key)),
    );
    expect(new Set(jobs.map((j) => j.model)).size).toBe(3);
  });
});
