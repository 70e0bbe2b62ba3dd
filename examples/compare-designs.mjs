// A scripted experiment with opsim's library API: load the bundled AI-native company, compare two of
// its designs with the base under common random numbers, and print what moved. Run it with
// `node examples/compare-designs.mjs` after `npm install` (or from any project that installed opsim).
import { readFile } from 'node:fs/promises';
import { compare, loadScenario, OpsimError } from 'opsim';

const file = new URL('../scenarios/company/ai-native.yaml', import.meta.url);
const scenario = loadScenario(await readFile(file, 'utf8'), { file: 'ai-native.yaml' });
console.log(`${scenario.model.name}: designs base, ${scenario.variants.join(', ')}`);

const report = await compare(scenario, {
  variants: ['human-run', 'review-everything'],
  replications: 3,
  onProgress: (done, total) => process.stderr.write(`\r${done}/${total} replications`),
});
process.stderr.write('\n');

for (const d of report.designs) {
  // Cost per done item, not per outcome: a design that loses work must not look cheaper for it.
  const cost = d.headline.costPerDone;
  console.log(`${d.name.padEnd(18)} cost per done item ${cost.mean.toFixed(1)} ± ${cost.half.toFixed(1)}`);
}
for (const e of report.explanations) console.log(`- ${e.text}`);

// Invalid input is one error type, with every issue's path.
try {
  loadScenario('opsim: 1\nname: Broken\nhorizon: soon\n', { file: 'broken.yaml' });
} catch (err) {
  if (!(err instanceof OpsimError)) throw err;
  console.log(`broken.yaml has ${err.issues.length} issues, the first at ${err.issues[0].path}`);
}
