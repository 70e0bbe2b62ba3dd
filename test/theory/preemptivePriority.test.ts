import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { loadValidationModel, THEORY_SEED } from './theoryChecks.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../src/scenario/index.js';
import { compileText, expectLittlePerType, expectNear, replicate, windowHours } from '../support/index.js';
import { cobham, preemptiveResume } from './theory.js';

// urgent: 4/h, exponential mean 0.05 h; routine: 4/h, exponential mean 0.15 h; urgent interrupts routine.
const classes = [
  { lambda: 4, meanService: 0.05, cv: 1 },
  { lambda: 4, meanService: 0.15, cv: 1 },
];
const [urgent, routine] = preemptiveResume(classes);

describe('scenarios/validation/priority-preemptive-mm1.yaml (pre-emptive-resume priority M/M/1)', () => {
  const model = loadValidationModel('priority-preemptive-mm1');
  let runs: RunResult[];
  beforeAll(() => {
    runs = replicate(model, 20, THEORY_SEED);
  });

  it('the formula gives 0.0625 h (urgent alone: M/M/1 at 4/h, 20/h) and 0.8125 h', () => {
    expect(urgent.w).toBeCloseTo(1 / (20 - 4), 12);
    expect(routine.w).toBeCloseTo(0.8125, 12);
  });

  it('compiles the step as pre-emptive with resume, urgent ranked first', () => {
    const step = model.nodes.find((n) => n.id === 'queue');
    expect(step?.kind === 'step' && step.preempt).toBe('resume');
    expect(loadValidationModel('priority-preemptive-mm1', 'restart').nodes.find((n) => n.id === 'queue')).toMatchObject(
      { preempt: 'restart' },
    );
  });

  it('urgent jobs spend W = 0.0625 h in the system, as if routine work did not exist', () => {
    expectNear(
      runs.map((r) => r.byType.urgent.cycleTime.mean),
      { figure: 'W urgent', exact: urgent.w, relTol: 0.03 },
    );
  });

  it('routine jobs spend W = 0.8125 h in the system', () => {
    expectNear(
      runs.map((r) => r.byType.routine.cycleTime.mean),
      { figure: 'W routine', exact: routine.w, relTol: 0.1 },
    );
  });

  it('differs from the non-preemptive case where it should: urgent 0.0625 h against 0.175 h', () => {
    const [nonPreemptive] = cobham(classes);
    const mean = runs.reduce((sum, r) => sum + r.byType.urgent.cycleTime.mean, 0) / runs.length;
    expect(mean).toBeLessThan((urgent.w + nonPreemptive.w) / 2);
  });

  it('the server is busy rho = 0.8 of the time: an interrupted spell is counted once', () => {
    expectNear(
      runs.map((r) => r.pools.server.utilisation),
      { figure: 'utilisation', exact: 0.8, relTol: 0.02 },
    );
  });

  it('pre-emptions: lambda_urgent x rho_routine = 4 x 0.6 = 2.4 per hour (an urgent arrival sees a routine job in service with probability rho_routine, PASTA)', () => {
    expectNear(
      runs.map((r) => r.steps.queue.preemptions! / windowHours(r)),
      { figure: 'pre-emptions per hour', exact: 4 * 0.6, relTol: 0.03 },
    );
  });

  it("obeys Little's law per class", () => {
    expectLittlePerType(runs, ['urgent', 'routine'], 0.02);
  });

  it('restart with exponential service gives the same figures (a fresh draw is again exponential)', () => {
    const restarts = replicate(loadValidationModel('priority-preemptive-mm1', 'restart'), 20, THEORY_SEED);
    expectNear(
      restarts.map((r) => r.byType.urgent.cycleTime.mean),
      { figure: 'W urgent (restart)', exact: urgent.w, relTol: 0.03 },
    );
    expectNear(
      restarts.map((r) => r.byType.routine.cycleTime.mean),
      { figure: 'W routine (restart)', exact: routine.w, relTol: 0.1 },
    );
    expectNear(
      restarts.map((r) => r.pools.server.utilisation),
      { figure: 'utilisation (restart)', exact: 0.8, relTol: 0.02 },
    );
    expectNear(
      restarts.map((r) => r.steps.queue.preemptions! / windowHours(r)),
      { figure: 'pre-emptions per hour (restart)', exact: 4 * 0.6, relTol: 0.03 },
    );
  });
});

describe('docs/scenario-format.md, pre-emptive priority', () => {
  it("the documented queue is the validation file's, which runs", () => {
    const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((b) => b.includes('# pre-emptive'))!;
    const documented = (parseScenarioText(block.trim(), 'docs.yaml').doc as { queue: unknown }).queue;
    const file = fileURLToPath(new URL('../../scenarios/validation/priority-preemptive-mm1.yaml', import.meta.url));
    const text = readFileSync(file, 'utf8');
    const scenario = parseScenarioText(text, 'priority-preemptive-mm1.yaml').doc as {
      steps: { queue: { queue: unknown } };
    };
    expect(documented).toEqual(scenario.steps.queue.queue);
    expect(replicate(compileText(text), 1, THEORY_SEED)[0].totals.done).toBeGreaterThan(0);
  });
});
