// The typed view of a scenario file that passed validation (see docs/scenario-format.md).
// The types are generated from the one description of the format, src/scenario/schema/scenarioSchema.ts,
// by `npm run gen:schema`; only names derived from them are written here.
// Durations and rates are still text here; the compiler turns them into hours and per-hour numbers.

import type { DurationDistDoc, NumberDistDoc } from '../generated/scenarioTypes.js';

export type * from '../generated/scenarioTypes.js';

export type Rate = string;

/** A distribution object (of durations or of numbers), as opposed to a plain constant. */
export type DistDoc = Exclude<DurationDistDoc | NumberDistDoc, string | number>;

/** A sweep ready to run: set `param` (a dotted path) to each value in turn. */
export interface SweepSpec {
  param: string;
  values: unknown[];
}
