// opsim's pure engine: Model + seed -> RunResult. No DOM, no Node imports, no clock, no Math.random;
// the only outside import is seedrandom. simulate() runs one replication; SimulationLimitError is
// thrown (with a readable message) when a guard trips. The Model and RunResult contracts live in
// model/ and report/; the building blocks (streams, distributions, queues, calendars, statistics)
// are exported too, for tests, benchmarks and the experiments layer. Variates are drawn with the
// fdlibm ports in math/ (not Math.log/Math.exp), so the same seed gives the same bits in any engine.
export { simulate, SimulationLimitError, MAX_HOPS_PER_INSTANT, NO_FUNCTION } from './sim/index.js';
export type { SimulateOptions, TraceRecord, TraceEvent, Monitor } from './sim/index.js';
export type * from './model/model.js';
export { compareOp, distMean } from './model/index.js';
export type * from './report/runResult.js';
export { createStream, StreamSeeds } from './rng/index.js';
export type { Stream } from './rng/index.js';
export { makeSampler } from './distributions/index.js';
export type { Sampler } from './distributions/index.js';
export { EventQueue, FifoLine, PriorityLine, headsFirst } from './queue/index.js';
export type { WaitingLine } from './queue/index.js';
export { WorkCalendar } from './calendar/index.js';
export { TimeWeighted, Welford, PercentileSketch, Float64Arena } from './stats/index.js';
export { log, exp } from './math/index.js';
export { OPSIM_VERSION } from './version.js';
