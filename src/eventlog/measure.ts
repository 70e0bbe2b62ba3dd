// The event-log layer's entry for workers: one simulated replication measured per window, as drift
// measures it. It brings none of the readers and writers index.ts does (csv-parse, saxes, a
// streaming JSON parser), so a worker, and every command that may start one, loads none of them.
export { measureWindows } from './drift/windowReplication.js';
export type { MeasuredRun, WindowExecutor, WindowJob, WindowMeasure } from './drift/windowReplication.js';
