import { simulate, type Model, type TraceRecord } from '../../src/core/index.js';

/** The whole trace of a run as compact lines: "t event #item node [pool] [detail]". */
export function traceOf(m: Model, seed: string | number = 7): string[] {
  const out: string[] = [];
  simulate(m, {
    seed,
    replication: 0,
    monitor: (r: TraceRecord) =>
      out.push(`${r.t} ${r.event} #${r.item} ${r.node}${r.pool ? ' ' + r.pool : ''}${r.detail ? ' ' + r.detail : ''}`),
  });
  return out;
}
