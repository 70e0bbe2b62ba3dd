// What a timeline costs per event: the company for 13 weeks, against the same with a timeline of 28
// dated changes that leave every value where it is (ramps from x to x: the agents' error rate, the
// ticket volume's multiplier, the agents' capacity, weekly), so both simulate the same work. Runs
// alternate in one process; CPU time per event, median over the runs after a warm-up.
//   npm run build:cli && node bench/tools/timelineCost.js [rounds=60]
import { readFileSync } from 'node:fs';
import { loadDist } from '../lib/loadDist.js';
import { COMPANY_FILE } from '../workloads/companyScenario.js';
import { median } from '../lib/median.js';

const rounds = Number(process.argv[2] ?? 60);
const { simulate } = await loadDist('core/index.js');
const { modelWithParams } = await loadDist('scenario/index.js');
const text = readFileSync(COMPANY_FILE, 'utf8');
const build = (params) => {
  const r = modelWithParams({ file: COMPANY_FILE, text }, null, [{ path: 'horizon', value: '13w' }, ...params]);
  if (!r.ok) throw new Error(r.issues.join('\n'));
  return { ...r.model, traceEvery: 0 };
};
const flat = (ramp, value) => ({ ramp, from: value, to: value, start: 'week 1', end: 'week 13', every: '1w' });
const timeline = {
  'error-flat': flat('pools.support-agent.errorRate', 0.06),
  'volume-flat': flat('itemTypes.ticket.arrivals.multiplier', 1),
  'capacity-flat': flat('pools.support-agent.capacity', 20),
};
const models = [build([]), build([{ path: 'timeline', value: timeline }])];
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const nsPerEvent = [[], []];
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? [1, 0] : [0, 1]) {
    const c = cpu();
    const result = simulate(models[k], { seed: 'timeline-cost', replication: r % 6 });
    if (r >= rounds / 4) nsPerEvent[k].push(((cpu() - c) / result.events) * 1e6);
  }
}
const [without, withTimeline] = nsPerEvent.map(median);
console.log(
  `company, 13 weeks: ${without.toFixed(0)} ns per event without a timeline, ${withTimeline.toFixed(0)} with ` +
    `${models[1].timeline?.length ?? 0} dated changes: ratio ${(withTimeline / without).toFixed(3)}`,
);
