import type { Model } from '../model/model.js';
import { ItemStore } from './itemStore.js';

// What a run holds in memory for each item in the system and for each sample of the over-time series:
// the two things that grow while a run goes on. The scenario layer's pre-flight multiplies them by the
// work in progress a run may hold (limits.maxWip) and the samples the horizon gives, so that a file
// cannot ask for more memory than the machine has and find out only when it runs out.

/** An event in the queue: time and key (8 bytes each), payload word (4). */
const EVENT_BYTES = 20;
/** Events an item can have pending at once: its completion, its patience and its SLA timer. */
const EVENTS_PER_ITEM = 3;
/** A visit in the cycle-time ledger: node and link (4 bytes each), wait and service hours (8 each). */
const LEDGER_ENTRY_BYTES = 24;
/** Visits an item in the system has typically made; rework loops make more. */
const VISITS_PER_ITEM = 8;

/** Bytes per item in the system: its slot in the item store, its pending events and its visits so far. */
export function bytesPerItem(model: Model): number {
  return (
    ItemStore.bytesPerSlot(model.attributes.length, model.functions.length) +
    EVENTS_PER_ITEM * EVENT_BYTES +
    VISITS_PER_ITEM * LEDGER_ENTRY_BYTES
  );
}

/** Bytes per sample of the over-time series: its time, the WIP and each work step's queue, as numbers. */
export function bytesPerSample(model: Model): number {
  return 8 * (2 + model.nodes.filter((n) => n.kind === 'step').length);
}
