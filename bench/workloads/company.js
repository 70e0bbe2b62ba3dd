// The bundled company scenario for one simulated year (52 weeks): calendars, gates, forums,
// executives, rework, all of the engine at once. Its speed is put against the M/M/20 ceiling
// measured in the same process. No closed form exists, so the checks are conservation laws and
// byte-identical results when the same seed is run again.
import { loadDist } from '../lib/loadDist.js';
import { companySource, companyModel } from './companyScenario.js';
import { conservationHolds } from './conservation.js';

// CI: 26 weeks, not 13: 13-week runs (about 40 ms) swung by 25% with the timing of a major GC.
const WEEKS = { full: 52, ci: 26 };

export const company = {
  name: 'company',
  title: 'company scenario, 1 year',
  kind: 'scenario',
  ratioBasis: 'events',
  async prepare({ size, seed }) {
    const { simulate } = await loadDist('core/index.js');
    const model = await companyModel(await companySource(), [{ path: 'horizon', value: `${WEEKS[size]}w` }]);
    const wip = model.initialWip.reduce((n, w) => n + w.count, 0);
    let first = null;
    let identical = true;
    return {
      run(onCheckpoint) {
        const result = simulate(model, { seed, replication: 0, onCheckpoint });
        const json = JSON.stringify(result);
        if (first === null) first = json;
        else if (json !== first) identical = false;
        return {
          events: result.events,
          items: result.totals.arrived,
          replications: 1,
          figures: {
            cycleTimeMean: result.overall.cycleTime.mean,
            costPerOutcome: result.cost.perOutcome,
            conservation: conservationHolds(result, wip),
            deterministic: identical,
          },
        };
      },
      checks: [
        { figure: 'conservation', label: 'conservation of items and errors' },
        { figure: 'deterministic', label: 'same seed, byte-identical result' },
      ],
      title: `${model.name}, ${WEEKS[size]} weeks`,
    };
  },
};
