// Closed forms for M/M/c (Erlang C), used to check that a fast engine is also a right one.
// Erlang B by the stable recursion B(k) = a B(k-1) / (k + a B(k-1)), then
// C = c B / (c - a (1 - B))  (e.g. Gross & Harris, Fundamentals of Queueing Theory, ch. 2).

export function erlangC(c, offeredLoad) {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return (c * b) / (c - offeredLoad * (1 - b));
}

/** Mean wait in queue Wq and mean time in system W of an M/M/c queue, and server utilisation. */
export function mmcExact(lambda, mu, c) {
  const a = lambda / mu;
  if (a >= c) throw new Error(`M/M/${c} with load ${a} is unstable`);
  const pWait = erlangC(c, a);
  const wq = pWait / (c * mu - lambda);
  return { pWait, wq, w: wq + 1 / mu, utilisation: a / c };
}
