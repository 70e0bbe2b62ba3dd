// The ceiling for M/M/c (and M/M/1 as c = 1): a hand-written event loop with nothing generic.
// One arrival stream, one service stream (seedrandom alea, the engine's generator), a binary heap
// of events, a FIFO ring of waiting customers' arrival times. It computes the same key figures the
// engine reports (mean time in system, mean wait, utilisation over [warmup, horizon]) so that
// it does comparable bookkeeping, and so the ceiling itself is checked against Erlang C.
import seedrandom from 'seedrandom';
import { EventHeap } from './eventHeap.js';

const ARRIVAL = -1;

export function mmcCeiling({ lambda, mu, c, horizon, warmup, seed, replication = 0, onCheckpoint }) {
  const arrivalRng = seedrandom.alea(`${seed}:${replication}:arrivals`);
  const serviceRng = seedrandom.alea(`${seed}:${replication}:service`);
  const heap = new EventHeap(64);

  let ringCap = 1024;
  let ring = new Float64Array(ringCap);
  let head = 0;
  let waiting = 0;

  const inServiceSince = new Float64Array(c); // arrival time of the customer each server holds
  const freeServers = new Int32Array(c);
  let freeCount = c;
  for (let s = 0; s < c; s++) freeServers[s] = c - 1 - s;

  let events = 0,
    arrived = 0,
    departed = 0;
  let sojournSum = 0,
    sojournCount = 0,
    waitSum = 0,
    waitCount = 0;
  let busy = 0,
    busyArea = 0,
    lastChange = warmup;

  heap.push(-Math.log(1 - arrivalRng()) / lambda, ARRIVAL);

  while (heap.size() > 0) {
    const now = heap.topTime();
    if (now > horizon) break;
    const ev = heap.pop();
    events++;
    if ((events & 0xffff) === 0 && onCheckpoint) onCheckpoint(now, events);
    if (now > warmup) {
      busyArea += busy * (now - lastChange);
      lastChange = now;
    }

    if (ev === ARRIVAL) {
      arrived++;
      heap.push(now - Math.log(1 - arrivalRng()) / lambda, ARRIVAL);
      if (freeCount > 0) {
        const s = freeServers[--freeCount];
        inServiceSince[s] = now;
        busy++;
        if (now >= warmup) waitCount++;
        heap.push(now - Math.log(1 - serviceRng()) / mu, s);
      } else {
        if (waiting === ringCap) {
          const bigger = new Float64Array(ringCap * 2);
          for (let i = 0; i < waiting; i++) bigger[i] = ring[(head + i) & (ringCap - 1)];
          ring = bigger;
          head = 0;
          ringCap *= 2;
        }
        ring[(head + waiting) & (ringCap - 1)] = now;
        waiting++;
      }
    } else {
      const s = ev;
      departed++;
      if (now >= warmup) {
        sojournSum += now - inServiceSince[s];
        sojournCount++;
      }
      if (waiting > 0) {
        const arrivedAt = ring[head];
        head = (head + 1) & (ringCap - 1);
        waiting--;
        inServiceSince[s] = arrivedAt;
        if (now >= warmup) {
          waitSum += now - arrivedAt;
          waitCount++;
        }
        heap.push(now - Math.log(1 - serviceRng()) / mu, s);
      } else {
        freeServers[freeCount++] = s;
        busy--;
      }
    }
  }
  busyArea += busy * (horizon - lastChange);

  return {
    events,
    arrived,
    departed,
    meanSojourn: sojournCount ? sojournSum / sojournCount : 0,
    meanWait: waitCount ? waitSum / waitCount : 0,
    utilisation: busyArea / (c * (horizon - warmup)),
  };
}
