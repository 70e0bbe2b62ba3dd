import { CLASS_SAMPLE, EV_SAMPLE } from './eventOrder.js';
import { K_STEP, type SimState } from './simState.js';

/**
 * The over-time series: every `traceEvery` hours from time 0 (warm-up included, so a warm-up can be
 * judged from it), WIP and each step's waiting count. Memory grows with samples, not events.
 */
export function startSeries(s: SimState): void {
  if (s.model.traceEvery > 0) s.eq.push(0, CLASS_SAMPLE, EV_SAMPLE, 0);
}

export function takeSample(s: SimState, t: number): void {
  s.seriesT.push(t);
  s.seriesWip.push(s.items.live);
  let k = 0;
  for (let n = 0; n < s.nN; n++) if (s.nodeKind[n] === K_STEP) s.seriesQueues[k++].push(s.waiting[n]);
  const next = t + s.model.traceEvery;
  if (next < s.horizon) s.eq.push(next, CLASS_SAMPLE, EV_SAMPLE, 0);
}
