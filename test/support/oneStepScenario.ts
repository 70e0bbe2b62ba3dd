// The text of a scenario with one step: items of type `job` arrive at `work` (function ops), one pool
// serves them, and they leave as done. Semantics tests that need only a flow write what they vary: the
// pool, the arrivals, the service time, the horizon, and any further text (calendars, a timeline).

export interface OneStep {
  horizon: string;
  /** The pool's id and its fields, as flow YAML: ['agents', 'kind: agent, capacity: 2']. */
  pool: readonly [id: string, fields: string];
  /** The arrivals' fields, as flow YAML: 'poisson: 10/h', 'batch: 4, every: 2w'. */
  arrivals: string;
  /** The service time at `work`: a duration ('10h') or a distribution ('{ dist: exponential, mean: 6m }'). */
  time: string;
  /** More fields of the item type, as flow YAML: 'peaks: [{ multiply: 2, lastBusinessDays: 2, of: month }]'. */
  jobFields?: string;
  /** More top-level text after the flow: calendars, a timeline. */
  extra?: string;
}

export function oneStepScenario(o: OneStep): string {
  const [id, fields] = o.pool;
  return `
opsim: 1
horizon: ${o.horizon}
functions: [ops]
pools:
  ${id}: { ${fields} }
itemTypes:
  job: { arrivals: { ${o.arrivals} }, entry: work${o.jobFields ? `, ${o.jobFields}` : ''} }
steps:
  work:
    function: ops
    serve: [{ pool: ${id}, time: ${o.time} }]
    next: done
  done: { kind: exit, outcome: done }
${o.extra ?? ''}
`;
}
