// Where the key-figure tolerances in workloads/ come from: runs the ceilings (which compute the
// same figures as the engine) over many seeds at the full and CI sizes and prints the relative
// spread of each figure around its exact value. A tolerance of about 5 standard deviations keeps
// a correct engine passing for any seed while a wrong one (a rate read as a mean, a lost
// completion, a wrong discipline) misses by far more. Run: node bench/tools/calibrateTolerances.js [seeds]
import { mmcCeiling } from '../ceiling/mmcCeiling.js';
import { tandemCeiling } from '../ceiling/tandemCeiling.js';
import { mmcExact } from '../exact/erlangC.js';
import { jacksonTandemExact } from '../exact/jacksonTandem.js';
import { queueingParams, horizonFor } from '../workloads/queueingParams.js';

const seeds = Number(process.argv[2] ?? 20);

function spread(label, exact, run) {
  const devs = [];
  for (let s = 0; s < seeds; s++) devs.push(run(`cal-${s}`) / exact - 1);
  const mean = devs.reduce((a, b) => a + b, 0) / devs.length;
  const sd = Math.sqrt(devs.reduce((a, b) => a + (b - mean) ** 2, 0) / (devs.length - 1));
  const worst = Math.max(...devs.map(Math.abs));
  console.log(
    `${label.padEnd(34)} bias ${(mean * 100).toFixed(2).padStart(6)}%  sd ${(sd * 100).toFixed(2).padStart(5)}%  worst ${(worst * 100).toFixed(2).padStart(5)}%`,
  );
}

for (const items of [1_000_000, 200_000, 100_000]) {
  const p = queueingParams.mm1;
  const ex = mmcExact(p.lambda, p.mu, p.c);
  spread(`mm1 W @${items}`, ex.w, (seed) => mmcCeiling({ ...p, ...horizonFor(p, items), seed }).meanSojourn);
  spread(
    `mm1 util @${items}`,
    ex.utilisation,
    (seed) => mmcCeiling({ ...p, ...horizonFor(p, items), seed }).utilisation,
  );
}
for (const items of [1_000_000, 200_000, 100_000]) {
  const p = queueingParams.mmc;
  const ex = mmcExact(p.lambda, p.mu, p.c);
  spread(`mmc W @${items}`, ex.w, (seed) => mmcCeiling({ ...p, ...horizonFor(p, items), seed }).meanSojourn);
  spread(`mmc Wq @${items}`, ex.wq, (seed) => mmcCeiling({ ...p, ...horizonFor(p, items), seed }).meanWait);
}
for (const items of [200_000, 40_000, 20_000]) {
  const p = queueingParams.tandem;
  const ex = jacksonTandemExact(p.lambda, p.mu, p.c, p.stations, p.feedback);
  spread(`tandem W @${items}`, ex.w, (seed) => tandemCeiling({ ...p, ...horizonFor(p, items), seed }).meanSojourn);
}
