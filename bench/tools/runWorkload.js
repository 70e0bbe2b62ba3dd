// Runs one engine workload n times in this process (for instructionCount.js): the M/M/20 or the
// tandem at the CI size, or the company for 13 weeks.
//   node bench/tools/runWorkload.js <dist> [mmc|tandem|company] [n=6]
import { engineModel } from '../lib/engineModel.js';

const [dist, workload = 'mmc', n = '6'] = process.argv.slice(2);
const { simulate, model } = await engineModel(dist, workload);
for (let r = 0; r < Number(n); r++) simulate(model, { seed: 'count', replication: r % 5 });
