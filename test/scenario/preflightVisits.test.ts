// The pre-flight's count of service completions (src/scenario/preflight/visits.ts): it refuses a rework
// or routing loop that multiplies the work past limits.maxEvents before anything runs, naming where,
// and stays a lower bound: no model it lets through within a limit takes fewer events than it says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { estimateWork, formatIssue, loadScenario } from '../../src/scenario/index.js';
import { estimateVisits } from '../../src/scenario/preflight/visits.js';

const root = new URL('../../', import.meta.url).pathname;

/** The audit's runaway: every task errs, every check catches it, up to 1,000 rounds, 2,000 arrivals an hour. */
const RUNAWAY = `
opsim: 1
name: runaway rework
horizon: 4w
seed: 1
replications: 1
functions: [ops]
pools:
  bot: { kind: agent, capacity: 100000, errorRate: 1 }
itemTypes:
  job: { arrivals: { poisson: 2000/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: bot, time: { dist: exponential, mean: 1m } }]
    next: check
  check:
    kind: gate
    detect: 1
    rework: { to: work, maxRounds: 1000, exceeded: rejected }
    next: done
  done: { kind: exit, outcome: done }
  rejected: { kind: exit, outcome: rejected }
`;

const load = (text: string) => {
  const r = loadScenario({ file: 'x.yaml', text });
  return r.ok ? r : { ...r, issues: r.issues.map(formatIssue) };
};

describe('a loop that multiplies the work', () => {
  test('a rework loop past limits.maxEvents is refused at its rework rule, naming the step and what to change', () => {
    const t0 = performance.now();
    const r = load(RUNAWAY);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatch(
      /^x\.yaml:\d+: steps\.check\.rework: a run would take at least [\d,]+ events over the horizon of 672 h, more than limits\.maxEvents \(200,000,000\): each arrival is served [\d,]+ times at 'work' \([\d,]+ completions\), sent back by the rework of 'check' \(maxRounds 1000\)\. Lower the error rate .* rework\.maxRounds, shorten the horizon .* raise limits\.maxEvents/,
    );
  });

  test('fewer rounds, a lower error rate or a shorter horizon let it load', () => {
    expect(load(RUNAWAY.replace('maxRounds: 1000', 'maxRounds: 3')).ok).toBe(true);
    expect(load(RUNAWAY.replace('errorRate: 1 }', 'errorRate: 0.2 }')).ok).toBe(true);
    expect(load(RUNAWAY.replace('horizon: 4w', 'horizon: 1d')).ok).toBe(true);
  });

  test('a routing loop is named at the step whose route sends items back', () => {
    const loop = RUNAWAY.replace('errorRate: 1 }', 'errorRate: 0 }').replace(
      '    next: check\n',
      '    next: { split: [{ to: work, p: 0.999 }, { to: check, p: 0.001 }] }\n',
    );
    const r = load(loop);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatch(
      /steps\.work\.next: .*each arrival is served [\d,]+ times at 'work'.* round routing loops/,
    );
  });
});

/** With maxEvents set in `text` (a limits entry in the file is replaced). */
const withLimit = (text: string, maxEvents: number) =>
  /^limits: \{/m.test(text)
    ? text.replace(/^limits: \{/m, `limits: { maxEvents: ${maxEvents},`)
    : `${text}\nlimits: { maxEvents: ${maxEvents} }\n`;

/**
 * One run of `text`: each step's service completions against the bound's, and, with the limit set
 * to the run's own events (or the arrivals' estimate, if more: that part is not events alone), the
 * file still loads and runs: the completions counted never refuse a run that fits.
 */
function checkBound(text: string, file = 'x.yaml'): { bound: number; finished: number } {
  const options = { readFile: (p: string) => readFileSync(join(root, p)) };
  const once = text.replace(/^replications: .*$/m, 'replications: 1');
  const r = loadScenario({ file, text: once }, options);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  const finished = new Map<string, number>();
  const { events } = simulate(r.model, {
    seed: 1,
    replication: 0,
    monitor: (rec) => {
      if (rec.event === 'finish') finished.set(rec.node, (finished.get(rec.node) ?? 0) + 1);
    },
  });
  const bound = estimateVisits(r.model).steps;
  for (const s of bound) {
    const id = r.model.nodes[s.node].id;
    expect({ id, completions: Math.min(s.completions, finished.get(id) ?? 0) }).toEqual({
      id,
      completions: s.completions,
    });
  }
  const arrivals = estimateWork(r.model).reduce((sum, p) => sum + p.units, 0);
  const within = loadScenario({ file, text: withLimit(once, Math.max(events, Math.ceil(arrivals))) }, options);
  if (!within.ok) throw new Error(within.issues.map(formatIssue).join('\n'));
  expect(simulate(within.model, { seed: 1, replication: 0 }).events).toBe(events);
  return {
    bound: bound.reduce((sum, s) => sum + s.completions, 0),
    finished: [...finished.values()].reduce((sum, n) => sum + n, 0),
  };
}

describe('a lower bound', () => {
  test('the runaway loop, made small, takes more events than the bound and runs at a limit just above it', () => {
    const small = RUNAWAY.replace('horizon: 4w', 'horizon: 1d')
      .replace('2000/h', '200/h')
      .replace('maxRounds: 1000', 'maxRounds: 100');
    const { bound, finished } = checkBound(small);
    // Most of the work is counted: the bound is not trivially low.
    expect(bound).toBeGreaterThan(finished / 2);
  });

  test('routing loops, rework rules with conditions on rounds, and shared pools', () => {
    const conditional = RUNAWAY.replace('horizon: 4w', 'horizon: 1d')
      .replace('2000/h', '20/h')
      .replace('errorRate: 1 }', 'errorRate: 0.5 }')
      .replace(
        '    next: done\n  done',
        '    next: { when: [{ if: { reworkRounds: { lt: 3 } }, to: work }], otherwise: done }\n  done',
      );
    checkBound(conditional);
    const shared = RUNAWAY.replace('horizon: 4w', 'horizon: 1d')
      .replace('2000/h', '30/h')
      .replace('capacity: 100000', 'capacity: 3')
      .replace('errorRate: 1 }', 'errorRate: 0.3 }')
      .replace(
        'next: done\n  done',
        'next: second\n  second:\n    function: ops\n    serve: [{ pool: bot, time: 2m }]\n    next: { split: [{ to: second, p: 0.5 }, { to: done, p: 0.5 }] }\n  done',
      );
    checkBound(shared);
  });

  const dir = join(root, 'scenarios');
  const bundled = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('company'))
    .sort();
  test.each(bundled)(
    'scenarios/%s: each step completes at least the bound, and it runs at a limit of its own events',
    (f) => {
      checkBound(readFileSync(join(dir, f), 'utf8'), join('scenarios', f));
    },
  );
});
