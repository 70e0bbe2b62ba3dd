// Worker scaling: the same `opsim compare` of five company designs with two workers against one,
// both as fresh CLI processes timed by the wall clock. The ratio is time with 1 / time with 2: 2
// would be perfect on two cores. The two reports must be byte-identical.
import { REPLICATIONS, runCompareCli } from './compareCli.js';

export const scaling = {
  name: 'scaling',
  title: 'compare with 2 workers vs 1',
  kind: 'scenario',
  ratioBasis: 'events',
  timing: 'wall',
  processes: 1,
  target: 1.8,
  async prepare({ size, seed }) {
    const replications = REPLICATIONS[size];
    let one = null;
    let identical = true;
    const jobs = 5 * replications;
    return {
      run() {
        const two = runCompareCli(replications, 2, seed);
        if (one !== null && two !== one) identical = false;
        return { events: jobs, items: jobs, replications: jobs, figures: { sameReport: identical && one !== null } };
      },
      checks: [{ figure: 'sameReport', label: 'the same report with 1 and 2 workers' }],
      yardstick: () => {
        const json = runCompareCli(replications, 1, seed);
        if (one === null) one = json;
        else if (json !== one) identical = false;
        return { events: jobs, items: jobs, replications: jobs };
      },
      yardstickLabel: 'the same compare with 1 worker',
      title: `5 company designs x ${replications} replications`,
      via: 'opsim compare --workers 2 vs --workers 1, fresh CLI processes, wall clock',
    };
  },
};
