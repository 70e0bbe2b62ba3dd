// Stage 1 of fitting: cases and their activity instances. A start paired with its completion gives
// an exact duration. A completion alone (many real logs, receipt.csv among them, record only
// completions) gets an estimated start: the later of the resource's previous completion (it could
// not start before it was free) and the case's previous completion (the work was not enabled
// before), the estimate Simod and Martin et al. (2016) use. A case's first activity has no previous
// completion to bound it, so its duration is unknown.

import { caseEventOrder, lifecycleCode, type EventLog } from '../model/eventLog.js';

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

const START = lifecycleCode('start');
const COMPLETE = lifecycleCode('complete');

export function activityInstances(log: EventLog): {
  cases: CaseView[];
  exact: number;
  estimated: number;
  unknown: number;
} {
  const { order, start } = caseEventOrder(log);
  const all: Instance[] = [];
  let withoutStart = 0;
  // The current case's starts not yet completed, oldest first (a completion takes the oldest of its
  // activity). Cases have a handful of events, so a scan beats a map per case.
  const openAct: number[] = [];
  const openMs: number[] = [];
  const cases: CaseView[] = new Array<CaseView>(log.cases.length);
  for (let c = 0; c < cases.length; c++) {
    openAct.length = 0;
    openMs.length = 0;
    const instances: Instance[] = [];
    for (let i = start[c]; i < start[c + 1]; i++) {
      const k = order[i];
      const a = log.act[k];
      if (log.life[k] === START) {
        openAct.push(a);
        openMs.push(log.ms[k]);
      } else if (log.life[k] === COMPLETE) {
        const j = openAct.indexOf(a);
        const s = j >= 0 ? openMs[j] : NaN;
        if (j >= 0) {
          openAct.splice(j, 1);
          openMs.splice(j, 1);
        } else withoutStart++;
        const inst: Instance = {
          caseIx: c,
          act: a,
          res: log.res[k],
          grp: log.grp[k],
          start: s,
          end: log.ms[k],
          how: j >= 0 ? 'exact' : 'unknown',
        };
        // In order of completion: the case's events are in time order.
        instances.push(inst);
        all.push(inst);
      }
    }
    const firstK = order[start[c]];
    const lastK = order[start[c + 1] - 1];
    cases[c] = {
      first: log.ms[firstK],
      last: log.ms[lastK],
      lastIsComplete: log.life[lastK] === COMPLETE,
      instances,
      openStart: openAct.length > 0 ? lastStartedOpen(log, order, start[c], start[c + 1], openAct) : -1,
    };
  }
  if (withoutStart === 0) return { cases, exact: all.length, estimated: 0, unknown: 0 };

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
  return { cases, exact, estimated, unknown };
}

/**
 * Of the activities a case started and did not complete, the one it first started last (the
 * activity the case is in when the log ends).
 */
function lastStartedOpen(log: EventLog, order: Int32Array, from: number, to: number, open: number[]): number {
  const seen = new Set<number>();
  let last = -1;
  for (let i = from; i < to; i++) {
    const k = order[i];
    const a = log.act[k];
    if (log.life[k] !== START || seen.has(a)) continue;
    seen.add(a);
    if (open.includes(a)) last = a;
  }
  return last;
}
