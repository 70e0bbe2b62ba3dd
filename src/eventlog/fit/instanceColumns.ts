// Activity instances in columns: each completion paired with the oldest open start of its activity
// in its case, as recorded (no start estimated). The KPIs of drift and of fit's validation read
// these columns directly; fit's stages read them as objects (activityInstances.ts), which also
// estimates the starts a log did not record. A simulated quarter of the company has half a million
// instances: as objects, with the collection that follows, they were a quarter of a drift
// replication's measuring.

import { caseEventOrder, lifecycleCode, type EventLog } from '../model/eventLog.js';

/** Case c's instances are k = caseStart[c] .. caseStart[c + 1] - 1, in order of completion. */
export interface InstanceColumns {
  caseStart: Int32Array;
  act: Int32Array;
  res: Int32Array;
  grp: Int32Array;
  /** The recorded start, ms; NaN when the log has none for this completion. */
  start: Float64Array;
  end: Float64Array;
  /** Per case: its first and last event (ms), whether the last is a completion. */
  first: Float64Array;
  last: Float64Array;
  lastIsComplete: Uint8Array;
  /** Per case: an activity it started and did not complete by the log's end (the one it first started last), else -1. */
  openStart: Int32Array;
}

const START = lifecycleCode('start');
const COMPLETE = lifecycleCode('complete');

export function pairInstances(log: EventLog): InstanceColumns {
  const { order, start: eventStart } = caseEventOrder(log);
  const caseCount = log.cases.length;
  let completions = 0;
  for (let k = 0; k < log.n; k++) if (log.life[k] === COMPLETE) completions++;
  const cols: InstanceColumns = {
    caseStart: new Int32Array(caseCount + 1),
    act: new Int32Array(completions),
    res: new Int32Array(completions),
    grp: new Int32Array(completions),
    start: new Float64Array(completions),
    end: new Float64Array(completions),
    first: new Float64Array(caseCount),
    last: new Float64Array(caseCount),
    lastIsComplete: new Uint8Array(caseCount),
    openStart: new Int32Array(caseCount),
  };
  // The current case's starts not yet completed, oldest first (a completion takes the oldest of its
  // activity). Cases have a handful of events, so a scan beats a map per case.
  const openAct: number[] = [];
  const openMs: number[] = [];
  let n = 0;
  for (let c = 0; c < caseCount; c++) {
    cols.caseStart[c] = n;
    openAct.length = 0;
    openMs.length = 0;
    for (let i = eventStart[c]; i < eventStart[c + 1]; i++) {
      const k = order[i];
      const a = log.act[k];
      if (log.life[k] === START) {
        openAct.push(a);
        openMs.push(log.ms[k]);
      } else if (log.life[k] === COMPLETE) {
        const j = openAct.indexOf(a);
        cols.start[n] = j >= 0 ? openMs[j] : NaN;
        if (j >= 0) {
          // In place: splice would make an array of the removed element for every completion.
          for (let m = j + 1; m < openAct.length; m++) {
            openAct[m - 1] = openAct[m];
            openMs[m - 1] = openMs[m];
          }
          openAct.pop();
          openMs.pop();
        }
        cols.act[n] = a;
        cols.res[n] = log.res[k];
        cols.grp[n] = log.grp[k];
        cols.end[n] = log.ms[k];
        n++;
      }
    }
    const lastK = order[eventStart[c + 1] - 1];
    cols.first[c] = log.ms[order[eventStart[c]]];
    cols.last[c] = log.ms[lastK];
    cols.lastIsComplete[c] = log.life[lastK] === COMPLETE ? 1 : 0;
    cols.openStart[c] =
      openAct.length > 0 ? lastStartedOpen(log, order, eventStart[c], eventStart[c + 1], openAct) : -1;
  }
  cols.caseStart[caseCount] = n;
  return cols;
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

/** Per activity: how many of its instances were the last of their case (`last`), and how many there were (`all`). */
export function lastInstanceCounts(cols: InstanceColumns, nActs: number): { last: Float64Array; all: Float64Array } {
  const last = new Float64Array(nActs);
  const all = new Float64Array(nActs);
  for (let k = 0; k < cols.act.length; k++) all[cols.act[k]]++;
  for (let c = 0; c + 1 < cols.caseStart.length; c++)
    if (cols.caseStart[c + 1] > cols.caseStart[c]) last[cols.act[cols.caseStart[c + 1] - 1]]++;
  return { last, all };
}

/** P(end | last completed activity = a), counting every case as ended after its last completion. */
export function endShares(cols: InstanceColumns, nActs: number): Float64Array {
  const { last, all } = lastInstanceCounts(cols, nActs);
  return last.map((x, a) => (all[a] > 0 ? x / all[a] : 0));
}
