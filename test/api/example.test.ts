// examples/ is documentation that runs: each script is executed against the built package
// (`import ... from 'opsim'` resolves to this package through its own exports map).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('examples/compare-designs.mjs', () => {
  it("loads the company, compares two designs with the base and prints their cost per done item and an invalid file's issues", () => {
    const out = execFileSync('node', ['examples/compare-designs.mjs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Acme, agents with risk-graded gates: designs base, add-reviewers, human-run, /);
    expect(lines.filter((l) => / cost per done item \d+\.\d ± \d+\.\d$/.test(l)).map((l) => l.split(' ')[0])).toEqual([
      'base',
      'human-run',
      'review-everything',
    ]);
    expect(lines.some((l) => l.startsWith('- '))).toBe(true);
    expect(out).toMatch(/broken\.yaml has \d+ issues, the first at \w+/);
  }, 120_000);
});

describe('examples/choose-and-fit.mjs', () => {
  it("selects a headcount, optimises support-vp's decisions, reads a log, fits a scenario from it and checks the log for drift", () => {
    const out = execFileSync('node', ['examples/choose-and-fit.mjs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^select: pools\.servers\.capacity=\d \(selected, \d+ replications used\)$/);
    expect(lines[1]).toBe('optimise: authority=0.99, specialists=3 (selected, 25 combinations)');
    expect(lines[2]).toMatch(/^log: \d+ cases, \d+ events$/);
    expect(lines[3]).toMatch(/^fit: 2 steps, \d pools; scenario of \d+ lines$/);
    expect(lines[4]).toMatch(/^fit: \d+ of \d+ figures within their intervals$/);
    expect(lines[5]).toMatch(/^drift: \d+ windows; outside their intervals: /);
  }, 120_000);
});
