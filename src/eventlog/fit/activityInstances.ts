// Stage 1 of fitting: cases and their activity instances. A start paired with its completion gives
// an exact duration. A completion alone (many real logs, receipt.csv among them, record only
// completions) gets an estimated start: the later of the resource's previous completion (it could
// not start before it was free) and the case's previous completion (the work was not enabled
// before), the estimate Simod and Martin et al. (2016) use. A case's first activity has no previous
// completion to bound it, so its duration is unknown.

import { eventsByCase, lifecycleCode, type EventLog } from '../model/eventLog.js';

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
  const byCase = eventsByCase(log);
  const all: Instance[] = [];
  const cases: CaseView[] = byCase.map((evs, c) => {
    const open = new Map<number, number[]>();
    const instances: Instance[] = [];
    for (const k of evs) {
      const a = log.act[k];
      if (log.life[k] === START) {
        if (!open.has(a)) open.set(a, []);
        open.get(a)!.push(log.ms[k]);
      } else if (log.life[k] === COMPLETE) {
        const starts = open.get(a);
        const s = starts !== undefined && starts.length > 0 ? starts.shift()! : NaN;
        const inst: Instance = {
          caseIx: c,
          act: a,
          res: log.res[k],
          grp: log.grp[k],
          start: s,
          end: log.ms[k],
          how: Number.isNaN(s) ? 'unknown' : 'exact',
        };
        instances.push(inst);
        all.push(inst);
      }
    }
    let openStart = -1;
    for (const [a, s] of open) if (s.length > 0) openStart = a;
    const lastK = evs[evs.length - 1];
    return {
      first: log.ms[evs[0]],
      last: log.ms[lastK],
      lastIsComplete: log.life[lastK] === COMPLETE,
      instances,
      openStart,
    };
  });

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
  for (const c of cases) c.instances.sort((x, y) => x.end - y.end);
  return { cases, exact, estimated, unknown };
}
