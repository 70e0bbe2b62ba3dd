// The memory a run of a compiled model may take, part by part, before it runs: items in the system (up
// to limits.maxWip, or all the arrivals the horizon gives if fewer), the samples of the over-time
// series, the listed forum session times and the per-server tables. A run holds one replication at a
// time per worker, so this is per worker. The bytes per item follow the engine's item store
// (test/scenario/memoryEstimate.test.ts holds the formula to ItemStore.bytesPerSlot).

import type { Model } from '../../core/index.js';
import type { WorkPart } from './preflight.js';

/** Default ceiling on the estimate, in megabytes (limits.maxMemoryMB raises or lowers it). */
export const DEFAULT_MAX_MEMORY_MB = 4096;

/** Bytes per server across the engine's per-server tables (about 45 measured; rounded up). */
const SERVER_BYTES = 64;
/** The item store grows by doubling, so it can hold half as many slots again as items in it. */
const GROWTH_SLACK = 1.5;

/** The item store's bytes per slot apart from attributes and function marks (its fixed-width arrays). */
const ITEM_SLOT_FIXED_BYTES = 143;
/** An event in the queue: time and key (8 bytes each), payload word (4). */
const EVENT_BYTES = 20;
/** Events an item can have pending at once: its completion, its patience and its SLA timer. */
const EVENTS_PER_ITEM = 3;
/** A visit in the cycle-time ledger: node and link (4 bytes each), wait and service hours (8 each). */
const LEDGER_ENTRY_BYTES = 24;
/** Visits an item in the system has typically made; rework loops make more. */
const VISITS_PER_ITEM = 8;

/** Bytes of one slot of the engine's item store: fixed arrays, one number per attribute, a bit per function. */
export function itemSlotBytes(attributes: number, functions: number): number {
  return ITEM_SLOT_FIXED_BYTES + 8 * Math.max(1, attributes) + 4 * Math.max(1, Math.ceil(functions / 32));
}

/** Bytes per item in the system: its slot in the item store, its pending events and its visits so far. */
export function bytesPerItem(model: Model): number {
  return (
    itemSlotBytes(model.attributes.length, model.functions.length) +
    EVENTS_PER_ITEM * EVENT_BYTES +
    VISITS_PER_ITEM * LEDGER_ENTRY_BYTES
  );
}

/** Bytes per sample of the over-time series: its time, the WIP and each work step's queue, as numbers. */
export function bytesPerSample(model: Model): number {
  return 8 * (2 + model.nodes.filter((n) => n.kind === 'step').length);
}

export interface MemoryPart {
  path: string;
  what: string;
  bytes: number;
}

/** The parts of a run's memory that grow with the file's numbers; `work` is estimateWork's output. */
export function estimateMemory(model: Model, work: WorkPart[]): MemoryPart[] {
  const parts: MemoryPart[] = [];
  const arrivals = work
    .filter((p) => p.what.startsWith('arrival') || p.path === 'initialWip')
    .reduce((s, p) => s + p.units, 0);
  const items = Math.min(model.limits.maxWip, Math.ceil(arrivals));
  const perItem = bytesPerItem(model);
  parts.push({
    path: model.limits.maxWip <= arrivals ? 'limits.maxWip' : 'itemTypes',
    what: `up to ${fmt(items)} items in the system at about ${fmt(perItem)} bytes each`,
    bytes: items * perItem * GROWTH_SLACK,
  });
  const samples = work.find((p) => p.what === 'trace samples');
  if (samples !== undefined)
    parts.push({
      path: samples.path,
      what: `${fmt(samples.units)} trace samples of ${fmt(bytesPerSample(model))} bytes (time, WIP and each step's queue)`,
      bytes: samples.units * bytesPerSample(model) * GROWTH_SLACK,
    });
  for (const n of model.nodes)
    if (n.kind === 'forum' && n.schedule.kind === 'dated')
      parts.push({
        path: `steps.${n.id}.schedule`,
        what: `${fmt(n.schedule.times.length)} listed session times of ${n.id}`,
        bytes: 8 * n.schedule.times.length,
      });
  const servers = model.pools.reduce((sum, p) => sum + p.capacity, 0);
  parts.push({ path: 'pools', what: `tables for ${fmt(servers)} servers`, bytes: servers * SERVER_BYTES });
  return parts;
}

/**
 * A count with thousands separators ("1,234,567"). Written out rather than toLocaleString: the
 * pre-flight formats its parts on every load, and the first toLocaleString of a process costs
 * about 10 ms (ICU's number formats are set up on first use).
 */
export function fmt(n: number): string {
  return n >= 1e15 ? n.toExponential(1) : String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A byte count in the unit a reader expects: "3.2 GB", "420 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${fmt(Math.ceil(mb))} MB`;
}
