import { describe, expect, it } from 'vitest';
import { designJobs } from '../../src/experiments/index.js';
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
