import { readConfidence, readConstraint, readDelta, readObjective } from './readSelectionOptions.js';
import type { SelectConstraint } from './selectReport.js';

/** The figure chosen on when no objective is given: cost per done item, which dropping work cannot lower. */
export const DEFAULT_OBJECTIVE = 'costPerDone';

/** What `select` and `optimise` are asked to achieve, as typed (CLI options or the page's form). */
export interface SelectionGoalText {
  objective?: string;
  constraint?: string[];
  delta?: string;
  confidence?: string;
}

export interface SelectionGoal {
  objective: { key: string; direction: 'min' | 'max' };
  constraints: SelectConstraint[];
  delta: number;
  confidence: number;
}

/** What is wrong with a goal: the option (and the constraint's text) it is about, and why. */
export interface GoalProblem {
  option: 'objective' | 'constraint' | 'delta' | 'confidence';
  text?: string;
  message: string;
}

/**
 * readSelectionGoal(text, known keys): the goal, or the first problem with it. One set of rules and
 * messages for the CLI's select and optimise and the page's Select tab, so they cannot drift apart
 * in what they accept.
 */
export function readSelectionGoal(
  t: SelectionGoalText,
  known: readonly string[],
): SelectionGoal | { problem: GoalProblem } {
  const objective = readObjective(t.objective ?? DEFAULT_OBJECTIVE, known);
  if ('error' in objective) return { problem: { option: 'objective', message: objective.error } };
  const constraints: SelectConstraint[] = [];
  for (const c of t.constraint ?? []) {
    const problem = (message: string) => ({ problem: { option: 'constraint' as const, text: c, message } });
    const read = readConstraint(c, known);
    if ('error' in read) return problem(read.error);
    for (const one of read) {
      if (one.key === objective.key) return problem(`${one.key} is the objective; limit another figure`);
      if (constraints.some((x) => x.key === one.key)) return problem(`${one.key} is limited twice`);
      constraints.push(one);
    }
  }
  if (t.delta === undefined) {
    return {
      problem: {
        option: 'delta',
        message: `required; the smallest difference in ${objective.key} worth acting on, in its unit (designs closer than this count as equally good)`,
      },
    };
  }
  const delta = readDelta(t.delta, objective.key);
  if ('error' in delta) return { problem: { option: 'delta', message: delta.error } };
  const confidence = readConfidence(t.confidence ?? '0.95');
  if ('error' in confidence) return { problem: { option: 'confidence', message: confidence.error } };
  return { objective, constraints, delta: delta.value, confidence: confidence.value };
}
