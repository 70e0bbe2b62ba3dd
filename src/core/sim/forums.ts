import { CLASS_FORUM, EV_FORUM } from './eventOrder.js';
import type { SimState } from './simState.js';
import { unbounded } from './stepTable.js';
import { leaveNode } from './flow.js';
import { escalateOnEntry } from './escalations.js';
import { weekOf } from './poolLimitTable.js';
import { keepBudgetAtWindowStart, renewBudget } from './poolAvailability.js';
import { recordChairHours } from './timelineCosts.js';
import { countWaitByType } from './stepService.js';

/** Schedules each forum's first session. */
export function startForums(s: SimState): void {
  for (let n = 0; n < s.nodes.count; n++) scheduleNextSession(s, n);
}

function scheduleNextSession(s: SimState, node: number): void {
  const forums = s.forums;
  const sessions = forums.sessions[node];
  if (sessions === null) return;
  const k = forums.nextSession[node];
  if (k < sessions.length) {
    forums.nextSession[node] = k + 1;
    s.eventQueue.push(sessions[k], CLASS_FORUM, EV_FORUM, node);
  }
}

/** An item is held until the forum's next session. */
export function holdAtForum(s: SimState, item: number, node: number, t: number): void {
  const forums = s.forums;
  const stepStats = s.stepStats;
  s.items.enqT[item] = t;
  if (t >= s.warmup) stepStats.arrivals[node]++;
  escalateOnEntry(s, item, true);
  forums.line[node]!.push(item, 0, 0);
  stepStats.forumHeld[node].set(t, ++forums.held[node]);
  if (s.monitor !== null) s.trace('hold', item, node);
}

/**
 * A session decides up to `perSession` of the items held when it opens, oldest first, each charging
 * `hoursPerDecision` of the chair's time (its cost, and its weekly budget, which a forum may overrun).
 */
export function holdSession(s: SimState, node: number, t: number): void {
  const poolLimits = s.poolLimits;
  const forums = s.forums;
  const stepStats = s.stepStats;
  const poolStats = s.poolStats;
  scheduleNextSession(s, node);
  const f = s.model.nodes[node];
  if (f.kind !== 'forum') return;
  const line = forums.line[node]!;
  const n = Math.min(unbounded(f.perSession), forums.held[node]);
  const chair = f.chair;
  const inWindow = t >= s.warmup;
  if (inWindow) stepStats.sessions[node]++;
  for (let k = 0; k < n; k++) {
    const item = line.headItem();
    line.shift();
    stepStats.forumHeld[node].set(t, --forums.held[node]);
    const wait = t - s.items.enqT[item];
    if (inWindow) {
      stepStats.wait[node].add(wait);
      stepStats.timeInStep[node].add(wait);
      if (stepStats.waitByTypeKept) countWaitByType(s, node, item);
      stepStats.completions[node]++;
    }
    s.cycleLedger.visit(item, node, wait, 0);
    if (chair >= 0) {
      const h = f.hoursPerDecision;
      if (poolLimits.budgetHoursPerWeek[chair] > 0) {
        const week = weekOf(poolLimits, chair, t);
        if (week !== poolLimits.budgetWeek[chair]) renewBudget(s, chair, week);
        else keepBudgetAtWindowStart(s, chair);
        poolLimits.budgetUsed[chair] += h;
      }
      if (inWindow) {
        const column = f.fn >= 0 ? f.fn : s.functionCount;
        poolStats.chairHours[chair] += h;
        poolStats.chairHoursByFunction[chair * (s.functionCount + 1) + column] += h;
        poolStats.busyHoursByType[chair * s.types.count + s.items.type[item]] += h;
        // Decisions are taken one after another from the session's start; a price change may fall among them.
        if (s.timeline.costVaries[chair] === 1 && h > 0)
          recordChairHours(s, chair, t, k, h, column, s.items.type[item]);
        poolStats.forumDecisions[chair]++;
        poolStats.decisionWait[chair].add(t - s.items.enqT[item]);
      }
    }
    if (s.monitor !== null) s.trace('decide', item, node, chair);
    leaveNode(s, item, node);
  }
}
