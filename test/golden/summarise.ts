// The golden summary of one design: the figures a reader of the report looks at first, averaged over
// a few fixed-seed replications and rounded to 4 significant digits. It is a NO-REGRESSION SNAPSHOT,
// not a statement of truth: it says "the numbers have not moved", and a reviewed change to the engine
// or to a scenario is expected to move them. Rounding keeps the file readable and the diff small; it
// does not hide real changes, since any change of random number use moves far more than the 5th digit.
import type { RunResult } from '../../src/core/report/runResult.js';

type Json = number | string | null | Json[] | { [key: string]: Json };

/** Rounds to 4 significant digits; -0 becomes 0 so that the JSON text is stable. */
export function round4(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`golden summary: non-finite number ${x}`);
  if (x === 0) return 0;
  const r = Number(x.toPrecision(4));
  return Object.is(r, -0) ? 0 : r;
}

/** Deep copy with every number rounded and every object's keys sorted. */
export function normalise(value: Json): Json {
  if (typeof value === 'number') return round4(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) out[key] = normalise(value[key]);
    return out;
  }
  return value;
}

function mean(runs: readonly RunResult[], pick: (r: RunResult) => number): number {
  return runs.reduce((s, r) => s + pick(r), 0) / runs.length;
}

function byId<T>(record: Record<string, T>, figures: (id: string) => Json): { [id: string]: Json } {
  const out: { [id: string]: Json } = {};
  for (const id of Object.keys(record)) out[id] = figures(id);
  return out;
}

/** What the golden file holds for one design: means over `runs` of the headline figures. */
export function summarise(runs: readonly RunResult[]): Json {
  const m = (pick: (r: RunResult) => number) => mean(runs, pick);
  const first = runs[0];
  return {
    replications: runs.length,
    events: m((r) => r.events),
    overall: {
      arrived: m((r) => r.overall.arrived),
      done: m((r) => r.overall.done),
      doneWithDefect: m((r) => r.overall.doneWithDefect),
      rejected: m((r) => r.overall.rejected),
      abandoned: m((r) => r.overall.abandoned),
      blocked: m((r) => r.overall.blocked),
      inSystemAtEnd: m((r) => r.overall.inSystemAtEnd),
      throughputPerWeek: m((r) => r.overall.throughputPerWeek),
      cycleTimeMean: m((r) => r.overall.cycleTime.mean),
      cycleTimeP90: m((r) => r.overall.cycleTime.p90),
      wipMean: m((r) => r.overall.wipMean),
    },
    cost: {
      total: m((r) => r.cost.total),
      perOutcome: m((r) => r.cost.perOutcome),
      perDone: m((r) => r.cost.perDone),
      labour: m((r) => r.cost.byCause.labour),
      idleLabour: m((r) => r.cost.byCause.idleLabour),
      agentTasks: m((r) => r.cost.byCause.agentTasks),
      rework: m((r) => r.cost.byCause.rework),
      escapedDefects: m((r) => r.cost.byCause.escapedDefects),
      lostWork: m((r) => r.cost.byCause.lostWork),
      delay: m((r) => r.cost.byCause.delay),
      slaPenalties: m((r) => r.cost.byCause.slaPenalties),
      perDoneByType: byId(first.cost.byType, (id) => m((r) => r.cost.byType[id].perDone)),
    },
    quality: {
      errorsMade: m((r) => r.quality.errorsMade),
      errorsCaught: m((r) => r.quality.errorsCaught),
      errorsEscaped: m((r) => r.quality.errorsEscaped),
      reworkRounds: m((r) => r.quality.reworkRounds),
    },
    totals: {
      arrived: m((r) => r.totals.arrived),
      escalations: m((r) => r.totals.escalations),
      errorsMade: m((r) => r.totals.errorsMade),
    },
    steps: byId(first.steps, (id): Json =>
      first.steps[id].kind === 'exit'
        ? { arrivals: m((r) => r.steps[id].arrivals) }
        : { arrivals: m((r) => r.steps[id].arrivals), waitMean: m((r) => r.steps[id].wait.mean) },
    ),
    pools: byId(first.pools, (id) => ({
      utilisation: m((r) => r.pools[id].utilisation),
      overtimeHours: m((r) => r.pools[id].overtimeHours),
      cost: m((r) => r.pools[id].cost),
    })),
    executives: byId(first.executives, (id) => ({
      escalations: m((r) => r.executives[id].escalations),
      decided: m((r) => r.executives[id].decided),
      decidedAtForum: m((r) => r.executives[id].decidedAtForum),
      abandonedWaiting: m((r) => r.executives[id].abandonedWaiting),
      waitingAtEnd: m((r) => r.executives[id].waitingAtEnd),
      hoursConsumed: m((r) => r.executives[id].hoursConsumed),
    })),
  };
}
