// The simulation loop and the operating-model semantics, split by idea: simulate (the event loop),
// simState (the clock, the event queue, the items and the tables), the tables of flat arrays built at
// setup (nodeTable, stepTable, serverTable, poolTable, poolLimitTable, itemTypeTable, errorTable,
// forumTable, handoffTable, windowStatistics), eventOrder (same-time order, in one place), itemStore
// (items recycled through a free list), arrivals, stepService (queues and servers), flow (moving between
// nodes, gates, handoffs), conditions and routing, errorsAndRework, forums and forumSchedule,
// timers (patience, SLA), escalations, shifts (calendars, pause/finish), poolAvailability (rate
// limits, budgets), outcomes, series, and results with serverSums and costs.
export { simulate } from './simulate.js';
export type { SimulateOptions } from './simulate.js';
export { SimulationLimitError } from './simulationLimitError.js';
export type { TraceRecord, TraceEvent, Monitor } from './traceRecord.js';
export { MAX_HOPS_PER_INSTANT } from './flow.js';
export { NO_FUNCTION } from './costs.js';
