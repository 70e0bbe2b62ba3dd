// The fitted model as a scenario file, every number with a comment giving its evidence.

import { formatIsoTime } from '../model/isoTime.js';
import type { FittedDist } from './durationFit.js';
import { isArrivalStep, LEAST_POOL_PERCENT, utcDate, type FittedModel } from './fitLog.js';
import { DAYS, hhmm, type DaySpan } from './weeklyProfile.js';

const sig = (x: number, p = 4) => String(Number(x.toPrecision(p)));
const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;

/** A duration in the scenario's units: "6.12m", "3.5h", at least "1s". */
export function durationText(hours: number): string {
  if (hours >= 1) return `${sig(hours)}h`;
  if (hours * 60 >= 1) return `${sig(hours * 60)}m`;
  return `${sig(Math.max(1, hours * 3600))}s`;
}

function distText(d: FittedDist): string {
  switch (d.dist) {
    case 'constant':
      return durationText(d.value);
    case 'exponential':
      return `{ dist: exponential, mean: ${durationText(d.mean)} }`;
    default:
      return `{ dist: ${d.dist}, mean: ${durationText(d.mean)}, cv: ${sig(d.cv, 3)} }`;
  }
}

/** Probabilities from counts, 6 decimals, the largest taking the rounding so they sum to 1. */
export function probabilities(counts: readonly { to: string; n: number }[]): { to: string; p: number }[] {
  const total = counts.reduce((s, c) => s + c.n, 0);
  const ps = counts.map((c) => ({ to: c.to, p: Math.round((c.n / total) * 1e6) / 1e6 }));
  const rest = ps.slice(1).reduce((s, x) => s + x.p, 0);
  ps[0].p = Math.round((1 - rest) * 1e6) / 1e6;
  return ps.filter((x) => x.p > 0);
}

function routeText(counts: readonly { to: string; n: number }[]): string {
  if (counts.length === 0) return 'done';
  const ps = probabilities(counts);
  if (ps.length === 1) return ps[0].to;
  return `{ p: { ${ps.map((x) => `${x.to}: ${x.p}`).join(', ')} } }`;
}

/**
 * A route per item type: each type but the last by a condition on its type, the last otherwise. A type
 * with no transitions of its own here (it never reached the step) takes `pooled`.
 */
function routeByTypeText(
  routes: readonly { type: string; next: readonly { to: string; n: number }[] }[],
  pooled: readonly { to: string; n: number }[],
): string {
  const text = (next: readonly { to: string; n: number }[]) => routeText(next.length > 0 ? next : pooled);
  const last = routes[routes.length - 1];
  const when = routes.slice(0, -1).map((r) => `{ if: { type: [${r.type}] }, to: ${text(r.next)} }`);
  return `{ when: [${when.join(', ')}], otherwise: ${text(last.next)} }`;
}

/** A fit's evidence: how many durations, where they came from (`source`), their moments and the KS distances. */
function evidenceText(fit: NonNullable<FittedModel['steps'][number]['fit']>, source: string): string {
  const ks = fit.ks.map((k) => `${k.family} ${k.d.toFixed(3)}`).join(', ');
  return `${fit.n} durations (${source}), mean ${durationText(fit.mean)}, cv ${sig(fit.cv, 3)}${ks ? `; KS D: ${ks}` : '; all equal'}`;
}

function weekText(week: readonly (DaySpan | null)[], indent: string): string {
  if (week.every((d) => d === null) || week.every((d) => d !== null && d.from === 0 && d.to === 24)) return ' always';
  return week.map((d, k) => (d === null ? '' : `\n${indent}${DAYS[k]}: "${hhmm(d.from)}-${hhmm(d.to)}"`)).join('');
}

export interface ScenarioTextOptions {
  horizon: string;
  command?: string;
  /** Appended as comments at the end (the validation table). */
  trailer?: string;
  /** Start date; default the day after the log's last event. */
  start?: string;
  /** Leave out initialWip (an in-sample validation starts from an empty system). */
  noWip?: boolean;
}

export function scenarioText(m: FittedModel, o: ScenarioTextOptions): string {
  const utc = m.offsetMin / 60;
  const when = (ms: number) => formatIsoTime(ms, m.offsetMin);
  const L: string[] = [];
  L.push(
    `# Fitted by opsim fit from ${m.source}: ${m.events.toLocaleString('en-US')} events, ${m.cases.toLocaleString('en-US')} cases,`,
  );
  L.push(`# ${when(m.from)} to ${when(m.to)} (${sig(m.weeks, 3)} weeks).`);
  if (o.command) L.push(`# Made with: ${o.command}`);
  const { exact, estimated, unknown } = m.instances;
  L.push(
    `# Activity instances: ${exact} with a recorded start, ${estimated} with a start estimated as the later of the`,
  );
  L.push(`# resource's previous completion and the case's previous completion (the log has no start for them),`);
  L.push(`# ${unknown} with nothing to bound the start (left out of the duration fits).`);
  L.push(`# Service-time families were chosen by the smallest Kolmogorov-Smirnov distance D among exponential,`);
  L.push(`# gamma (moments) and lognormal (maximum likelihood); durations count the pool's working hours only.`);
  L.push('opsim: 1');
  L.push(`name: ${JSON.stringify(`Fitted from ${m.source}`)}`);
  if (o.start !== undefined) L.push(`start: ${o.start}`);
  else
    L.push(
      `start: ${utcDate(m.to + 86_400_000)}            # the day after the log's last event: initialWip is the work open then`,
    );
  L.push(`horizon: ${o.horizon}`);
  L.push('seed: 1');
  L.push('replications: 10');
  L.push('limits: { maxWip: 200000 }');
  L.push(`functions: [${m.functions.join(', ')}]   # one function per org:group (pool)`);
  L.push('');
  L.push('calendars:');
  L.push(
    `  log-time: { utcOffset: ${utc}, week: always }   # the UTC offset most of the log's timestamps carry; sets the zone of the arrival profile`,
  );
  for (const p of m.pools) {
    L.push(
      `  ${p.id}-hours:            # when ${JSON.stringify(p.group)} was seen working: days with >= 2% of its ${p.events} events, spans holding 98% of each day's`,
    );
    L.push(`    utcOffset: ${utc}`);
    L.push(`    week:${weekText(p.week, '      ')}`);
  }
  L.push('');
  // An event log records who did what and when, not what it cost: the scenario's cost figures read 0
  // until prices are added, and the file says where.
  L.push('# No prices: an event log carries none, so cost per done item reads 0. Add costPerHour to a human');
  L.push('# pool (pay per open hour) or costPerTask / costPerBusyHour to an agent pool to see what work costs.');
  L.push('pools:');
  // A step whose every instance is its case's first event, with no start recorded, is when the case
  // became known: the arrivals are fitted at those very instants, and the log shows no work or wait
  // before them. Served by a pool of its own with no calendar, in no time, so that a case that arrives
  // while its group's hours are over does not wait overnight for an event the log saw at once.
  const arrivalSteps = new Set(m.steps.filter(isArrivalStep).map((st) => st.id));
  const taken = new Set(m.functions);
  let arrivalPool = 'case-arrival';
  for (let k = 2; taken.has(arrivalPool); k++) arrivalPool = `case-arrival-${k}`;
  if (arrivalSteps.size > 0) {
    L.push(
      `  ${arrivalPool}:            # the moment a case became known (its first event): takes no one's time, never waits`,
    );
    L.push('    kind: agent');
    L.push('    capacity: 1');
  }
  for (const p of m.pools) {
    const named =
      p.source === 'group'
        ? `org:group ${JSON.stringify(p.group)}`
        : p.source === 'resource'
          ? `org:resource ${JSON.stringify(p.group)} (no org:group in the log)`
          : 'events with neither org:group nor org:resource';
    L.push(`  ${p.id}:                   # ${named}`);
    L.push('    kind: human');
    L.push(
      `    headcount: ${p.headcount}            # most tasks in progress at once: ${p.concurrency}; distinct resources: ${p.resources || 'not in the log'}`,
    );
    L.push(`    calendar: ${p.id}-hours`);
    L.push(
      '    shiftEnd: pause          # durations were measured in working hours, so work stops at the end of a shift',
    );
  }
  L.push('');
  L.push('itemTypes:');
  if (m.kinds !== null) {
    const k = m.kinds;
    L.push(
      `  # Two kinds of case: the log's case durations (first to last event, on a log scale) are two humps`,
      `  # with few cases between them (a mixture of two normals fitted by EM, Ashman's D ${sig(k.separation, 3)}; they cross at`,
      `  # ${durationText(k.thresholdHours)}). ${k.quickCases} closed cases took at most that (median ${durationText(k.quickMedianHours)}), ${k.otherCases} longer (median ${durationText(k.otherMedianHours)}). Each kind has its own arrivals,`,
      `  # routing and durations, so that a case handled in one sitting stays quick at every step.`,
    );
  }
  // Each type enters at its first activity when it has one, else through the start gate.
  const entries = m.entryByType ?? m.types.map(() => m.entry);
  const entryOf = entries.map((e) => (e.length === 1 ? e[0].to : 'start'));
  m.types.forEach((t, ti) => {
    L.push(`  ${t.id}:                     # ${t.cases} cases`);
    L.push('    arrivals:');
    const days = t.perDay.map((r, k) => (r >= 0.0005 ? `${DAYS[k]}: ${sig(r)}/d` : '')).filter(Boolean);
    L.push(
      `      weekly: { ${days.join(', ')}, hours: "${hhmm(t.window.from)}-${hhmm(t.window.to)}", calendar: log-time }`,
    );
    L.push(
      `      # case starts per weekday / ${sig(m.weeks, 3)} weeks; hours hold 99% of starts. Starts per hour of the week (local time), Monday first:`,
    );
    for (let d = 0; d < 7; d++) L.push(`      #   ${DAYS[d]} ${t.hourly.slice(d * 24, d * 24 + 24).join(' ')}`);
    L.push(`    entry: ${entryOf[ti]}`);
  });
  L.push('');
  L.push('steps:');
  if (entryOf.includes('start')) {
    L.push(
      `  start:                     # first activity of each case: ${m.entry.map((e) => `${e.to} ${e.n}`).join(', ')}`,
    );
    L.push('    kind: gate');
    const byType = m.entryByType;
    L.push(
      `    next: ${
        byType === null
          ? routeText(m.entry)
          : routeByTypeText(
              m.types.map((t, ti) => ({ type: t.id, next: byType[ti] })),
              m.entry,
            )
      }`,
    );
  }
  for (const s of m.steps) {
    L.push(`  ${s.id}:${s.id === s.activity ? '' : `                  # activity ${JSON.stringify(s.activity)}`}`);
    const first = s.servers[0];
    L.push(`    function: ${first.pool}`);
    const shares = s.servers.map((v) => `${pct(v.share)} by ${JSON.stringify(v.group)}`).join(', ');
    const left =
      s.leftOut.pools === 0
        ? ''
        : `; ${s.leftOut.count} by ${s.leftOut.pools} ${s.leftOut.pools === 1 ? 'other pool, under' : 'other pools, each under'} ${LEAST_POOL_PERCENT}%, served by ${JSON.stringify(first.group)}`;
    L.push(`    serve:                   # ${s.count} instances, ${shares}${left}`);
    if (s.servers.length > 1 && !arrivalSteps.has(s.id))
      L.push(
        `      # in that order of preference: a case takes the first free pool; a freed server of any of them takes the longest-waiting case`,
      );
    const stepEvidence = s.fit === null ? '' : evidenceText(s.fit, `${s.exact} recorded, ${s.estimated} estimated`);
    for (const v of s.servers) {
      const by = JSON.stringify(v.group);
      if (arrivalSteps.has(s.id)) {
        L.push(
          `      - { pool: ${arrivalPool}, time: 0m }   # every instance is its case's first event, at its arrival`,
        );
        break;
      } else if (v.fit === null) {
        L.push(`      - { pool: ${v.pool}, time: 1m }   # no instance with a measurable duration; a placeholder`);
      } else if (v.byType === null) {
        L.push(`      - pool: ${v.pool}`);
        L.push(`        time: ${distText(v.fit.chosen)}`);
        L.push(
          s.servers.length === 1
            ? `        # ${stepEvidence}`
            : v.shared
              ? `        # ${v.durations} durations by ${by}, too few for a fit of its own: the fit over all its pools (${stepEvidence})`
              : `        # ${evidenceText(v.fit, `${v.exact} recorded, ${v.estimated} estimated, by ${by}`)}`,
        );
      } else {
        L.push(`      - pool: ${v.pool}`);
        L.push('        time:');
        L.push('          byType:');
        for (const k of v.byType) {
          const fit = k.fit ?? s.fit!;
          const of = s.servers.length === 1 ? '' : ` by ${by}`;
          L.push(`            ${k.type}: ${distText(fit.chosen)}`);
          L.push(
            !k.pooled
              ? `            # ${evidenceText(fit, `of ${k.count} instances in ${k.type}${of}`)}`
              : s.servers.length === 1 || s.byType![v.byType.indexOf(k)].pooled
                ? `            # ${k.durations} durations in ${k.type}${of} here, too few for a fit of its own: the fit over all cases (${stepEvidence})`
                : `            # ${k.durations} durations in ${k.type}${of} here, too few for a fit of its own: the fit over ${k.type} at all its pools (${evidenceText(fit, `of ${s.byType![v.byType.indexOf(k)].count} instances in ${k.type}`)})`,
          );
        }
      }
    }
    const next = s.next.length === 0 ? [{ to: 'done', n: 0 }] : s.next;
    const pooled = next.length === 1 && next[0].n === 0 ? [{ to: 'done', n: 1 }] : next;
    L.push(`    next: ${s.byType === null ? routeText(pooled) : routeByTypeText(s.byType, pooled)}`);
    const followed = (xs: readonly { to: string; n: number }[]) =>
      xs.length === 0
        ? 'nothing (seen only as the last event of open cases)'
        : xs.map((x) => `${x.to} ${x.n}`).join(', ');
    L.push(
      `    # directly followed by: ${s.byType === null ? followed(s.next) : s.byType.map((k) => `${k.type}: ${followed(k.next)}`).join('; ')}`,
    );
  }
  L.push('  done: { kind: exit, outcome: done }');
  if (m.wip.length > 0 && !o.noWip) {
    L.push('');
    L.push(
      `initialWip:                  # ${m.openCases} cases open at the end of the log (last event a start, or an activity usually followed by more, seen recently)`,
    );
    for (const w of m.wip)
      L.push(`  - { type: ${w.type}, step: ${w.step}, ${w.state}: ${w.count}, age: ${durationText(w.ageHours)} }`);
  }
  if (o.trailer)
    L.push(
      '',
      ...o.trailer
        .trimEnd()
        .split('\n')
        .map((l) => `# ${l}`.trimEnd()),
    );
  return `${L.join('\n')}\n`;
}
