// The experiment pipeline against the engine: `opsim compare` of five company designs with one
// worker (the whole command: start, reading and compiling the scenario, the engine's warm-up in a
// fresh process, aggregation, the report), against the same replications run by the engine in this
// process once warm. The ratio is engine time / compare time: 1 means the pipeline costs nothing,
// 0.91 that a replication in compare takes 10% longer than the engine alone.
import { REPLICATIONS, engineReplications, runCompareCli } from './compareCli.js';

export const pipeline = {
  name: 'pipeline',
  title: 'compare (1 worker) vs the engine alone',
  kind: 'scenario',
  ratioBasis: 'events',
  timing: 'wall',
  processes: 1,
  target: 0.91,
  async prepare({ size, seed }) {
    const replications = REPLICATIONS[size];
    const engine = await engineReplications(replications, seed);
    const events = engine().events;
    let first = null;
    let identical = true;
    return {
      run() {
        const json = runCompareCli(replications, 1, seed);
        if (first === null) first = json;
        else if (json !== first) identical = false;
        const report = JSON.parse(json);
        return {
          events,
          items: 5 * replications,
          replications: 5 * replications,
          figures: {
            designs: report.designs.length === 5,
            replications: report.replications === replications,
            deterministic: identical,
          },
        };
      },
      checks: [
        { figure: 'designs', label: 'five designs in the report' },
        { figure: 'replications', label: `${replications} replications of each` },
        { figure: 'deterministic', label: 'same seed, byte-identical report' },
      ],
      yardstick: () => engine(),
      yardstickLabel: `the engine alone, same ${5 * replications} replications`,
      title: `5 company designs x ${replications} replications`,
      via: 'opsim compare --workers 1, a fresh CLI process, wall clock',
    };
  },
};
