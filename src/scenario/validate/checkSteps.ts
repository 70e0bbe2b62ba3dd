// Checks of the nodes in `steps`: routes, servers and service times, queues, SLAs, rework, forum schedules.

import { shorten } from '../units/shorten.js';
import { arr, Checks, isRec, rec, str, type Rec } from './checks.js';
import { checkDist, checkDuration } from './checkUnits.js';
import { checkCondition } from './checkCondition.js';
import { checkErrorRate } from './checkErrorRate.js';
import { reachableFrom } from './checkGraph.js';
import { MAX_ROUTE_DEPTH, routeTargets } from './routeTargets.js';
import { readClock } from '../units/clock.js';
import { readWorkingLimit } from '../units/workingTime.js';
import { slaCalendar } from '../units/slaCalendar.js';
import { NAMED_MONTH_DAYS } from '../units/date.js';
import { describeValue } from '../units/describeValue.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Item types whose items may visit each node: from their entry, and from initial work in progress. */
function typesByNode(doc: Rec): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visit = (type: string, from: string): void => {
    for (const n of reachableFrom(doc, from)) {
      if (!out.has(n)) out.set(n, new Set());
      out.get(n)!.add(type);
    }
  };
  for (const [id, t] of Object.entries(rec(doc.itemTypes)))
    if (typeof rec(t).entry === 'string') visit(id, rec(t).entry as string);
  for (const w of arr(doc.initialWip)) {
    const [type, step] = [str(rec(w).type), str(rec(w).step)];
    if (type !== undefined && step !== undefined) visit(type, step);
  }
  return out;
}

function checkServiceTime(c: Checks, path: string, value: unknown): void {
  if (value === undefined) return;
  if (isByType(value)) {
    for (const [t, d] of Object.entries(rec(value.byType))) {
      if (t !== 'default') c.ref(`${path}.byType.${t}`, t, 'types', 'item type');
      checkDist(c, `${path}.byType.${t}`, d, 'duration');
    }
    checkDist(c, `${path}.default`, value.default, 'duration');
    if (value.default !== undefined && 'default' in rec(value.byType))
      c.add(`${path}.default`, 'give the default time once: as default or as byType.default');
  } else checkDist(c, path, value, 'duration');
}

/** A per-type service time: { byType: {...}, default: ... } (byType.default is accepted as the default too). */
const isByType = (x: unknown): x is Rec => isRec(x) && !('dist' in x) && ('byType' in x || 'default' in x);

/** Does a service time cover item type `t`? */
function covers(time: unknown, t: string): boolean {
  if (time === undefined) return false;
  if (isByType(time))
    return Object.hasOwn(rec(time.byType), t) || 'default' in rec(time.byType) || time.default !== undefined;
  return true;
}

/** A random split's probabilities sum to 1 (within 1e-9); values that are not numbers are reported elsewhere. */
function checkSum(c: Checks, path: string, values: unknown[]): void {
  const sum = values.filter((p): p is number => typeof p === 'number').reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9)
    c.add(path, `expected probabilities summing to 1, found a sum of ${+sum.toPrecision(12)}`);
}

function checkRoute(c: Checks, path: string, next: unknown): void {
  for (const e of routeTargets(path, next)) c.ref(e.path, e.to, 'steps', 'step');
  checkRule(c, path, next, 1);
}

/** One routing rule's own checks (probabilities, conditions, cuts), then those of the rules nested in it. */
function checkRule(c: Checks, path: string, next: unknown, depth: number): void {
  if (!isRec(next)) return;
  if (depth > MAX_ROUTE_DEPTH) {
    c.add(path, `routing rules nest at most ${MAX_ROUTE_DEPTH} deep; give this branch a step id, or route from a gate`);
    return;
  }
  if (Array.isArray(next.split)) {
    checkSum(
      c,
      `${path}.split`,
      next.split.map((b) => rec(b).p),
    );
    next.split.forEach((b, i) => checkRule(c, `${path}.split.${i}.to`, rec(b).to, depth + 1));
  }
  if (Array.isArray(next.when)) {
    next.when.forEach((b, i) => checkRule(c, `${path}.when.${i}.to`, rec(b).to, depth + 1));
    checkRule(c, `${path}.otherwise`, next.otherwise, depth + 1);
  }
  if (isRec(next.thresholds))
    arr(next.thresholds.to).forEach((to, i) => checkRule(c, `${path}.thresholds.to.${i}`, to, depth + 1));
  if (isRec(next.p)) checkSum(c, `${path}.p`, Object.values(next.p));
  if (Array.isArray(next.when)) next.when.forEach((b, i) => checkCondition(c, `${path}.when.${i}.if`, rec(b).if));
  if (isRec(next.thresholds)) {
    const th = next.thresholds;
    c.ref(`${path}.thresholds.attr`, th.attr, 'attributes', 'attribute');
    const cuts = arr(th.cuts);
    for (let i = 1; i < cuts.length; i++) {
      if (
        typeof cuts[i] === 'number' &&
        typeof cuts[i - 1] === 'number' &&
        !((cuts[i] as number) > (cuts[i - 1] as number))
      ) {
        c.add(
          `${path}.thresholds.cuts.${i}`,
          `expected cuts in strictly ascending order, found ${cuts[i]} after ${cuts[i - 1]}`,
        );
      }
    }
    const to = arr(th.to);
    if (Array.isArray(th.cuts) && Array.isArray(th.to) && to.length !== cuts.length + 1) {
      c.add(
        `${path}.thresholds.to`,
        `expected ${cuts.length + 1} targets (one more than the ${cuts.length} cuts), found ${to.length}`,
      );
    }
  }
}

export function checkSteps(c: Checks): void {
  const steps = rec(c.doc.steps);
  const pools = rec(c.doc.pools);
  const visitors = typesByNode(c.doc);
  const poolsWithSkill = (skill: string): string[] =>
    Object.keys(pools)
      .filter((p) => arr(rec(pools[p]).skills).includes(skill))
      .sort();
  for (const [id, node] of Object.entries(steps)) {
    const n = rec(node);
    const path = `steps.${id}`;
    const kind = n.kind ?? 'step';
    if (kind === 'exit') continue;
    if (n.function !== undefined) c.ref(`${path}.function`, n.function, 'functions', 'function');
    checkRoute(c, `${path}.next`, n.next);
    const rw = rec(n.rework);
    if (isRec(n.rework)) {
      c.ref(`${path}.rework.to`, rw.to, 'steps', 'step');
      c.ref(`${path}.rework.exceeded`, rw.exceeded, 'steps', 'step');
    } else if (n.detect !== undefined) {
      c.add(`${path}.detect`, 'detect needs a rework route: add rework: { to: STEP, maxRounds: N, exceeded: STEP }');
    }
    if (kind === 'forum') {
      checkSchedule(c, `${path}.schedule`, n.schedule);
      if (
        n.chair !== undefined &&
        c.ref(`${path}.chair`, n.chair, 'pools', 'pool') &&
        rec(pools[n.chair as string]).kind !== 'executive'
      ) {
        const kind = rec(pools[n.chair as string]).kind;
        const found = typeof kind === 'string' ? `the ${shorten(kind, 20)} pool` : 'the pool';
        c.add(`${path}.chair`, `expected an executive pool as chair, found ${found} "${String(n.chair)}"`);
      }
      if (n.hoursPerDecision !== undefined && n.chair === undefined)
        c.add(`${path}.hoursPerDecision`, 'hoursPerDecision needs a chair whose time it consumes');
    }
    if (kind !== 'step') continue;

    // Servers: explicit pools and skills, each with a service time for every type that may come here.
    const serve = arr(n.serve);
    if (n.serve !== undefined && n.skill !== undefined) c.add(`${path}.skill`, 'give either serve or skill, not both');
    if (n.serve === undefined && n.skill === undefined)
      c.add(`${path}.serve`, `missing required field 'serve' (the pools that do this work, or skill: NAME)`);
    if (typeof n.skill === 'string' && isRec(c.doc.pools) && poolsWithSkill(n.skill).length === 0) {
      c.add(`${path}.skill`, `no pool has the skill "${n.skill}"`);
    }
    checkServiceTime(c, `${path}.time`, n.time);
    const types = [...(visitors.get(id) ?? [])].sort();
    const entries: { path: string; time: unknown; label: string }[] = [];
    if (typeof n.skill === 'string')
      for (const p of poolsWithSkill(n.skill))
        entries.push({ path: `${path}.time`, time: undefined, label: `pool "${p}"` });
    serve.forEach((s0, i) => {
      const s = rec(s0);
      const sp = `${path}.serve.${i}`;
      if ((s.pool === undefined) === (s.skill === undefined)) c.add(sp, 'expected exactly one of pool or skill');
      if (s.pool !== undefined) c.ref(`${sp}.pool`, s.pool, 'pools', 'pool');
      if (typeof s.skill === 'string' && isRec(c.doc.pools) && poolsWithSkill(s.skill).length === 0)
        c.add(`${sp}.skill`, `no pool has the skill "${s.skill}"`);
      checkServiceTime(c, `${sp}.time`, s.time);
      checkCondition(c, `${sp}.when`, s.when);
      checkErrorRate(c, `${sp}.errorRate`, s.errorRate);
      entries.push({ path: `${sp}.time`, time: s.time, label: `serve entry ${i}` });
      // The same pool may serve again under other conditions, but not after an entry that takes it for every item.
      const earlier = serve.findIndex((o, k) => k < i && rec(o).pool === s.pool && rec(o).when === undefined);
      if (typeof s.pool === 'string' && earlier >= 0) {
        c.add(
          `${sp}.pool`,
          `this entry is never used: serve.${earlier} already has pool "${s.pool}" for every item (give serve.${earlier} a when)`,
        );
      }
    });
    for (const e of entries) {
      const missing = types.filter((t) => !covers(e.time, t) && !covers(n.time, t));
      if (missing.length > 0) {
        c.add(
          e.path,
          `no service time for item type${missing.length > 1 ? 's' : ''} ${missing.map((t) => `"${t}"`).join(', ')} (${e.label}); give time, time.byType or time.default here or on the step`,
        );
      }
    }
    const q = rec(n.queue);
    if (q.overflow !== undefined) c.ref(`${path}.queue.overflow`, q.overflow, 'steps', 'step');
    if (q.overflow !== undefined && q.capacity === undefined)
      c.add(`${path}.queue.overflow`, 'an overflow route needs a queue capacity');
    const pr = rec(q.priority);
    if (q.discipline === 'priority' && q.priority === undefined)
      c.add(
        `${path}.queue.priority`,
        "missing required field 'priority' for discipline priority: { byType: [ids] } or { attr: NAME, order: desc }",
      );
    if (q.discipline === 'fifo' && q.priority !== undefined)
      c.add(`${path}.queue.priority`, 'a fifo queue has no priority; set discipline: priority or remove priority');
    if (q.preempt !== undefined && q.priority === undefined)
      c.add(
        `${path}.queue.preempt`,
        'pre-emption needs a priority order: add discipline: priority and priority: { byType: [ids] } or { attr: NAME }',
      );
    arr(pr.byType).forEach((t, i) => c.ref(`${path}.queue.priority.byType.${i}`, t, 'types', 'item type'));
    if (pr.attr !== undefined) c.ref(`${path}.queue.priority.attr`, pr.attr, 'attributes', 'attribute');
    if (isRec(n.sla)) {
      const limit = readWorkingLimit(n.sla.limit);
      if ('error' in limit) c.add(`${path}.sla.limit`, limit.error);
      else if ('hours' in limit && limit.hours <= 0)
        c.add(`${path}.sla.limit`, `expected a limit greater than 0, found "${String(n.sla.limit)}"`);
      else if ('businessDays' in limit && n.sla.calendar === undefined && slaCalendar(c.doc, n) === undefined) {
        c.add(
          `${path}.sla.limit`,
          'a limit in business days counts the open hours of a calendar: add calendar: ID to the sla, or serve the step with a pool that has a calendar',
        );
      }
      c.ref(`${path}.sla.escalateTo`, n.sla.escalateTo, 'steps', 'step');
      if (n.sla.calendar !== undefined) c.ref(`${path}.sla.calendar`, n.sla.calendar, 'calendars', 'calendar');
    }
  }
}

function checkSchedule(c: Checks, path: string, value: unknown): void {
  if (!isRec(value)) return;
  const s = value;
  if (s.at !== undefined) {
    const r = readClock(s.at);
    if ('error' in r) c.add(`${path}.at`, r.error);
  }
  if (s.every === 'week') {
    if (typeof s.day !== 'string' || !WEEKDAYS.includes(s.day))
      c.add(`${path}.day`, `expected a weekday (${WEEKDAYS.join(', ')}), found ${describeValue(s.day)}`);
    if (s.first !== undefined) c.add(`${path}.first`, 'a weekly schedule is set by day and at, not first');
    if (s.month !== undefined)
      c.add(`${path}.month`, 'month (1 to 3: which month of each quarter) goes with every: quarter');
    if (s.calendar !== undefined) c.ref(`${path}.calendar`, s.calendar, 'calendars', 'calendar');
  } else if (s.every === 'month' || s.every === 'quarter') {
    const named = typeof s.day === 'string' && (NAMED_MONTH_DAYS as readonly string[]).includes(s.day);
    if (!named && (typeof s.day !== 'number' || !Number.isInteger(s.day) || s.day < 1 || s.day > 31)) {
      c.add(
        `${path}.day`,
        `expected a day of the month from 1 to 31 (days past a month's end fall on its last day) or one of ${NAMED_MONTH_DAYS.join(', ')}, found ${describeValue(s.day ?? null)}`,
      );
    }
    if (s.first !== undefined)
      c.add(
        `${path}.first`,
        `a ${s.every === 'month' ? 'monthly' : 'quarterly'} schedule is set by day and at, not first`,
      );
    if (s.month !== undefined && s.every !== 'quarter')
      c.add(`${path}.month`, 'month (1 to 3: which month of each quarter) goes with every: quarter');
    if (s.calendar !== undefined) c.ref(`${path}.calendar`, s.calendar, 'calendars', 'calendar');
  } else if (s.every !== undefined) {
    checkDuration(c, `${path}.every`, s.every, { positive: true });
    checkDuration(c, `${path}.first`, s.first);
    for (const f of ['day', 'month', 'at', 'calendar'])
      if (s[f] !== undefined)
        c.add(
          `${path}.${f}`,
          `a periodic schedule (every: ${describeValue(s.every)}) is set by every and first, not ${f}`,
        );
  }
}
