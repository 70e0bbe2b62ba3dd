// How much work each mode does. The full run is the published one; the CI run is sized to finish
// well under a minute on 2 shared cores, with more interleaved repetitions to steady its medians.
export const benchPlan = {
  full: {
    size: 'full',
    processes: 1,
    reps: { mm1: 3, mmc: 3, tandem: 3, company: 3, sweep: 1, pipeline: 3, scaling: 3, page: 3, drift: 3 },
    // Unmeasured (ceiling, engine) pairs first, to let V8 compile; 500 replications warm themselves.
    warmupPairs: { mm1: 2, mmc: 2, tandem: 2, company: 2, sweep: 0, pipeline: 1, scaling: 0, page: 0, drift: 2 },
    memoryItems: [1_000_000, 10_000_000],
  },
  ci: {
    size: 'ci',
    // Two processes per workload, runs pooled (lib/mergeChildren.js); the engine's code keeps
    // improving over its first three or four runs in a process, hence the warm-up.
    processes: 2,
    reps: { mm1: 5, mmc: 5, tandem: 5, company: 5, sweep: 2, pipeline: 3, scaling: 3, page: 3, drift: 5 },
    warmupPairs: { mm1: 3, mmc: 3, tandem: 3, company: 4, sweep: 1, pipeline: 1, scaling: 0, page: 0, drift: 3 },
    memoryItems: [200_000, 2_000_000],
  },
};

/** Largest allowed growth of peak live heap from the short to the long M/M/1 run. */
export const MEMORY_GROWTH_LIMIT = 0.1;
/** Largest allowed fall of a workload's ratio to the ceiling below its baseline. */
export const RATIO_FALL_LIMIT = 0.25;
