import type { Model } from '../model/model.js';
import type { RunResult } from '../report/runResult.js';
import {
  EV_ARRIVAL,
  EV_COMPLETION,
  EV_FORUM,
  EV_HANDOFF,
  EV_PATIENCE,
  EV_POOL_CHANGE,
  EV_POOL_WAKE,
  EV_SAMPLE,
  EV_SLA,
  EV_TIMELINE,
  EV_PERIOD,
} from './eventOrder.js';
import { SimState } from './simState.js';
import type { StreamSeeds } from '../rng/stream.js';
import { headsFirst } from '../queue/eventQueue.js';
import { SimulationLimitError } from './simulationLimitError.js';
import type { Monitor } from './traceRecord.js';
import { arrive, placeInitialWip, startArrivals } from './arrivals.js';
import { changePool, startPools } from './shifts.js';
import { completeService } from './stepService.js';
import { wakePool } from './poolAvailability.js';
import { enterNode } from './flow.js';
import { abandon, breachSla } from './timers.js';
import { holdSession, startForums } from './forums.js';
import { startSeries, takeSample } from './series.js';
import { assembleResult } from './results.js';
import { applyChange, startTimeline } from './timeline.js';
import { beginPeriod, startPeriods } from './periods.js';

export interface SimulateOptions {
  seed: string | number;
  replication: number;
  /** Receives one record per thing that happens to an item (exact-trace tests); no cost when absent. */
  monitor?: Monitor;
  /** Called every 65,536 events with the simulated time and events so far (progress, heap sampling). */
  onCheckpoint?: (simTime: number, events: number) => void;
  /** Seeded streams kept across the runs of one worker (StreamSeeds); the same result with or without. */
  seeds?: StreamSeeds;
}

const CHECKPOINT_MASK = 0xffff;

/**
 * Runs one replication of `model` and returns its result. Pure and deterministic: the same model,
 * seed and replication give the same result, byte for byte, in Node and in the browser. Events at
 * or after the horizon are not processed.
 */
export function simulate(model: Model, options: SimulateOptions): RunResult {
  if (!(Number.isFinite(model.horizon) && model.horizon >= 0)) {
    throw new RangeError(`model '${model.name}': horizon must be a finite number of hours >= 0, got ${model.horizon}`);
  }
  if (!(Number.isFinite(model.warmup) && model.warmup >= 0)) {
    throw new RangeError(`model '${model.name}': warmup must be a finite number of hours >= 0, got ${model.warmup}`);
  }
  const s = new SimState(model, options.seed, options.replication, options.monitor ?? null, options.seeds ?? null);
  const maxEvents = model.limits && model.limits.maxEvents > 0 ? model.limits.maxEvents : Infinity;
  const onCheckpoint = options.onCheckpoint ?? null;
  startPools(s);
  startForums(s);
  startSeries(s);
  startTimeline(s);
  startPeriods(s);
  startArrivals(s);
  placeInitialWip(s);
  s.eventCount = runEvents(s, maxEvents, onCheckpoint);
  s.now = s.horizon;
  return assembleResult(s, options.seed, options.replication);
}

/**
 * The event loop, in a function of its own that returns when the horizon is reached. V8 compiles
 * the loop while it runs (on-stack replacement), before the code after it has ever run; with the
 * result's assembly after the loop, that code had no type feedback and leaving the loop threw the
 * optimised code away, at the end of each of a fresh process's first ten company replications
 * (11 deoptimisations of simulate against 2 of this function now). Here nothing follows the loop
 * but the return.
 */
function runEvents(
  s: SimState,
  maxEvents: number,
  onCheckpoint: ((simTime: number, events: number) => void) | null,
): number {
  const model = s.model;
  const eq = s.eventQueue;
  const timers = s.timerQueue;
  eq.end = s.horizon;
  timers.end = s.horizon;
  let events = 0;
  for (;;) {
    // The earlier of the two queues' heads, as one queue would order them. Timers take a branch of
    // their own: one body reading either queue through a variable cost the company 0.9% more
    // instructions (356.3 against 353.2 M a run).
    if (headsFirst(timers, eq)) {
      if (!timers.dueBeforeEnd()) break;
      timers.pop();
      s.now = timers.time;
      if (++events > maxEvents) throw eventLimit(s, maxEvents);
      if (timers.kind === EV_PATIENCE) abandon(s, timers.payload, timers.seq, s.now);
      else breachSla(s, timers.payload, timers.seq, s.now);
      if (onCheckpoint !== null && (events & CHECKPOINT_MASK) === 0) onCheckpoint(s.now, events);
      continue;
    }
    if (!eq.dueBeforeEnd()) break;
    eq.pop();
    // The time lives in s.now only: a local double still needed after the calls below was boxed
    // on every event (25 bytes per M/M/20 customer less without it).
    s.now = eq.time;
    if (++events > maxEvents) throw eventLimit(s, maxEvents);
    const payload = eq.payload;
    switch (eq.kind) {
      case EV_COMPLETION:
        completeService(s, payload);
        break;
      case EV_ARRIVAL:
        arrive(s, payload);
        break;
      case EV_HANDOFF:
        enterNode(s, payload, s.items.node[payload]);
        break;
      case EV_POOL_CHANGE:
        changePool(s, payload, s.now);
        break;
      case EV_POOL_WAKE:
        wakePool(s, payload);
        break;
      case EV_FORUM:
        holdSession(s, payload, s.now);
        break;
      case EV_SAMPLE:
        takeSample(s, s.now);
        break;
      case EV_TIMELINE:
        applyChange(s, payload);
        break;
      case EV_PERIOD:
        beginPeriod(s, payload);
        break;
    }
    if (onCheckpoint !== null && (events & CHECKPOINT_MASK) === 0) onCheckpoint(s.now, events);
  }
  return events;
}

/**
 * The event guard tripped. The message names where the events went, from what the run counts anyway
 * (nothing is added to the loop for it): the steps with the most service starts, and the rework
 * rules that have sent the items now in the system back most, so that a loop can be found at once.
 */
function eventLimit(s: SimState, maxEvents: number): SimulationLimitError {
  const model = s.model;
  const t = s.now;
  return new SimulationLimitError(
    `Event limit reached: more than limits.maxEvents = ${maxEvents} events by simulated time ` +
      `${t.toFixed(3)} h of a ${model.horizon} h horizon${model.name ? ` in model '${model.name}'` : ''}.` +
      `${whereEventsWent(s)} Raise it in the scenario ` +
      `(limits: { maxEvents: ${Math.max(maxEvents * 10, 1000)} }), shorten the horizon, or look for a loop ` +
      `that creates work without end (e.g. rework that sends most items back, or zero-time rework cycles).`,
  );
}

/** " Most service starts: 'a' (n), ... The items in the system were sent back n times, most by 'b' (m)." or "". */
function whereEventsWent(s: SimState): string {
  const model = s.model;
  const items = s.items;
  const N = model.nodes.length;
  const top = (counts: Float64Array) =>
    Array.from(counts.keys())
      .filter((n) => counts[n] > 0)
      .sort((a, b) => counts[b] - counts[a] || a - b)
      .slice(0, 3)
      .map((n) => `'${model.nodes[n].id}' (${counts[n]})`)
      .join(', ');
  const here = new Float64Array(N);
  const sentBack = new Float64Array(N);
  let rounds = 0;
  for (let i = 0; i < items.capacity; i++) {
    if (items.alive[i] === 0) continue;
    if (model.nodes[items.node[i]].kind === 'step') here[items.node[i]]++;
    const by = items.reworkNode[i];
    if (by >= 0) sentBack[by] += items.reworkRounds[i];
    rounds += items.reworkRounds[i];
  }
  const started = top(s.stepStats.started);
  let out = '';
  // Starts are counted from the warm-up on; before it, where the items are stands in for them.
  const waiting = top(here);
  if (started !== '')
    out += ` Most service starts${s.warmup > 0 ? ` since the warm-up (${s.warmup} h)` : ''}: ${started}.`;
  else if (waiting !== '') out += ` Most items in the system are at ${waiting}.`;
  if (rounds > 0) {
    const by = top(sentBack);
    out += ` The ${items.live} items in the system were sent back for rework ${rounds} times${by !== '' ? `, most by ${by}` : ''}.`;
  }
  return out;
}
