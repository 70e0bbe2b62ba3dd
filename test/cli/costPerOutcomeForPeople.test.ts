// Cost per outcome divides the cost by every item that left, lost ones included: a design that turns
// work away looks cheaper by it. The tables people read (text, Markdown, the page) leave it out;
// JSON and CSV, read by programs, keep every key.
import { describe, expect, it } from 'vitest';
import { TINY_FILE, TINY_YAML } from '../experiments/tinyScenario.js';
import { runCli } from './memoryIo.js';

// `impatient`: jobs give up after 6 minutes in the queue, so that many leave abandoned.
const yaml = TINY_YAML.replace(
  '  extra-server:\n',
  '  impatient:\n    changes:\n      - { op: set, path: itemTypes.job.patience, value: 6m }\n  extra-server:\n',
);
const files = { [TINY_FILE]: yaml };
const compare = ['compare', TINY_FILE, '--variants', 'impatient', '--replications', '4'];

describe('cost per outcome in the tables people read', () => {
  it('falls when a design drops work: why it is no figure to decide on', async () => {
    const r = await runCli([...compare, '--json'], files);
    expect(r.code).toBe(0);
    const [base, impatient] = JSON.parse(r.stdout).designs;
    expect(impatient.headline.abandonedShare.mean).toBeGreaterThan(0.2);
    expect(impatient.headline.costPerOutcome.mean).toBeLessThan(base.headline.costPerOutcome.mean);
    expect(impatient.headline.costPerDone.mean).toBeGreaterThan(impatient.headline.costPerOutcome.mean);
  });

  it('is left out of compare and run text and Markdown, rows and paired differences alike', async () => {
    for (const args of [compare, [...compare, '--md'], ['run', TINY_FILE, '--replications', '2']]) {
      const r = await runCli(args, files);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('cost per done item');
      expect(r.stdout).not.toContain('cost per outcome');
      expect(r.stdout).not.toMatch(/^per outcome /m); // the run's Cost table
    }
  });

  it('is kept in CSV and JSON', async () => {
    const csv = await runCli([...compare, '--csv'], files);
    expect(csv.stdout).toContain('cost per outcome');
    const run = await runCli(['run', TINY_FILE, '--replications', '2', '--csv'], files);
    expect(run.stdout).toContain('cost per outcome');
    expect(run.stdout).toMatch(/^per outcome,/m);
    const json = await runCli(['run', TINY_FILE, '--replications', '2', '--json'], files);
    expect(JSON.parse(json.stdout).headline.costPerOutcome.n).toBe(2);
  });
});
