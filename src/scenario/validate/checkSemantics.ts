// Meaning checks that a schema cannot express: references (with spelling suggestions), sums,
// orderings, unit syntax, graph properties. Reads the document defensively and never throws.

import { arr, Checks, collectIds, isRec, rec, type Rec } from './checks.js';
import { checkDist, checkDuration, checkRate } from './checkUnits.js';
import { checkErrorRate } from './checkErrorRate.js';
import { checkGraph } from './checkGraph.js';
import { checkSteps } from './checkSteps.js';
import { readHours } from '../units/clock.js';
import { readRate } from '../units/rate.js';
import { readDate } from '../units/date.js';
import { readDuration } from '../units/duration.js';
import { rosterPieces, weekHour } from '../units/rosterWeek.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function checkSemantics(doc: Rec): { path: string; message: string }[] {
  const c = new Checks(collectIds(doc), doc);
  checkTop(c);
  checkCalendars(c);
  checkPools(c);
  checkItemTypes(c);
  checkSteps(c);
  checkHandoffs(c);
  checkInitialWip(c);
  checkGraph(c);
  return c.issues;
}

function duplicates(c: Checks, path: string, list: unknown): void {
  const seen = new Set<unknown>();
  arr(list).forEach((x, i) => {
    if (seen.has(x)) c.add(`${path}.${i}`, `duplicate id "${String(x)}"`);
    seen.add(x);
  });
}

function checkTop(c: Checks): void {
  const d = c.doc;
  const horizon = checkDuration(c, 'horizon', d.horizon, { positive: true });
  const warmup = checkDuration(c, 'warmup', d.warmup);
  if (horizon !== undefined && warmup !== undefined && warmup >= horizon) {
    c.add('warmup', `expected a warm-up shorter than the horizon (${String(d.horizon)}), found "${String(d.warmup)}"`);
  }
  checkDuration(c, 'trace.every', rec(d.trace).every, { positive: true });
  // YAML and JSON read a long whole number as a double: 99999999999999999999999 and ...998 are both
  // 1e+23, so two files with different seeds would run the same streams (and the report show 1e+23).
  if (typeof d.seed === 'number' && Number.isInteger(d.seed) && !Number.isSafeInteger(d.seed))
    c.add(
      'seed',
      `expected a whole number up to ${Number.MAX_SAFE_INTEGER}, found one that reads as ${d.seed} (its last digits are lost); quote it to keep every digit as text: seed: "..."`,
    );
  if (d.start !== undefined) {
    const r = readDate(d.start);
    if ('error' in r) c.add('start', r.error);
  }
  duplicates(c, 'functions', d.functions);
  duplicates(c, 'attributes', d.attributes);
  if (Array.isArray(d.attributes)) {
    for (const [t, type] of Object.entries(rec(d.itemTypes))) {
      for (const a of Object.keys(rec(rec(type).attributes)))
        c.ref(`itemTypes.${t}.attributes.${a}`, a, 'attributes', 'attribute');
    }
  }
  if (Object.keys(rec(d.itemTypes)).length === 0 && isRec(d.itemTypes))
    c.add('itemTypes', 'expected at least one item type');
  if (isRec(d.itemTypes) && 'default' in d.itemTypes)
    c.add(
      'itemTypes.default',
      'the id "default" is reserved (time.byType.default is the time for other types); choose another id',
    );
}

function checkCalendars(c: Checks): void {
  for (const [id, cal] of Object.entries(rec(c.doc.calendars))) {
    const path = `calendars.${id}`;
    const week = rec(cal).week;
    if (typeof week === 'string') {
      const w = week.trim();
      if (w !== 'always' && w !== 'never') {
        const m = /^weekdays\s+(.*)$/.exec(w);
        if (m === null)
          c.add(
            `${path}.week`,
            `expected "always", "weekdays 09:00-17:00" or a map of days (mon: "09:00-17:00"), found "${week}"`,
          );
        else {
          const r = readHours(m[1]);
          if ('error' in r) c.add(`${path}.week`, r.error);
        }
      }
    } else if (isRec(week)) {
      for (const [day, hours] of Object.entries(week)) {
        const r = readHours(hours);
        if ('error' in r) c.add(`${path}.week.${day}`, r.error);
      }
    }
    arr(rec(cal).holidays).forEach((h, i) => {
      const r = readDate(h);
      if ('error' in r) c.add(`${path}.holidays.${i}`, r.error);
    });
  }
}

function checkPools(c: Checks): void {
  for (const [id, pool] of Object.entries(rec(c.doc.pools))) {
    const p = rec(pool);
    const path = `pools.${id}`;
    if (p.calendar !== undefined) c.ref(`${path}.calendar`, p.calendar, 'calendars', 'calendar');
    if (p.kind === 'human' && p.headcount === undefined && p.roster === undefined)
      c.add(
        `${path}.headcount`,
        "missing required field 'headcount' (how many people are in the pool), or give a roster",
      );
    if (p.headcount !== undefined && p.roster !== undefined)
      c.add(`${path}.headcount`, 'give headcount or roster, not both: a roster gives the heads of each slot');
    if (Array.isArray(p.roster)) checkRoster(c, `${path}.roster`, p.roster);
    checkErrorRate(c, `${path}.errorRate`, p.errorRate);
    // In the model 0 means "no limit", so a written 0 would mean the opposite of what it says.
    if (checkRate(c, `${path}.rateLimit`, p.rateLimit) === 0)
      c.add(
        `${path}.rateLimit`,
        `expected a rate above 0, found "${String(p.rateLimit)}"; omit rateLimit for no limit`,
      );
    if (typeof p.budget === 'string') {
      const m = /^(.+)\/\s*w$/.exec(p.budget.trim());
      const hours = m === null ? undefined : readDuration(m[1].trim());
      if (hours === undefined || 'error' in hours)
        c.add(`${path}.budget`, `expected decision hours per week such as "6h/w", found "${p.budget}"`);
      else if (hours.hours > 168)
        c.add(`${path}.budget`, `expected at most 168h/w (a week has 168 hours), found "${p.budget}"`);
      else if (hours.hours === 0)
        c.add(`${path}.budget`, `expected a budget above 0h/w, found "${p.budget}"; omit budget for no limit`);
    }
  }
}

/** A roster's hours read, and no hour of the week belongs to two slots. */
function checkRoster(c: Checks, path: string, roster: unknown[]): void {
  roster.forEach((slot, i) => {
    const hours = readHours(rec(slot).hours);
    if (rec(slot).hours !== undefined && 'error' in hours) c.add(`${path}.${i}.hours`, hours.error);
  });
  const pieces = rosterPieces(roster);
  const reported = new Set<string>();
  for (let j = 1; j < pieces.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [pieces[i], pieces[j]];
      const from = Math.max(a.start, b.start);
      const to = Math.min(a.end, b.end);
      const [first, second] = a.slot < b.slot ? [a.slot, b.slot] : [b.slot, a.slot];
      if (to <= from || first === second || reported.has(`${first}/${second}`)) continue;
      reported.add(`${first}/${second}`);
      c.add(
        `${path}.${second}`,
        `overlaps roster slot ${first} from ${weekHour(from)} to ${weekHour(to)}; each hour of the week takes its headcount from one slot`,
      );
    }
  }
  if (pieces.length > 0 && pieces.every((piece) => piece.heads === 0))
    c.add(path, 'every slot has 0 heads: the pool would never work; give some slot heads, or remove the pool');
}

function checkItemTypes(c: Checks): void {
  for (const [id, type] of Object.entries(rec(c.doc.itemTypes))) {
    const t = rec(type);
    const path = `itemTypes.${id}`;
    c.ref(`${path}.entry`, t.entry, 'steps', 'step');
    if (typeof t.entry === 'string' && rec(rec(c.doc.steps)[t.entry]).kind === 'exit') {
      c.add(`${path}.entry`, `expected a step, gate or forum as the entry, found the exit "${t.entry}"`);
    }
    for (const [a, dist] of Object.entries(rec(t.attributes))) checkDist(c, `${path}.attributes.${a}`, dist, 'number');
    checkDist(c, `${path}.patience`, t.patience, 'duration');
    if (t.patienceCalendar !== undefined) {
      c.ref(`${path}.patienceCalendar`, t.patienceCalendar, 'calendars', 'calendar');
      if (t.patience === undefined)
        c.add(
          `${path}.patienceCalendar`,
          'patienceCalendar sets the clock of patience; give patience too, or remove it',
        );
    }
    const arrivals = rec(t.arrivals);
    if ('poisson' in arrivals) checkRate(c, `${path}.arrivals.poisson`, arrivals.poisson);
    else if (isRec(arrivals.weekly)) {
      const w = arrivals.weekly;
      for (const day of WEEKDAYS) {
        // A day is a rate, or { rate, hours } with hours of its own.
        const own = isRec(w[day]);
        const value = own ? rec(w[day]).rate : w[day];
        const p = `${path}.arrivals.weekly.${day}${own ? '.rate' : ''}`;
        if (own && rec(w[day]).hours !== undefined) {
          const r = readHours(rec(w[day]).hours);
          if ('error' in r) c.add(`${path}.arrivals.weekly.${day}.hours`, r.error);
        }
        if (checkRate(c, p, value) === undefined) continue;
        // A period longer than the day has no meaning for one day's arrivals ("200/w" on a Monday).
        const read = readRate(value);
        if ('periodHours' in read && read.periodHours > 24) {
          c.add(
            p,
            `expected a rate while open such as "10/h", or a number for the day such as "80/d" (spread over its hours), found "${value}"`,
          );
        }
      }
      if (w.hours !== undefined) {
        const r = readHours(w.hours);
        if ('error' in r) c.add(`${path}.arrivals.weekly.hours`, r.error);
      }
      if (w.calendar !== undefined) c.ref(`${path}.arrivals.weekly.calendar`, w.calendar, 'calendars', 'calendar');
      if (!WEEKDAYS.some((d) => d in w))
        c.add(`${path}.arrivals.weekly`, 'expected a rate for at least one day (mon: 10/h, ...)');
    } else if ('batch' in arrivals) {
      checkDuration(c, `${path}.arrivals.every`, arrivals.every, { positive: true });
      checkDuration(c, `${path}.arrivals.first`, arrivals.first);
    }
  }
}

function checkHandoffs(c: Checks): void {
  arr(c.doc.handoffs).forEach((h0, i) => {
    const h = rec(h0);
    const path = `handoffs.${i}`;
    c.ref(`${path}.from`, h.from, 'functions', 'function', ['any']);
    c.ref(`${path}.to`, h.to, 'functions', 'function', ['any']);
    checkDist(c, `${path}.delay`, h.delay, 'duration');
  });
}

function checkInitialWip(c: Checks): void {
  const steps = rec(c.doc.steps);
  arr(c.doc.initialWip).forEach((w0, i) => {
    const w = rec(w0);
    const path = `initialWip.${i}`;
    c.ref(`${path}.type`, w.type, 'types', 'item type');
    if (c.ref(`${path}.step`, w.step, 'steps', 'step')) {
      const kind = rec(steps[w.step as string]).kind ?? 'step';
      if (w.inService !== undefined && kind !== 'step')
        c.add(`${path}.inService`, `only work steps have items in service; "${String(w.step)}" is a ${String(kind)}`);
      if (kind === 'gate' || kind === 'exit')
        c.add(`${path}.step`, `expected a work step or forum, found the ${String(kind)} "${String(w.step)}"`);
    }
    if ((w.waiting === undefined) === (w.inService === undefined))
      c.add(path, 'expected exactly one of waiting or inService (a count of items)');
    checkDuration(c, `${path}.age`, w.age);
  });
}
