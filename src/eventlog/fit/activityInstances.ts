// Stage 1 of fitting: cases and their activity instances. A start paired with its completion gives
// an exact duration. A completion alone (many real logs, receipt.csv among them, record only
// completions) gets an estimated start: the later of the resource's previous completion (it could
// not start before it was free) and the case's previous completion (the work was not enabled
// before), the estimate Simod and Martin et al. (2016) use. A case's first activity has no previous
// completion to bound it, so its duration is unknown.

import type { EventLog } from '../model/eventLog.js';
import { pairInstances, type InstanceColumns } from './instanceColumns.js';

export interface Instance {
  caseIx: number;
  act: number;
  res: number;
  grp: number;
  start: number;
  end: number;
  /** 'exact' from a start event, 'estimated' as above, 'unknown' when nothing bounds the start. */
  how: 'exact' | 'estimated' | 'unknown';
}

export interface CaseView {
  /** The case's first event (its arrival), ms. */
  first: number;
  /** The case's last event, ms, and whether it was a completion. */
  last: number;
  lastIsComplete: boolean;
  /** Activity instances in order of completion. */
  instances: Instance[];
  /** An activity started and not completed when the log ends. */
  openStart: number;
}

export function activityInstances(log: EventLog): {
  cases: CaseView[];
  /** The same instances in columns, starts as recorded. */
  columns: InstanceColumns;
  exact: number;
  estimated: number;
  unknown: number;
} {
  const cols = pairInstances(log);
  const all: Instance[] = [];
  let withoutStart = 0;
  const cases: CaseView[] = new Array<CaseView>(log.cases.length);
  for (let c = 0; c < cases.length; c++) {
    const instances: Instance[] = [];
    for (let k = cols.caseStart[c]; k < cols.caseStart[c + 1]; k++) {
      const recorded = !Number.isNaN(cols.start[k]);
      if (!recorded) withoutStart++;
      const inst: Instance = {
        caseIx: c,
        act: cols.act[k],
        res: cols.res[k],
        grp: cols.grp[k],
        start: cols.start[k],
        end: cols.end[k],
        how: recorded ? 'exact' : 'unknown',
      };
      instances.push(inst);
      all.push(inst);
    }
    cases[c] = {
      first: cols.first[c],
      last: cols.last[c],
      lastIsComplete: cols.lastIsComplete[c] === 1,
      instances,
      openStart: cols.openStart[c],
    };
  }
  if (withoutStart === 0) return { cases, columns: cols, exact: all.length, estimated: 0, unknown: 0 };

  // Estimated starts need every completion in time order across cases (a resource's previous one).
  all.sort((x, y) => x.end - y.end);
  const resFree = new Map<number, number>();
  const caseDone = new Map<number, number>();
  let exact = 0;
  let estimated = 0;
  let unknown = 0;
  for (const inst of all) {
    if (inst.how === 'exact') exact++;
    else {
      const r = inst.res >= 0 ? resFree.get(inst.res) : undefined;
      const e = caseDone.get(inst.caseIx);
      const bound = Math.max(r ?? -Infinity, e ?? -Infinity);
      // Without the case's previous completion nothing says when the work became possible (the
      // first activity of a case): the resource's idle time before it is no evidence of its duration.
      if (e !== undefined && bound <= inst.end) {
        inst.start = bound;
        inst.how = 'estimated';
        estimated++;
      } else {
        inst.start = inst.end;
        unknown++;
      }
    }
    if (inst.res >= 0) resFree.set(inst.res, inst.end);
    caseDone.set(inst.caseIx, inst.end);
  }
  return { cases, columns: cols, exact, estimated, unknown };
}
