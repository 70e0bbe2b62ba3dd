// Choosing a design and tying a model to a log with opsim's library API: pick the staffing of an
// M/M/c queue with a stated confidence (select), search a company file's decisions (optimise), then
// fit a scenario from an event log and check the log for drift against it (fit, drift). Run it with
// `node examples/choose-and-fit.mjs` after `npm install` (or from any project that installed opsim).
import { readFile } from 'node:fs/promises';
import { drift, fit, loadScenario, optimise, readEventLog, select } from 'opsim';

// 1. Which headcount gives the shortest mean time in system, with 95% confidence?
const file = new URL('../scenarios/validation/mmc.yaml', import.meta.url);
const scenario = loadScenario(await readFile(file, 'utf8'), { file: 'mmc.yaml' });
const choice = await select(scenario, {
  params: [{ path: 'pools.servers.capacity', values: [5, 6, 7] }],
  objective: 'cycleTime',
  delta: '6m',
  maxReplications: 100,
});
console.log(`select: ${choice.selected} (${choice.rule}, ${choice.replications.used} replications used)`);

// 1b. The file's decisions (specialists on the refund desk, their refund authority): the cheapest
// combination that keeps the VP within the decision budget and loses at most 0.5% of customers.
const vpFile = new URL('../scenarios/company/support-vp.yaml', import.meta.url);
const vp = loadScenario(await readFile(vpFile, 'utf8'), { file: 'support-vp.yaml' });
const best = await optimise(vp, {
  delta: 0.5,
  constraints: ['budgetUse:vp-support<=1', 'abandonedShare<=0.5%'],
});
console.log(`optimise: ${best.best?.name ?? 'none'} (${best.rule}, ${best.designs} combinations)`);

// 2. A company's event log (made up here: 6 weeks of claims, registered then decided by two clerks).
// Both clerks are in the claims team (org:group). Without a group each clerk is a pool of their own;
// both serve each activity from one queue, but the first listed is preferred, so it does more than
// the half it did here, and drift flags both clerks' utilisation (docs/event-logs.md, limits).
const rows = ['case:concept:name,concept:name,lifecycle:transition,org:group,org:resource,time:timestamp'];
let seed = 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const iso = (ms) => new Date(ms).toISOString();
let t = Date.UTC(2026, 0, 5, 8);
for (let c = 0; t < Date.UTC(2026, 1, 16); c++) {
  t += -Math.log(1 - random()) * 40 * 60_000; // a claim every 40 minutes on average
  const clerk = `clerk-${c % 2}`;
  const decided = t + (5 + 30 * random()) * 60_000;
  rows.push(`claim-${c},register,complete,claims,${clerk},${iso(t + 2 * 60_000)}`);
  rows.push(`claim-${c},decide,complete,claims,${clerk},${iso(decided)}`);
}
const log = readEventLog(rows.join('\n'), { logFile: 'claims.csv' });
console.log(`log: ${log.log.cases.length} cases, ${log.log.n} events`);

// 3. A scenario fitted from it, with the evidence for each number, validated on a held-out part.
const fitted = await fit(log, { logFile: 'claims.csv', replications: 5 });
console.log(
  `fit: ${fitted.summary.steps} steps, ${fitted.summary.pools} pools; scenario of ${fitted.scenario.split('\n').length} lines`,
);
console.log(
  `fit: ${fitted.validation.rows.filter((r) => r.verdict === 'within').length} of ${fitted.validation.rows.length} figures within their intervals`,
);

// 4. The same log checked for drift against the fitted scenario, week by week.
const report = await drift(fitted.scenario, log, { window: '1w', replications: 10 });
console.log(`drift: ${report.windows.length} windows; outside their intervals: ${report.flagged.join(', ') || 'none'}`);
