// readSelectionGoal is what the library's select and optimise read their goal with, and the library's
// callers may be plain JavaScript: an objective or constraints of the wrong type must be named through
// `fail` (an OpsimError in the library), never met with a TypeError from inside.
import { describe, expect, it } from 'vitest';
import { readSelectionGoal, type GoalFailure } from '../../../src/experiments/index.js';

const known = ['costPerDone', 'cycleTime', 'cycleTimeP90', 'throughputPerWeek'];

class Failed extends Error {
  constructor(
    readonly what: Parameters<GoalFailure>[0],
    message: string,
  ) {
    super(message);
  }
}
const fail: GoalFailure = (what, message) => {
  throw new Failed(what, message);
};

function failureOf(input: Record<string, unknown>): Failed {
  try {
    readSelectionGoal(input as Parameters<typeof readSelectionGoal>[0], known, fail);
  } catch (err) {
    if (err instanceof Failed) return err;
    throw err;
  }
  throw new Error('no failure');
}

describe('readSelectionGoal with values of the wrong type', () => {
  it('names constraints given as one string instead of a list', () => {
    const f = failureOf({ delta: 1, constraints: 'cycleTime<=1h' });
    expect(f.what).toEqual({ option: 'constraint', text: 'cycleTime<=1h', index: 0 });
    expect(f.message).toContain('expected a list of limits');
  });

  it('names a constraint that is not text, with its position', () => {
    const f = failureOf({ delta: 1, constraints: ['cycleTime<=1h', 48] });
    expect(f.what).toEqual({ option: 'constraint', text: '48', index: 1 });
    expect(f.message).toContain('expected a limit as text');
  });

  it('names an objective that is not text', () => {
    const f = failureOf({ delta: 1, objective: { key: 'cycleTime' } });
    expect(f.what).toEqual({ option: 'objective' });
  });

  it('reads a goal of the right types as before', () => {
    const goal = readSelectionGoal(
      { delta: '2h', objective: 'cycleTime', constraints: ['cycleTimeP90<=48h'] },
      known,
      fail,
    );
    expect(goal.objective).toEqual({ key: 'cycleTime', direction: 'min' });
    expect(goal.constraints.map((c) => c.key)).toEqual(['cycleTimeP90']);
    expect(goal.delta).toBe(2);
  });
});
