// A/B of two builds of the engine in ONE process: both loaded side by side, their runs alternated,
// CPU time per run, median of the pairwise ratios after a warm-up quarter. On a machine that others
// load, this holds up better than timing fresh processes (compareBuilds.js): both builds meet the
// same load at the same moments. An A/A test of a build against its copy reads 1.00 to 1.01.
//   node bench/tools/abInProcess.js <distA> <distB> [mmc|tandem|company] [rounds=40]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { median } from '../lib/median.js';
import { join } from 'node:path';
import { COMPANY_FILE } from '../workloads/companyScenario.js';
import { repoRoot } from '../lib/loadDist.js';

const [a, b, workload = 'mmc', roundsArg = '40'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/tools/abInProcess.js <distA> <distB> [mmc|tandem|company] [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg);

async function build(dist) {
  const core = await import(pathToFileURL(resolve(dist, 'core/index.js')).href);
  if (workload === 'company') {
    const { modelWithParams } = await import(pathToFileURL(resolve(dist, 'scenario/index.js')).href);
    const text = readFileSync(join(repoRoot, COMPANY_FILE), 'utf8');
    const built = modelWithParams({ file: COMPANY_FILE, text }, null, [{ path: 'horizon', value: '13w' }]);
    if (!built.ok) throw new Error(`${dist}: the company does not build: ${built.issues[0]}`);
    return { simulate: core.simulate, model: { ...built.model, traceEvery: 0 } };
  }
  const w = (await import(`../workloads/${workload}.js`))[workload];
  return { simulate: core.simulate, model: w.model(workload === 'tandem' ? 50_000 : 200_000) };
}

const builds = [await build(a), await build(b)];
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
