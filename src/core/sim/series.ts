import type { Model } from '../model/model.js';
import { CLASS_SAMPLE, EV_SAMPLE } from './eventOrder.js';
import { NODE_STEP } from './nodeTable.js';
import type { SimState } from './simState.js';

/** Samples of the over-time series: times, WIP, and each step's waiting count (steps in node order). */
export class OverTimeSeries {
  readonly t: number[] = [];
  readonly wip: number[] = [];
  readonly queues: number[][];

  constructor(model: Model) {
    this.queues = model.nodes.filter((n) => n.kind === 'step').map(() => []);
  }
}

/**
 * The over-time series: every `traceEvery` hours from time 0 (warm-up included, so a warm-up can be
 * judged from it), WIP and each step's waiting count. Memory grows with samples, not events.
 */
export function startSeries(s: SimState): void {
  if (s.model.traceEvery > 0) s.eventQueue.push(0, CLASS_SAMPLE, EV_SAMPLE, 0);
}

export function takeSample(s: SimState, t: number): void {
  const series = s.series;
  series.t.push(t);
  series.wip.push(s.items.live);
  const { kind, count } = s.nodes;
  let k = 0;
  for (let n = 0; n < count; n++) if (kind[n] === NODE_STEP) series.queues[k++].push(s.steps.waiting[n]);
  const next = t + s.model.traceEvery;
  if (next < s.horizon) s.eventQueue.push(next, CLASS_SAMPLE, EV_SAMPLE, 0);
}
