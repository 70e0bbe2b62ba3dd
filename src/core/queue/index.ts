// Queues: the event calendar (a binary heap totally ordered by time, same-time class and sequence)
// and the waiting-line disciplines of work steps (FIFO, non-preemptive priority), both allocation-free.
export { EventQueue, headsFirst } from './eventQueue.js';
export type { WaitingLine } from './waitingLine.js';
export { FifoLine } from './fifoLine.js';
export { PriorityLine } from './priorityLine.js';
