import { CLASS_FORUM, EV_FORUM } from './eventOrder.js';
import { unbounded, type SimState } from './simState.js';
import { leaveNode } from './flow.js';
import { escalateOnEntry } from './escalations.js';
import { weekOf } from './poolAvailability.js';

/** Schedules each forum's first session. */
export function startForums(s: SimState): void {
  for (let n = 0; n < s.nN; n++) scheduleNextSession(s, n);
}

function scheduleNextSession(s: SimState, node: number): void {
  const sessions = s.forumSessions[node];
  if (sessions === null) return;
  const k = s.forumNextSession[node];
  if (k < sessions.length) {
    s.forumNextSession[node] = k + 1;
    s.eq.push(sessions[k], CLASS_FORUM, EV_FORUM, node);
  }
}

/** An item is held until the forum's next session. */
export function holdAtForum(s: SimState, item: number, node: number, t: number): void {
  s.items.enqT[item] = t;
  if (t >= s.warmup) s.stArrivals[node]++;
  escalateOnEntry(s, item, true, t);
  s.forumLine[node]!.push(item, 0, 0);
  s.stQueueTW[node].set(t, ++s.forumHeld[node]);
  if (s.monitor !== null) s.trace('hold', item, node);
}

/**
 * A session decides up to `perSession` of the items held when it opens, oldest first, each charging
 * `hoursPerDecision` of the chair's time (its cost, and its weekly budget, which a forum may overrun).
 */
export function holdSession(s: SimState, node: number, t: number): void {
  scheduleNextSession(s, node);
  const f = s.model.nodes[node];
  if (f.kind !== 'forum') return;
  const line = s.forumLine[node]!;
  const n = Math.min(unbounded(f.perSession), s.forumHeld[node]);
  const chair = f.chair;
  const inWindow = t >= s.warmup;
  for (let k = 0; k < n; k++) {
    const item = line.headItem();
    line.shift();
    s.stQueueTW[node].set(t, --s.forumHeld[node]);
    if (inWindow) {
      s.stWait[node].add(t - s.items.enqT[item]);
      s.stCompletions[node]++;
    }
    if (chair >= 0) {
      const h = f.hoursPerDecision;
      if (s.poolBudget[chair] > 0) {
        const week = weekOf(s, chair, t);
        if (week !== s.poolBudgetWeek[chair]) {
          s.poolBudgetWeek[chair] = week;
          s.poolBudgetUsed[chair] = 0;
        }
        s.poolBudgetUsed[chair] += h;
      }
      if (inWindow) {
        s.poolChairHours[chair] += h;
        s.poolChairFn[chair * (s.nF + 1) + (f.fn >= 0 ? f.fn : s.nF)] += h;
        s.execDecisions[chair]++;
        s.execDecisionWait[chair].add(t - s.items.enqT[item]);
      }
    }
    if (s.monitor !== null) s.trace('decide', item, node, chair);
    leaveNode(s, item, node);
  }
}
