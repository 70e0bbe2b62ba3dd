// Checks the queueing suites share: Little's law (L = lambda W) on simulated figures, per item type,
// per station and for a whole network, and one figure per station against its exact value.
import { expect } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { expectNear, fmt } from './confidence.js';
import { windowHours } from './replicate.js';

/** Little's law on the simulated numbers of each replication: L = lambda W, within relTol on the replication means. */
export function expectLittle(
  runs: readonly RunResult[],
  figure: string,
  pick: (r: RunResult) => { l: number; lambda: number; w: number },
  relTol: number,
): void {
  const l = runs.map((r) => pick(r).l);
  const lw = runs.map((r) => pick(r).lambda * pick(r).w);
  const meanL = l.reduce((s, x) => s + x, 0) / l.length;
  const meanLw = lw.reduce((s, x) => s + x, 0) / lw.length;
  const relError = Math.abs(meanL - meanLw) / meanLw;
  if (process.env.OPSIM_TEST_LOG)
    console.log(`Little ${figure}: L ${fmt(meanL)} lambda W ${fmt(meanLw)} gap ${(relError * 100).toFixed(3)}%`);
  expect(
    relError <= relTol,
    `Little's law for ${figure}: L = ${fmt(meanL)}, lambda W = ${fmt(meanLw)}, relative gap ${(relError * 100).toFixed(2)}% (bound ${(relTol * 100).toFixed(1)}%)`,
  ).toBe(true);
}

/** Little's law for each item type: items of the type in the system = their arrival rate x their cycle time. */
export function expectLittlePerType(runs: readonly RunResult[], types: readonly string[], relTol: number): void {
  for (const type of types)
    expectLittle(
      runs,
      type,
      (r) => ({
        l: r.byType[type].wipMean,
        lambda: r.byType[type].arrived / windowHours(r),
        w: r.byType[type].cycleTime.mean,
      }),
      relTol,
    );
}

/** Little's law at each station's queue: items waiting = visits per hour x wait per visit. */
export function expectLittleAtStations(runs: readonly RunResult[], stations: readonly string[], relTol: number): void {
  for (const id of stations)
    expectLittle(
      runs,
      `queue ${id}`,
      (r) => ({ l: r.steps[id].queueMean, lambda: r.steps[id].arrivals / windowHours(r), w: r.steps[id].wait.mean }),
      relTol,
    );
}

/** Little's law at each station's queue (per visit) and for the network as a whole: items in the system = arrivals per hour x cycle time per item. */
export function expectLittleAtStationsAndNetwork(
  runs: readonly RunResult[],
  stations: readonly string[],
  relTol: number,
): void {
  expectLittleAtStations(runs, stations, relTol);
  expectLittle(
    runs,
    'the network',
    (r) => ({ l: r.overall.wipMean, lambda: r.overall.arrived / windowHours(r), w: r.overall.cycleTime.mean }),
    relTol,
  );
}

/** One figure at each station near its exact value (`exact[j]` for `stations[j]`), on the replications' mean. */
export function expectAtEachStation<Station extends string>(
  runs: readonly RunResult[],
  stations: readonly Station[],
  figure: string,
  pick: (r: RunResult, station: Station) => number,
  exact: readonly number[],
  relTol: number,
): void {
  stations.forEach((id, j) =>
    expectNear(
      runs.map((r) => pick(r, id)),
      { figure: `${figure} at ${id}`, exact: exact[j], relTol },
    ),
  );
}

/** The network's mean cycle time W and mean number in the system L near their exact values. */
export function expectNetworkWL(runs: readonly RunResult[], exact: { w: number; l: number }, relTol: number): void {
  expectNear(
    runs.map((r) => r.overall.cycleTime.mean),
    { figure: 'W', exact: exact.w, relTol },
  );
  expectNear(
    runs.map((r) => r.overall.wipMean),
    { figure: 'L', exact: exact.l, relTol },
  );
}
