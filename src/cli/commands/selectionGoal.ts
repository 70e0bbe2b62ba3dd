// What `select` and `optimise` are asked to achieve: an objective, limits on other figures, the
// difference worth acting on and the confidence, read from their shared options with one set of
// messages, so the two commands cannot drift apart in what they accept.
import {
  readConfidence,
  readConstraint,
  readDelta,
  readObjective,
  type SelectConstraint,
} from '../../experiments/index.js';
import { UsageError } from '../usageError.js';

/** The figure chosen on when --objective is not given: cost per done item, which dropping work cannot lower. */
export const DEFAULT_OBJECTIVE = 'costPerDone';

export interface SelectionGoalOptions {
  objective?: string;
  constraint?: string[];
  delta?: string;
  confidence?: string;
}

export function readSelectionGoal(opts: SelectionGoalOptions, known: readonly string[]) {
  const objective = readObjective(opts.objective ?? DEFAULT_OBJECTIVE, [...known]);
  if ('error' in objective) throw new UsageError(`--objective: ${objective.error}`);
  const constraints: SelectConstraint[] = [];
  for (const c of opts.constraint ?? []) {
    const read = readConstraint(c, [...known]);
    if ('error' in read) throw new UsageError(`--constraint '${c}': ${read.error}`);
    for (const one of read) {
      if (one.key === objective.key)
        throw new UsageError(`--constraint '${c}': ${one.key} is the objective; limit another figure`);
      if (constraints.some((x) => x.key === one.key))
        throw new UsageError(`--constraint '${c}': ${one.key} is limited twice`);
      constraints.push(one);
    }
  }
  if (opts.delta === undefined) {
    throw new UsageError(
      `--delta: required; the smallest difference in ${objective.key} worth acting on, in its unit (designs closer than this count as equally good)`,
    );
  }
  const delta = readDelta(opts.delta, objective.key);
  if ('error' in delta) throw new UsageError(`--delta: ${delta.error}`);
  const confidence = readConfidence(opts.confidence ?? '0.95');
  if ('error' in confidence) throw new UsageError(`--confidence: ${confidence.error}`);
  return { objective, constraints, delta, confidence };
}
