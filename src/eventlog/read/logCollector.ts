// What every reader shares: the checks on one event (case, activity, timestamp), the counts of
// what was skipped or repaired, and the columnar log they go into.

import type { EventLog } from '../model/eventLog.js';
import { caseEventOrder, EventLogBuilder, lifecycleName } from '../model/eventLog.js';
import { DAY_MS, daysFromCivil, formatIsoTime, parseIsoTime } from '../model/isoTime.js';
import { lifecycleOf } from '../model/logEvent.js';
import { LogReadError } from './logReadError.js';

const EARLIEST_MS = daysFromCivil(1900, 1, 1) * DAY_MS;
const LATEST_MS = daysFromCivil(3000, 1, 1) * DAY_MS;

export interface ReadLog {
  log: EventLog;
  /** One line per kind of repair or skip, with its count; empty when the log was clean. */
  warnings: string[];
}

export interface RawEvent {
  caseId: string | undefined;
  activity: string | undefined;
  timestamp: string | undefined;
  lifecycle?: string;
  resource?: string;
  group?: string;
  caseType?: string;
  /** Case-level attributes as read (CSV case:<name> columns, XES trace attributes, OCEL object attributes). */
  caseAttributes?: Record<string, string>;
}

export class LogCollector {
  private readonly b = new EventLogBuilder();
  private readonly lastMs = new Map<string, number>();
  private noCase = 0;
  private noActivity = 0;
  private noOffset = 0;
  private outOfOrder = 0;
  private otherLifecycle = 0;
  /** Per case attribute: whether any value was a number, and the values that were not (count, first place). */
  private readonly attributeText = new Map<string, { numeric: boolean; text: number; first: string }>();
  private firstNoCase = '';

  /** `where` names the row or element for messages ("row 17", "<event> 12 of trace case-3"). */
  add(r: RawEvent, where: string): void {
    if (r.caseId === undefined || r.caseId.trim() === '') {
      if (this.noCase++ === 0) this.firstNoCase = where;
      return;
    }
    if (r.activity === undefined || r.activity.trim() === '') {
      this.noActivity++;
      return;
    }
    if (r.timestamp === undefined || r.timestamp.trim() === '') {
      throw new LogReadError(
        `${where}: no timestamp (expected an ISO 8601 date-time such as 2011-10-11T13:45:40+02:00)`,
      );
    }
    const t = parseIsoTime(r.timestamp);
    if (t === null)
      throw new LogReadError(
        `${where}: timestamp "${r.timestamp.slice(0, 60)}" is not an ISO 8601 date-time (expected e.g. 2011-10-11T13:45:40+02:00)`,
      );
    // The dates a scenario can start on (its `start`); one event a thousand years off (a mistyped
    // year) would otherwise stretch the log's span, dividing every fitted arrival rate by it.
    if (!(t.ms >= EARLIEST_MS && t.ms < LATEST_MS))
      throw new LogReadError(
        `${where}: timestamp "${r.timestamp.slice(0, 60)}" is outside the years 1900 to 2999 that opsim reads (is the year mistyped?)`,
      );
    if (!t.hasOffset) this.noOffset++;
    const lifecycle = lifecycleOf(r.lifecycle);
    if (lifecycle === 'other') {
      this.otherLifecycle++;
      return;
    }
    const caseId = r.caseId.trim();
    const last = this.lastMs.get(caseId);
    if (last !== undefined && t.ms < last) this.outOfOrder++;
    else this.lastMs.set(caseId, t.ms);
    let caseAttributes: Record<string, number> | undefined;
    for (const name in r.caseAttributes) {
      const text = r.caseAttributes[name].trim();
      if (text === '') continue;
      const v = Number(text);
      let seen = this.attributeText.get(name);
      if (seen === undefined) this.attributeText.set(name, (seen = { numeric: false, text: 0, first: '' }));
      if (Number.isFinite(v)) {
        (caseAttributes ??= {})[name] = v;
        seen.numeric = true;
      } else if (seen.text++ === 0) seen.first = `${where}: ${name} = "${text.slice(0, 40)}"`;
    }
    this.b.add({
      caseId,
      caseAttributes,
      activity: r.activity.trim(),
      lifecycle,
      ms: t.ms,
      offsetMin: t.offsetMin,
      resource: r.resource?.trim() || undefined,
      group: r.group?.trim() || undefined,
      caseType: r.caseType?.trim() || undefined,
    });
  }

  finish(): ReadLog {
    const log = this.b.build();
    const w: string[] = [];
    if (this.noCase > 0) w.push(`${this.noCase} events without a case id were skipped (first at ${this.firstNoCase})`);
    if (this.noActivity > 0) w.push(`${this.noActivity} events without an activity name were skipped`);
    if (this.otherLifecycle > 0)
      w.push(
        `${this.otherLifecycle} events with a lifecycle transition other than schedule, start, complete, suspend or resume were skipped`,
      );
    // Only numeric case attributes are kept (opsim's item attributes are numbers). A text attribute
    // (a channel, a department) is not one and is passed over; a numeric one with stray text is warned of.
    for (const [name, seen] of this.attributeText)
      if (seen.numeric && seen.text > 0)
        w.push(
          `${seen.text} values of the case attribute ${name} were not numbers and were left out (first at ${seen.first})`,
        );
    if (this.noOffset > 0) w.push(`${this.noOffset} timestamps had no UTC offset and were read as UTC`);
    if (this.outOfOrder > 0)
      w.push(
        `${this.outOfOrder} events came before an earlier-listed event of their case; each case is sorted by time`,
      );
    if (log.n === 0) throw new LogReadError('the log holds no usable event (every row was skipped)');
    const repeats = repeatedEvents(log);
    if (repeats.count > 0) {
      const k = repeats.first;
      w.push(
        `${repeats.count} events repeat an earlier event of their case exactly (first at case "${log.cases[log.caseOf[k]]}": ` +
          `${log.activities[log.act[k]]} ${lifecycleName(log.life[k])} at ${formatIsoTime(log.ms[k], log.offsetMin[k])}); ` +
          'they are kept, and fit counts their work twice if the rows were written twice',
      );
    }
    return { log, warnings: w };
  }
}

/**
 * Events equal to an earlier event of their case in activity, lifecycle, timestamp, resource and
 * group, and the earliest-read of them. A repeat is looked for among the case's events at the same
 * instant only, which the case's time order puts together, so nothing is held per event beyond that
 * order. An opsim export repeats an event legitimately when a step of zero duration is reworked at
 * once (start, complete, start, complete in one instant), and so may a real log at a coarse clock:
 * a repeat counts only when no other transition of the same activity and resource lies between the
 * two. A row written twice, or a log pasted twice, has none between except for zero-duration work
 * (a schedule and a start in one instant have different resources: the queue has none). Repeats are kept,
 * not dropped, because of these legitimate ones.
 */
function repeatedEvents(log: EventLog): { count: number; first: number } {
  const { order } = caseEventOrder(log);
  const { caseOf, act, life, ms, res, grp } = log;
  let count = 0;
  let first = -1;
  let from = 0;
  for (let j = 1; j < order.length; j++) {
    const b = order[j];
    if (caseOf[b] !== caseOf[order[from]] || ms[b] !== ms[order[from]]) {
      from = j;
      continue;
    }
    for (let i = j - 1; i >= from; i--) {
      const a = order[i];
      if (act[a] !== act[b] || res[a] !== res[b] || grp[a] !== grp[b]) continue;
      if (life[a] !== life[b]) break;
      count++;
      if (first < 0 || b < first) first = b;
      break;
    }
  }
  return { count, first };
}
