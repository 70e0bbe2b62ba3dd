// The ceiling for a tandem of M/M/c stations with Bernoulli feedback from the last station to the
// first (Jackson network). Same shape as mmcCeiling: alea streams (arrivals, one per station's
// service, one for the feedback draw), a binary heap, per-station FIFO rings of customer slots,
// customer records in typed arrays recycled through a free list.
import seedrandom from 'seedrandom';
import { EventHeap } from './eventHeap.js';

const ARRIVAL = -1;

export function tandemCeiling({
  lambda,
  mu,
  c,
  stations,
  feedback,
  horizon,
  warmup,
  seed,
  replication = 0,
  onCheckpoint,
}) {
  const arrivalRng = seedrandom.alea(`${seed}:${replication}:arrivals`);
  const routeRng = seedrandom.alea(`${seed}:${replication}:route`);
  const serviceRngs = [];
  for (let k = 0; k < stations; k++) serviceRngs.push(seedrandom.alea(`${seed}:${replication}:service:${k}`));
  const heap = new EventHeap(64);

  // Customer slots: arrival time; recycled on departure.
  let slotCap = 1024;
  let arrivedAt = new Float64Array(slotCap);
  let freeSlots = new Int32Array(slotCap);
  let freeSlotCount = 0;
  let slotsUsed = 0;

  // Per-station FIFO rings of customer slots, and free servers.
  const ringCap = new Int32Array(stations).fill(256);
  const rings = [];
  for (let k = 0; k < stations; k++) rings.push(new Int32Array(256));
  const heads = new Int32Array(stations);
  const waiting = new Int32Array(stations);
  const free = new Int32Array(stations).fill(c);

  let events = 0,
    arrived = 0,
    departed = 0,
    sojournSum = 0,
    sojournCount = 0;

  function newSlot(now) {
    let slot;
    if (freeSlotCount > 0) slot = freeSlots[--freeSlotCount];
    else {
      if (slotsUsed === slotCap) {
        slotCap *= 2;
        const a = new Float64Array(slotCap);
        a.set(arrivedAt);
        arrivedAt = a;
        const f = new Int32Array(slotCap);
        f.set(freeSlots);
        freeSlots = f;
      }
      slot = slotsUsed++;
    }
    arrivedAt[slot] = now;
    return slot;
  }

  // Payload of a completion: slot * stations + station.
  function enter(k, slot, now) {
    if (free[k] > 0) {
      free[k]--;
      heap.push(now - Math.log(1 - serviceRngs[k]()) / mu, slot * stations + k);
    } else {
      let cap = ringCap[k];
      if (waiting[k] === cap) {
        const bigger = new Int32Array(cap * 2);
        const ring = rings[k];
        for (let i = 0; i < cap; i++) bigger[i] = ring[(heads[k] + i) & (cap - 1)];
        rings[k] = bigger;
        heads[k] = 0;
        ringCap[k] = cap = cap * 2;
      }
      rings[k][(heads[k] + waiting[k]) & (cap - 1)] = slot;
      waiting[k]++;
    }
  }

  heap.push(-Math.log(1 - arrivalRng()) / lambda, ARRIVAL);

  while (heap.size() > 0) {
    const now = heap.topTime();
    if (now > horizon) break;
    const ev = heap.pop();
    events++;
    if ((events & 0xffff) === 0 && onCheckpoint) onCheckpoint(now, events);

    if (ev === ARRIVAL) {
      arrived++;
      heap.push(now - Math.log(1 - arrivalRng()) / lambda, ARRIVAL);
      enter(0, newSlot(now), now);
      continue;
    }
    const k = ev % stations;
    const slot = (ev - k) / stations;
    // The freed server takes the next waiting customer at this station.
    if (waiting[k] > 0) {
      const next = rings[k][heads[k]];
      heads[k] = (heads[k] + 1) & (ringCap[k] - 1);
      waiting[k]--;
      heap.push(now - Math.log(1 - serviceRngs[k]()) / mu, next * stations + k);
    } else free[k]++;

    if (k < stations - 1) enter(k + 1, slot, now);
    else if (routeRng() < feedback) enter(0, slot, now);
    else {
      departed++;
      if (now >= warmup) {
        sojournSum += now - arrivedAt[slot];
        sojournCount++;
      }
      freeSlots[freeSlotCount++] = slot;
    }
  }

  return { events, arrived, departed, meanSojourn: sojournCount ? sojournSum / sojournCount : 0 };
}
