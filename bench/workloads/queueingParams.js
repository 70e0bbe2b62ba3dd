// Parameters of the three queueing workloads, shared by the engine models, the ceilings, the
// closed forms and the tolerance calibration, so that all four describe the same system.
// Time unit: hours (the engine's). Item counts map to a horizon through the arrival rate:
// horizon = items / lambda. The warm-up (statistics start) is a fixed fraction of the horizon,
// long against each system's relaxation time.

export const queueingParams = {
  mm1: { lambda: 0.9, mu: 1, c: 1, warmupFraction: 0.01 },
  mmc: { lambda: 18, mu: 1, c: 20, warmupFraction: 0.01 },
  // Utilisation 0.8 at every station: visit rate 1.44 / 0.9 = 1.6 against 2 servers of rate 1.
  tandem: { lambda: 1.44, mu: 1, c: 2, stations: 5, feedback: 0.1, warmupFraction: 0.01 },
};

export function horizonFor(params, items) {
  const horizon = items / params.lambda;
  return { horizon, warmup: horizon * params.warmupFraction };
}
