// A two-station tandem line whose cheapest staffing under a cycle-time limit follows from Jackson's
// theorem: Poisson arrivals at 8/h; station a serves in 12m on average (μ = 5/h), station b in 20m
// (μ = 3/h), both exponential; a server costs 100 a week at a and 150 at b. The mean time in the
// system is the sum of two M/M/c sojourn times (Erlang C at each station):
//   a\b     3 (450)        4 (600)        5 (750)
//   2 (200) 1.686 h  650   0.984 h  800   0.912 h  950
//   3 (300) 1.370 h  750   0.667 h  900   0.596 h 1050
//   4 (400) 1.338 h  850   0.636 h 1000   0.564 h 1150
// With the limit cycleTime <= 0.8 h (tolerance 0.05 h, which every design clears by more than 0.1 h) the
// cheapest feasible design is a = 3, b = 4, at 900 a week.
export const TANDEM_FILE = 'tandem.yaml';

export const TANDEM_YAML = `
opsim: 1
name: Tandem staffing
horizon: 400h
warmup: 40h
seed: 3
functions: [ops]
pools:
  server-a: { kind: agent, capacity: 2 }
  server-b: { kind: agent, capacity: 3 }
itemTypes:
  job:
    arrivals: { poisson: 8/h }
    entry: a
steps:
  a:
    function: ops
    serve:
      - pool: server-a
        time: { dist: exponential, mean: 12m }
    next: b
  b:
    function: ops
    serve:
      - pool: server-b
        time: { dist: exponential, mean: 20m }
    next: done
  done: { kind: exit, outcome: done }
decisions:
  a:
    param: pools.server-a.capacity
    values: { from: 2, to: 4, step: 1 }
    costPerUnit: 100
  b:
    param: pools.server-b.capacity
    values: [3, 4, 5]
    costPerUnit: 150
`;
