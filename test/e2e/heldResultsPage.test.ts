// The page checks, before a run or comparison, that the results it keeps until the report fit its
// memory, as the CLI checks Node's heap; the page's own bundle has no engine, so the run of no
// length that gives a result's shape runs on its workers (here, the engine in this process).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { heldResultsExcess, resultBytes, resultFiguresBound, type Job } from '../../src/experiments/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { heldResultsProblem } from '../../web/run/heldResults.js';

const file = 'scenarios/company/ai-native.yaml';
const text = readFileSync(file, 'utf8');
const models = [undefined, 'human-run'].map((variant) => {
  const loaded = loadScenario({ file, text }, { variant });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.model;
});

describe('results the page keeps', () => {
  let shapesRun = 0;
  const runShapes = async (jobs: Job[]) => {
    shapesRun++;
    return jobs.map((j) => simulate(j.model, j));
  };

  test('a job the bound lets through runs nothing first', async () => {
    const before = shapesRun;
    const bound = heldResultsExcess(models.map(resultFiguresBound), 10, 0)!.bytes;
    expect(await heldResultsProblem(models, 10, bound, runShapes)).toBeNull();
    expect(shapesRun).toBe(before);
  });

  test('past the bound, the exact estimate decides, from runs of no length on the workers', async () => {
    const exact = (resultBytes(models[0]) + resultBytes(models[1])) * 100;
    const before = shapesRun;
    expect(await heldResultsProblem(models, 100, exact, runShapes)).toBeNull();
    expect(shapesRun).toBe(before + 1);
    const problem = await heldResultsProblem(models, 100, exact / 4, runShapes);
    expect(problem).toMatch(/^2 designs × 100 replications would keep about [\d.,]+ MB of results/);
    expect(problem).toContain('Use at most 25 replications, fewer designs, or the CLI');
  });

  test('a cancelled shape run stops nothing', async () => {
    expect(await heldResultsProblem(models, 100, 1, async () => null)).toBeNull();
  });
});
