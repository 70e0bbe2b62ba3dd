// What `select` and `optimise` are asked to achieve: an objective, limits on other figures, the
// difference worth acting on and the confidence. Read once here for the library, the CLI and the
// page's Select tab, each naming a bad value in its own words (an option path, a command-line flag,
// a field of the form) through `fail`.
import { readConfidence, readConstraint, readDelta, readObjective } from './readSelectionOptions.js';
import type { SelectConstraint } from './selectReport.js';
import { selectionInfo } from './selectionMetrics.js';

/** The figure chosen on when no objective is given: cost per done item, which dropping work cannot lower. */
export const DEFAULT_OBJECTIVE = 'costPerDone';

export interface SelectionGoalInput {
  /** The figure to rank on, `[min:|max:]<key>` (default `costPerDone`). */
  objective?: string;
  /** Limits on other figures, such as `'cycleTimeP90<=48h'` or `'budgetUse:*<=1'`. */
  constraints?: readonly string[];
  /** The indifference zone, in the objective's unit: a number or text such as `'2h'` or `'1%'`. Required. */
  delta?: string | number;
  /** Probability of a correct selection, above 0.5 and below 1 (default 0.95). */
  confidence?: string | number;
}

export interface SelectionGoal {
  objective: { key: string; direction: 'min' | 'max' };
  constraints: SelectConstraint[];
  delta: number;
  confidence: number;
}

/** Which input was wrong: its name, and for a constraint its text and position. */
export type GoalFailure = (
  what: { option: 'objective' | 'delta' | 'confidence' } | { option: 'constraint'; text: string; index: number },
  message: string,
) => never;

/** readSelectionGoal(input, known figure keys, fail): the goal checked, or fail called with the first problem. */
export function readSelectionGoal(
  input: SelectionGoalInput,
  known: readonly string[],
  fail: GoalFailure,
): SelectionGoal {
  // The library's callers may be plain JavaScript: a wrong type is named, not met with a TypeError.
  if (input.objective !== undefined && typeof input.objective !== 'string')
    fail(
      { option: 'objective' },
      `expected text such as "costPerDone" or "max:throughputPerWeek", got ${String(input.objective)}`,
    );
  const objective = readObjective(input.objective ?? DEFAULT_OBJECTIVE, [...known]);
  if ('error' in objective) fail({ option: 'objective' }, objective.error);
  const constraints: SelectConstraint[] = [];
  const limits: readonly unknown[] = input.constraints ?? [];
  if (!Array.isArray(limits))
    fail(
      { option: 'constraint', text: String(limits), index: 0 },
      'expected a list of limits, such as ["cycleTimeP90<=48h"], not one limit on its own',
    );
  for (const [index, text] of limits.entries()) {
    if (typeof text !== 'string')
      fail(
        { option: 'constraint', text: String(text), index },
        'expected a limit as text, such as "cycleTimeP90<=48h"',
      );
    const where = { option: 'constraint' as const, text, index };
    const read = readConstraint(text, [...known]);
    if ('error' in read) fail(where, read.error);
    for (const one of read) {
      if (one.key === objective.key) fail(where, `${one.key} is the objective; limit another figure`);
      if (constraints.some((x) => x.key === one.key)) fail(where, `${one.key} is limited twice`);
      constraints.push(one);
    }
  }
  if (input.delta === undefined)
    fail(
      { option: 'delta' },
      `required; the smallest difference in ${selectionInfo(objective.key).label} worth acting on, in its unit (designs closer than this count as equally good)`,
    );
  const delta = readDelta(String(input.delta), objective.key);
  if ('error' in delta) fail({ option: 'delta' }, delta.error);
  const confidence = readConfidence(String(input.confidence ?? '0.95'));
  if ('error' in confidence) fail({ option: 'confidence' }, confidence.error);
  return { objective, constraints, delta: delta.value, confidence: confidence.value };
}
