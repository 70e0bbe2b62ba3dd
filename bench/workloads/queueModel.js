// Builds the compiled Model (src/core/model/model.ts) of a line of M/M/c stations directly, with
// no scenario file in between, so the benchmark times the engine and nothing else. Stations are
// served by agent pools (always open, no cost, no errors) so that the engine's calendar, cost and
// quality machinery has nothing to do: what remains is the queueing core the ceiling also does.
// An optional Bernoulli feedback sends a fraction of the last station's output back to the first.

export function queueModel({ name, lambda, mu, c, stations = 1, feedback = 0, horizon, warmup }) {
  const stationIds = stations === 1 ? ['station'] : Array.from({ length: stations }, (_, k) => `s${k + 1}`);
  const nodeIds = ['done', ...stationIds].sort();
  const nodeIndex = (id) => nodeIds.indexOf(id);
  const poolIds = stations === 1 ? ['servers'] : stationIds.map((s) => `p${s.slice(1)}`);

  const pools = poolIds.map((id) => ({
    id,
    kind: 'agent',
    capacity: c,
    calendar: -1,
    shiftEnd: 'finish',
    costPerTask: 0,
    costPerBusyHour: 0,
    costPerPaidHour: 0,
    errorRate: [0],
    rateLimitPerHour: 0,
    budgetHoursPerWeek: 0,
    skills: [],
  }));

  const nodes = nodeIds.map((id) => {
    if (id === 'done') return { id, kind: 'exit', fn: -1, rework: null, next: null, outcome: 'done' };
    const k = stationIds.indexOf(id);
    const last = k === stations - 1;
    const after = last ? nodeIndex('done') : nodeIndex(stationIds[k + 1]);
    const next =
      last && feedback > 0
        ? {
            kind: 'probabilistic',
            branches: [
              { to: nodeIndex('done'), p: 1 - feedback },
              { to: nodeIndex(stationIds[0]), p: feedback },
            ].sort((a, b) => a.to - b.to),
          }
        : { kind: 'fixed', to: after };
    return {
      id,
      kind: 'step',
      fn: 0,
      rework: null,
      next,
      servers: [{ pool: k, when: null, service: [{ kind: 'exponential', mean: 1 / mu }], errorRate: null }],
      discipline: { kind: 'fifo' },
      queueCapacity: Infinity,
      overflow: -1,
      sla: null,
      escalation: false,
    };
  });

  return {
    name,
    horizon,
    warmup,
    startWeekday: 0,
    functions: ['ops'],
    attributes: [],
    itemTypes: [
      {
        id: 'customer',
        arrivals: { kind: 'poisson', ratePerHour: lambda },
        entry: nodeIndex(stationIds[0]),
        attributes: [],
        patience: null,
        patienceCalendar: -1,
        defectCost: 0,
        value: 0,
      },
    ],
    pools,
    calendars: [],
    nodes,
    handoffs: [],
    initialWip: [],
    limits: { maxEvents: Number.MAX_SAFE_INTEGER, maxWip: 10_000_000 },
    traceEvery: 0,
  };
}
