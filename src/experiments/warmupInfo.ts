/**
 * How the warm-up of a report was chosen. `scenario`: the file's `warmup`; `fixed`: --warmup <duration>;
 * `auto`: MSER-5 on the WIP series of a pilot (the pilot's details are in `pilot`).
 */
export interface WarmupInfo {
  method: 'scenario' | 'fixed' | 'auto';
  hours: number;
  pilot: null | {
    replications: number;
    sampleEveryHours: number;
    samples: number;
    batchSize: number;
    truncatedBatches: number;
    statistic: number;
  };
}
