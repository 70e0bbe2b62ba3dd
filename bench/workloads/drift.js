// A drift check's replication against the engine alone: one replication of the company over the
// weeks of a drift check, measured as `opsim drift` measures it (the run's log built from its trace,
// starts paired with completions, KPIs counted per window: eventlog's measureWindows), against the
// same replication simulated without a trace. The ratio is engine time / measured time: 1 would mean
// that measuring costs nothing, 0.5 that it doubles a replication.
import { loadDist, distExists } from '../lib/loadDist.js';
import { SkipWorkload } from '../lib/skip.js';
import { companySource } from './companyScenario.js';

const WEEKS = { full: 13, ci: 8 };
/** A Monday, 00:00 UTC: drift's windows start at a UTC midnight. */
const START = Date.UTC(2027, 0, 4);
const REPLICATION = 1;

export const drift = {
  name: 'drift',
  title: 'a drift replication measured per window vs the engine alone',
  kind: 'scenario',
  ratioBasis: 'events',
  async prepare({ size, seed }) {
    if (!distExists('eventlog/measure.js')) throw new SkipWorkload('dist/eventlog/measure.js has not landed yet');
    const { simulate } = await loadDist('core/index.js');
    const { loadScenario } = await loadDist('scenario/index.js');
    const { measureWindows } = await loadDist('eventlog/measure.js');
    const { driftRuns } = await loadDist('eventlog/drift/driftCheck.js');
    const loaded = loadScenario(await companySource());
    if (!loaded.ok) throw new Error('the company scenario does not load');
    const d = driftRuns(loaded.doc, START, WEEKS[size], 168);
    const plain = () => simulate(d.model, { seed, replication: REPLICATION });
    const { events, totals } = plain();
    let first = null;
    let identical = true;
    return {
      run() {
        const measured = measureWindows(d.model, seed, REPLICATION, d.measure);
        const json = JSON.stringify(measured);
        if (first === null) first = json;
        else if (json !== first) identical = false;
        return {
          events,
          items: totals.arrived,
          replications: 1,
          figures: { windows: measured.windows.length === WEEKS[size], deterministic: identical },
        };
      },
      checks: [
        { figure: 'windows', label: `${WEEKS[size]} weekly windows measured` },
        { figure: 'deterministic', label: 'same seed, the same figures' },
      ],
      yardstick: () => {
        const r = plain();
        return { events: r.events, items: r.totals.arrived, replications: 1 };
      },
      yardstickLabel: 'the same replication, simulated without a trace',
      title: `${loaded.model.name}, ${WEEKS[size]} weeks in weekly windows`,
      via: 'simulateLog, pairInstances and windowFigures in this process, CPU time',
    };
  },
};
