// The real municipal log (test/fixtures/event-logs/receipt.csv, see its README): the committed
// fitted scenario is exactly what the command in its header makes, every number carries its
// evidence, and the validation compares the held-out months.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runCli } from '../cli/memoryIo.js';

const LOG = 'test/fixtures/event-logs/receipt.csv';
const committed = readFileSync('scenarios/fitted/receipt.yaml', 'utf8');

describe('opsim fit receipt.csv', async () => {
  const command = /^# Made with: opsim (.*)$/m.exec(committed)![1].split(' ');
  const r = await runCli(command, { [LOG]: readFileSync(LOG) });

  test('the committed scenarios/fitted/receipt.yaml and its validation table are what the command in its header makes', () => {
    expect(r.code).toBe(0);
    expect(r.written['scenarios/fitted/receipt.yaml']).toBe(committed);
    expect(r.written['scenarios/fitted/receipt-validation.md']).toBe(
      readFileSync('scenarios/fitted/receipt-validation.md', 'utf8'),
    );
  });

  test('the fitted scenario loads and has a step per activity, a pool per org:group that serves one, and the work open at the end', () => {
    const loaded = loadScenario({ file: 'receipt.yaml', text: committed }, { readFile: () => '' });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.nodes.filter((n) => n.kind === 'step')).toHaveLength(27);
    // Ten org:groups, of which nine serve a step (Group 7's 2 events are under 5% of their activity,
    // so it has no pool), and the moment a case becomes known: every case's first event is
    // "Confirmation of receipt", with no start recorded, so it is served at its arrival, in no time
    // and no wait.
    expect(loaded.model.pools.map((p) => p.id).filter((id) => id !== 'case-arrival')).toHaveLength(9);
    const first = loaded.model.nodes.find((n) => n.id === 'confirmation-of-receipt');
    expect(first?.kind === 'step' && first.servers.map((s) => loaded.model.pools[s.pool].id)).toEqual(['case-arrival']);
    expect(loaded.model.pools.find((p) => p.id === 'case-arrival')).toMatchObject({ kind: 'agent', calendar: -1 });
    // Exactly so in a run: every case that arrives passes its first step at once, whatever the hour.
    const run = simulate(loaded.model, { seed: 1, replication: 0 });
    const step = run.steps['confirmation-of-receipt'];
    expect(step.arrivals).toBeGreaterThan(100);
    expect(step.started).toBe(step.arrivals);
    expect([step.wait.mean, step.wait.p95, step.timeInStep.mean, step.queueMean]).toEqual([0, 0, 0, 0]);
    // An activity two groups shared is served by both, the one that did most first.
    const t02 = loaded.model.nodes.find((n) => n.id === 't02-check-confirmation-of-receipt');
    expect(t02?.kind === 'step' && t02.servers.map((s) => loaded.model.pools[s.pool].id)).toEqual(['group-4', 'empty']);
    const shared = loaded.model.nodes.filter(
      (n) => n.kind === 'step' && new Set(n.servers.map((s) => s.pool)).size > 1,
    );
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(loaded.model.initialWip.length).toBeGreaterThan(0);
    expect(loaded.model.itemTypes[0].arrivals.kind).toBe('weekly');
  });

  test('cases done in one sitting and cases that take days are two kinds, each with its own durations and routing', () => {
    // The log's case durations: a hump at a few minutes and another at about a week (docs/event-logs.md).
    expect(committed).toMatch(
      /# Two kinds of case: .*\n.*Ashman's D 3\.\d+; they cross at\n {2}# \d+(\.\d+)?h\)\. \d+ closed cases took at most that \(median \d+(\.\d+)?m\), \d+ longer \(median \d+(\.\d+)?h\)/,
    );
    const loaded = loadScenario({ file: 'receipt.yaml', text: committed }, { readFile: () => '' });
    if (!loaded.ok) throw new Error('does not load');
    expect(loaded.model.itemTypes.map((t) => t.id).sort()).toEqual(['long-case', 'quick-case']);
    // T02 is checked by two groups, each with its own durations per kind of case.
    const t02 = /\n {2}t02-check-confirmation-of-receipt:.*\n[\s\S]*?\n {4}next:/.exec(committed)![0];
    const minutes = (d: string) => (d.endsWith('h') ? 60 * Number(d.slice(0, -1)) : Number(d.slice(0, -1)));
    const means = [...t02.matchAll(/ {12}(quick|long)-case: \{ dist: \w+, mean: ([\d.]+[mh])/g)].map((x) => ({
      kind: x[1],
      minutes: minutes(x[2]),
    }));
    expect(means.map((x) => x.kind)).toEqual(['quick', 'long', 'quick', 'long']);
    // A quick case's check takes minutes; a long case's, longer, at either group.
    for (const k of [0, 2]) {
      expect(means[k].minutes).toBeLessThan(10);
      expect(means[k + 1].minutes).toBeGreaterThan(3 * means[k].minutes);
    }
  });

  test('every number carries its evidence, and the estimated starts are said', () => {
    expect(committed).toContain('# Fitted by opsim fit from receipt.csv: 8,577 events, 1,434 cases');
    expect(committed).toMatch(
      /# Activity instances: 0 with a recorded start, \d+ with a start estimated as the later of the/,
    );
    const lines = committed.split('\n');
    lines.forEach((line, k) => {
      if (/^\s+headcount:/.test(line))
        expect(line).toMatch(/# most tasks in progress at once: \d+; distinct resources: \d+/);
      // A time per kind of case: each kind's distribution, then its evidence.
      if (/^\s+time:/.test(line)) expect(lines[k + 1]).toMatch(/^\s+(# \d+ durations|byType:)/);
      if (/^ {12}(quick|long)-case: /.test(line)) expect(lines[k + 1]).toMatch(/^ {12}# \d+ durations/);
      if (/^    next:/.test(line) && lines[k - 1] !== '    kind: gate')
        expect(lines[k + 1]).toMatch(/^    # directly followed by: /);
      if (/^\s+weekly:/.test(line)) expect(lines[k + 1]).toMatch(/# case starts per weekday/);
    });
    expect(
      committed.match(/# \d+ durations \(of \d+ instances in (quick|long)-case( by "[^"]+")?\), mean/g)!.length,
    ).toBeGreaterThan(20);
    expect(committed).toMatch(
      /too few for a fit of its own: the fit over all cases \(\d+ durations \(0 recorded, \d+ estimated\)/,
    );
    expect(committed.match(/# directly followed by: /g)).toHaveLength(27);
    expect(committed).toContain('KS D: exponential');
  });

  test('the validation is on the held-out months and covers arrivals, throughput, cycle time and each activity', () => {
    expect(r.stdout).toContain('Validation on the held-out part of the log, 2011-09-02 to 2012-01-23');
    for (const k of [
      'arrivals (/week)',
      'throughput (/week)',
      'cycle time mean (h)',
      'cycle time p50 (h)',
      'cycle time p90 (h)',
      'Confirmation of receipt (/week)',
    ])
      expect(r.stdout).toContain(k);
    expect(committed).toContain('# Validation on the held-out part of the log');
  });
});
