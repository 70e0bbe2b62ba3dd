// A tiny scenario shared by the experiments, worker and CLI tests: an M/M/1-like agent queue at
// utilisation 0.8 with a risk gate sending one item in ten to an executive. Two weeks of simulated
// time run in milliseconds. Variant `same` changes nothing that matters (capacity 1 -> 1);
// `extra-server` adds a second server, which must shorten the wait.
export const TINY_FILE = 'tiny.yaml';

export const TINY_YAML = `
opsim: 1
name: Tiny
horizon: 2w
warmup: 1d
seed: 7
replications: 4
functions: [ops]
calendars:
  always: { week: always }
pools:
  server: { kind: agent, capacity: 1, costPerTask: 2, errorRate: 0.1 }
  boss: { kind: executive, calendar: always, costPerHour: 100 }
itemTypes:
  job:
    arrivals: { poisson: 8/h }
    entry: work
    attributes:
      risk: { dist: uniform, min: 0, max: 1 }
    defectCost: 50
steps:
  work:
    function: ops
    serve:
      - pool: server
        time: { dist: exponential, mean: 6m }
    next: gate
  gate:
    kind: gate
    next: { thresholds: { attr: risk, cuts: [0.9], to: [done, decide] } }
  decide:
    function: ops
    serve:
      - pool: boss
        time: 5m
    next: done
  done: { kind: exit, outcome: done }
variants:
  same:
    changes:
      - { op: set, path: pools.server.capacity, value: 1 }
  extra-server:
    changes:
      - { op: set, path: pools.server.capacity, value: 2 }
sweeps:
  capacity:
    param: pools.server.capacity
    values: [1, 2]
`;

/**
 * The tiny scenario with one more variant, `reject-all`, whose gate sends every item to a rejecting
 * exit: it finishes no item, so its runs report 0 for cost per done item and cycle time.
 */
export const TINY_REJECT_ALL_YAML = TINY_YAML.replace(
  '  extra-server:\n',
  '  reject-all:\n    changes:\n' +
    '      - { op: set, path: steps.gate.next, value: { thresholds: { attr: risk, cuts: [0.9], to: [nope, nope] } } }\n' +
    '  extra-server:\n',
).replace(
  '  done: { kind: exit, outcome: done }',
  '  done: { kind: exit, outcome: done }\n  nope: { kind: exit, outcome: rejected }',
);

/**
 * The tiny scenario with 11 arrivals an hour against the one server's 10: the base is overloaded (the
 * server always busy, the backlog growing), while `extra-server` is not.
 */
export const TINY_OVERLOADED_YAML = TINY_YAML.replace('poisson: 8/h', 'poisson: 11/h');
