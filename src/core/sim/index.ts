// The simulation loop and the operating-model semantics, split by idea: simState (setup into flat
// arrays), eventOrder (same-time order), arrivals, stepService (queues and servers), flow (moving
// between nodes, gates, handoffs), errorsAndRework, forums, timers (patience, SLA), shifts
// (calendars, pause/finish), poolAvailability (rate limits, budgets), outcomes, series, results.
export { simulate } from './simulate.js';
export type { SimulateOptions } from './simulate.js';
export { SimulationLimitError } from './simulationLimitError.js';
export type { TraceRecord, TraceEvent, Monitor } from './traceRecord.js';
export { MAX_HOPS_PER_INSTANT } from './flow.js';
export { NO_FUNCTION } from './results.js';
