// Stationary distribution of a small continuous-time Markov chain, for systems whose exact answer
// has no closed form but a finite (or truncated) state space: heterogeneous pools in order of
// preference, overflow from one queue to another. States are explored from an initial state
// through the transition function, then the balance equations
//   pi_j * (total rate out of j) = sum_i pi_i * rate(i -> j)
// are solved by Gauss–Seidel sweeps until nothing moves by more than 1e-13 (relative).

export interface Chain<S> {
  states: S[];
  /** Stationary probability of each state, same order as `states`. */
  pi: number[];
  /** Expectation of f under the stationary distribution. */
  expect(f: (s: S) => number): number;
}

export function stationary<S>(
  initial: S,
  key: (s: S) => string,
  transitions: (s: S) => [S, number][],
  maxStates = 100_000,
): Chain<S> {
  const index = new Map<string, number>([[key(initial), 0]]);
  const states: S[] = [initial];
  const out: [number, number][][] = [];
  for (let i = 0; i < states.length; i++) {
    const edges: [number, number][] = [];
    for (const [next, rate] of transitions(states[i])) {
      if (rate <= 0) continue;
      const k = key(next);
      let j = index.get(k);
      if (j === undefined) {
        j = states.length;
        if (j >= maxStates) throw new RangeError(`stationary: more than ${maxStates} states; truncate the chain`);
        index.set(k, j);
        states.push(next);
      }
      if (j !== i) edges.push([j, rate]);
    }
    out.push(edges);
  }
  const n = states.length;
  const outRate = out.map((edges) => edges.reduce((s, [, r]) => s + r, 0));
  const into: [number, number][][] = Array.from({ length: n }, () => []);
  out.forEach((edges, i) => edges.forEach(([j, r]) => into[j].push([i, r])));
  let pi = new Array<number>(n).fill(1 / n);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let moved = 0;
    for (let j = 0; j < n; j++) {
      if (outRate[j] === 0) continue;
      const inflow = into[j].reduce((s, [i, r]) => s + pi[i] * r, 0);
      const next = inflow / outRate[j];
      moved = Math.max(moved, Math.abs(next - pi[j]) / Math.max(next, 1e-300));
      pi[j] = next;
    }
    const total = pi.reduce((s, x) => s + x, 0);
    pi = pi.map((x) => x / total);
    if (moved < 1e-13) break;
  }
  return { states, pi, expect: (f) => states.reduce((s, st, i) => s + pi[i] * f(st), 0) };
}
