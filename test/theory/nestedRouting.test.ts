import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../src/scenario/index.js';
import { compileText, expectNear, replicate } from '../support/index.js';

// deals 2/h, tickets 6/h, risk ~ uniform(0, 1); see the file's header for the tree. Each exit takes one
// type only, so its share is taken of that type's arrivals (the type mix's own noise left out).
const shares: Record<string, { type: 'deal' | 'ticket'; share: number }> = {
  'sales-desk': { type: 'deal', share: 0.7 },
  legal: { type: 'deal', share: 0.3 * 0.5 },
  coo: { type: 'deal', share: 0.3 * 0.5 },
  auto: { type: 'ticket', share: 0.9 * 0.8 },
  review: { type: 'ticket', share: 0.1 + 0.9 * 0.2 },
};

describe('scenarios/validation/nested-routing.yaml (rules nested in a branch and in otherwise)', () => {
  const model = loadValidationModel('nested-routing');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 30, THEORY_SEED);
  });

  it('compiles the nested rules into one route tree on the gate', () => {
    const gate = model.nodes.find((n) => n.id === 'gate')!;
    const id = (name: string) => model.nodes.findIndex((n) => n.id === name);
    expect(gate.next).toEqual({
      kind: 'conditional',
      branches: [
        {
          when: { kind: 'type', types: [model.itemTypes.findIndex((t) => t.id === 'deal')] },
          to: {
            kind: 'thresholds',
            attr: 0,
            cuts: [0.7],
            to: [
              id('sales-desk'),
              {
                kind: 'probabilistic',
                branches: [
                  { to: id('coo'), p: 0.5 },
                  { to: id('legal'), p: 0.5 },
                ],
              },
            ],
          },
        },
      ],
      otherwise: {
        kind: 'conditional',
        branches: [{ when: { kind: 'attr', attr: 0, op: 'gte', value: 0.9 }, to: id('review') }],
        otherwise: {
          kind: 'probabilistic',
          branches: [
            { to: id('auto'), p: 0.8 },
            { to: id('review'), p: 0.2 },
          ],
        },
      },
    });
  });

  for (const [exit, { type, share }] of Object.entries(shares)) {
    it(`sends ${share.toFixed(2)} of the ${type}s to ${exit}`, () => {
      expectNear(
        runs.map((r) => r.steps[exit].arrivals / r.byType[type].arrived),
        { figure: `share of ${type}s to ${exit}`, exact: share, relTol: 0.03 },
      );
    });
  }

  it('variant split-first (a rule nested in a random split) gives the tickets the same shares', () => {
    const split = replicate(loadValidationModel('nested-routing', 'split-first'), 30, THEORY_SEED);
    for (const exit of ['auto', 'review']) {
      expectNear(
        split.map((r) => r.steps[exit].arrivals / r.byType.ticket.arrived),
        { figure: `split-first: share of tickets to ${exit}`, exact: shares[exit].share, relTol: 0.03 },
      );
    }
  });

  it('loses no item between the gate and the exits', () => {
    for (const r of runs) {
      const out = Object.keys(shares).reduce((sum, exit) => sum + r.steps[exit].arrivals, 0);
      expect(out).toBe(r.steps.gate.arrivals);
    }
  });
});

describe('docs/scenario-format.md, nested routing', () => {
  it("the documented rule is the validation file's gate, and runs", () => {
    const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('# nested:'))!;
    const documented = (parseScenarioText(block, 'docs.yaml').doc as { next: unknown }).next;
    const file = fileURLToPath(new URL('../../scenarios/validation/nested-routing.yaml', import.meta.url));
    const scenario = parseScenarioText(readFileSync(file, 'utf8'), 'nested-routing.yaml').doc as {
      steps: { gate: { next: unknown } };
    };
    expect(documented).toEqual(scenario.steps.gate.next);
    const run = replicate(compileText(readFileSync(file, 'utf8')), 1, THEORY_SEED)[0];
    expect(run.totals.done).toBe(run.totals.arrived);
  });
});
