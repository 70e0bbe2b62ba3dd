// A/B of two builds of the engine in ONE process: both loaded side by side, their runs alternated,
// CPU time per run, median of the pairwise ratios after a warm-up quarter. On a machine that others
// load, both builds meet the same load at the same moments, which timing fresh processes
// (compareBuilds.js) does not. Still noisy: an A/A test of a build against its copy read 1.00 to 1.01
// on a lightly loaded machine, but an A/B once read 1.00 one way round and 1.09 the other under load.
// Trust only a difference of several percent that holds with the builds swapped, and count
// instructions (instructionCount.js) for anything smaller.
//   node bench/tools/abInProcess.js <distA> <distB> [mmc|tandem|company] [rounds=40]
import { median } from '../lib/median.js';
import { engineModel } from '../lib/engineModel.js';

const [a, b, workload = 'mmc', roundsArg = '40'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/tools/abInProcess.js <distA> <distB> [mmc|tandem|company] [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg);

const builds = [await engineModel(a, workload), await engineModel(b, workload)];
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const ms = [[], []];
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const c = cpu();
    builds[k].simulate(builds[k].model, { seed: 'ab', replication: r % 5 });
    ms[k].push(cpu() - c);
  }
}
const skip = Math.floor(rounds / 4);
const [ma, mb] = ms.map((runs) => median(runs.slice(skip)));
const pairwise = median(ms[0].slice(skip).map((x, i) => x / ms[1][skip + i]));
console.log(
  `${workload}: A ${ma.toFixed(1)} ms, B ${mb.toFixed(1)} ms per run (median CPU time); ` +
    `B speed-up ${(ma / mb).toFixed(3)}, median pairwise ${pairwise.toFixed(3)}`,
);
