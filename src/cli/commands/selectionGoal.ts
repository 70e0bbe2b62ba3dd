// What `select` and `optimise` are asked to achieve, read from their shared flags by the library's one
// reader (src/api), with messages that name the flag, so the two commands cannot drift apart.
import { readSelectionGoal as readGoal, type SelectionGoal } from '../../api/flows.js';
import { UsageError } from '../usageError.js';

export interface SelectionGoalOptions {
  objective?: string;
  constraint?: string[];
  delta?: string;
  confidence?: string;
}

export function readSelectionGoal(opts: SelectionGoalOptions, known: readonly string[]): SelectionGoal {
  return readGoal(
    { objective: opts.objective, constraints: opts.constraint, delta: opts.delta, confidence: opts.confidence },
    known,
    (what, message) => {
      throw new UsageError(
        what.option === 'constraint' ? `--constraint '${what.text}': ${message}` : `--${what.option}: ${message}`,
      );
    },
  );
}
