// With two item types the text of run, compare and sweep gives cost and outcomes per type, not only
// the blend; CSV holds the same tables.
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

// The tiny queue with a second type, a rush order that gives up after 10 minutes and costs 30 when lost.
const TWO_TYPES = TINY_YAML.replace(
  'itemTypes:\n',
  'itemTypes:\n  rush:\n    arrivals: { poisson: 1/h }\n    entry: work\n    patience: { dist: exponential, mean: 10m }\n    abandonCost: 30\n',
);
const files = { [TINY_FILE]: TWO_TYPES };

describe('per-item-type figures in the CLI', () => {
  it('run: cost by item type and cause, with lost work charged to the type that lost it', async () => {
    const r = await runCli(['run', TINY_FILE, '--replications', '2'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cost by item type (each type');
    expect(r.stdout).toMatch(/\nrush +[\d.,]+ ± [\d.,]+ +[\d.,]+ ± [\d.,]+/);
    expect(r.stdout).toContain('lost work');
    expect(r.stdout).toContain('Waits by item type (mean hours in queue per visit)');
    const report = JSON.parse((await runCli(['run', TINY_FILE, '--replications', '2', '--json'], files)).stdout);
    expect(report.cost.byType.rush.byCause.lostWork.mean).toBeGreaterThan(0);
    expect(report.cost.byType.job.byCause.lostWork.mean).toBe(0);
    expect(Object.keys(report.headline)).toEqual(expect.arrayContaining(['costPerDone:job', 'costPerDone:rush']));
  });

  it('compare: an item-type table per design and per-type cost differences', async () => {
    const r = await runCli(['compare', TINY_FILE, '--replications', '2', '--variants', 'extra-server'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Item types (mean ± 95% CI)');
    expect(r.stdout).toMatch(/\nrush +abandoned \(\/week\) /);
    expect(r.stdout).toMatch(/\nrush +cost per done item /);
    expect(r.stdout).toMatch(/\ncost per done item: rush +\S/);
    const csv = await runCli(['compare', TINY_FILE, '--replications', '2', '--csv'], files);
    expect(csv.stdout).toContain('# Item types (mean ± 95% CI)');
  });

  it('sweep: an item-type table per point, from the points byType', async () => {
    const r = await runCli(['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Item types per point (mean ± 95% CI; outcomes per week)');
    expect(r.stdout).toMatch(/\n1 +2 +rush +/);
    const report = JSON.parse(
      (await runCli(['sweep', TINY_FILE, '--sweep', 'capacity', '--replications', '2', '--json'], files)).stdout,
    );
    expect(Object.keys(report.points[0].byType)).toEqual(['job', 'rush']);
    expect(report.points[0].byType.rush.abandonedPerWeek.mean).toBeGreaterThan(0);
  });
});
