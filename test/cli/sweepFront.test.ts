import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

const files = { [TINY_FILE]: TINY_YAML };
const argv = [
  'sweep',
  TINY_FILE,
  '--param',
  'pools.server.capacity',
  '--values',
  '1,2,3',
  '--objectives',
  'cost,cycle',
  '--replications',
  '5',
];

describe('opsim sweep: the Pareto front with confidence and paired differences', () => {
  it("the table shows each point's standing exactly as the JSON states it", async () => {
    const json = JSON.parse((await runCli([...argv, '--json'], files)).stdout);
    const text = (await runCli(argv, files)).stdout;
    expect(json.points.map((p: { front: string }) => p.front)).toEqual([
      'possibly optimal',
      'possibly optimal',
      'optimal',
    ]);
    for (const p of json.points) {
      const shown = p.front === 'dominated' ? `dominated by ${p.dominatedBy}` : p.front;
      expect(text).toMatch(new RegExp(`\\n${p.index} +${p.values['pools.server.capacity']} .* ${shown}\\n`));
    }
  });

  it('gives paired differences against the previous point and the best point of each objective', async () => {
    const json = JSON.parse((await runCli([...argv, '--json'], files)).stdout);
    expect(json.best).toEqual({ costPerDone: 0, cycleTime: 2 });
    expect(json.points[0].vsPrevious).toBeNull();
    const d = json.points[1].vsPrevious.cycleTime;
    expect(d.mean).toBeCloseTo(json.points[1].headline.cycleTime.mean - json.points[0].headline.cycleTime.mean, 12);
    expect(d.hi).toBeLessThan(0);
    expect(json.points[2].vsBest.cycleTime).toMatchObject({ mean: 0, half: 0 });
    const text = (await runCli(argv, files)).stdout;
    expect(text).toContain('Paired differences between points (common random numbers; mean ± 95% CI)');
  });
});
