// A design's warnings in a few words, for the sentences of a decision summary: the warnings
// themselves are listed in full above the results, and a sentence that names a best design which
// cannot keep up says so without repeating them.
import type { Warning } from '../../src/experiments/index.js';
import { WARN } from '../../src/experiments/index.js';
import { formatPercent } from '../charts/format.js';

/** The kinds of a design's warnings in a few words each, in the order the warnings come. */
export function warningWords(warnings: readonly Warning[]): string {
  const words: Record<Warning['kind'], string> = {
    nothingDone: 'no item done in some replications',
    stepNeverServed: 'a step no one serves',
    poolSaturated: `a pool busy over ${formatPercent(WARN.poolUtilisation)} of its hours`,
    executiveOverBudget: `an executive over ${formatPercent(WARN.budgetUse)} of the decision budget`,
    workLost: `over ${formatPercent(WARN.lostShare)} of arrivals lost`,
    backlogGrowing: 'a backlog that grows',
  };
  const said = [...new Set(warnings.map((w) => words[w.kind]))];
  return said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`;
}
