import { readFileSync } from 'node:fs';
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

  it('says when a point is dominated only by points that cannot keep up, and names one that can where there is one', async () => {
    // support-vp: two specialists are cheapest per done item because their backlog grows (warnings);
    // three at the higher authority keep up and are dominated only by such a point.
    const file = 'scenarios/company/support-vp.yaml';
    const grid = [
      'sweep',
      file,
      '--param',
      'pools.specialists.headcount',
      '--values',
      '2,3,4',
      '--param2',
      'steps.answer.next.thresholds.cuts.1',
      '--values2',
      '0.97,0.99',
      '--replications',
      '4',
    ];
    const yaml = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const json = JSON.parse((await runCli([...grid, '--json'], { [file]: yaml })).stdout);
    const text = (await runCli(grid, { [file]: yaml })).stdout;
    const warned = (i: number) => json.points[i].warnings.length > 0;
    for (const p of json.points.filter((q: { front: string }) => q.front === 'dominated')) {
      const shown = `dominated by ${p.dominatedBy}${warned(p.dominatedBy) ? ', which has warnings' : ''}`;
      expect(text).toMatch(new RegExp(`\\n${p.index} .* ${shown}\\n`));
    }
    // Four specialists at 0.99, the one point that raises no warning, is dominated only by points
    // that cannot keep up (two specialists, cheaper per done item while their backlog grows).
    expect(json.points[5].warnings).toEqual([]);
    expect(json.points[5].front).toBe('dominated');
    expect(warned(json.points[5].dominatedBy)).toBe(true);
    expect(text).toMatch(/\n5 .* dominated by \d, which has warnings\n/);
  }, 60_000);
});
