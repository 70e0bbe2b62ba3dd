import type { Model } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import { makeExclusiveSampler, type Sampler } from '../distributions/index.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { workingClock } from './stepTable.js';

export const ARRIVALS_POISSON = 0;
export const ARRIVALS_WEEKLY = 1;
export const ARRIVALS_BATCH = 2;

/** Item types: how they arrive, where they enter, their attributes and patience. */
export class ItemTypeTable {
  readonly count: number;
  /** ARRIVALS_POISSON, ARRIVALS_WEEKLY or ARRIVALS_BATCH. */
  readonly arrivalKind: Uint8Array;
  /** Peak hourly rate of a weekly profile (the thinning bound). */
  readonly peakRate: Float64Array;
  readonly entry: Int32Array;
  /** Poisson arrivals' interarrival time; null for other processes or a zero rate. */
  readonly interarrival: (Sampler | null)[];
  readonly arrivalStream: Stream[];
  /** Per type, one sampler per model attribute (null: the attribute stays 0). */
  readonly attributeSamplers: (Sampler | null)[][];
  /** Time an item waits in one queue before it abandons; null: it never does. */
  readonly patience: (Sampler | null)[];
  /** The calendar whose open hours patience counts; null for the wall clock. */
  readonly patienceCalendar: (WorkCalendar | null)[];

  constructor(model: Model, stream: (name: string) => Stream) {
    const count = (this.count = model.itemTypes.length);
    this.arrivalKind = new Uint8Array(count);
    this.peakRate = new Float64Array(count);
    this.entry = Int32Array.from(model.itemTypes.map((ty) => ty.entry));
    this.interarrival = [];
    this.arrivalStream = [];
    this.attributeSamplers = [];
    this.patience = [];
    this.patienceCalendar = [];
    model.itemTypes.forEach((ty, k) => {
      const u = stream(`arrivals:${ty.id}`);
      this.arrivalStream.push(u);
      const a = ty.arrivals;
      this.arrivalKind[k] =
        a.kind === 'poisson' ? ARRIVALS_POISSON : a.kind === 'weekly' ? ARRIVALS_WEEKLY : ARRIVALS_BATCH;
      if (a.kind === 'weekly') this.peakRate[k] = a.ratePerHour.reduce((m, r) => (r > m ? r : m), 0);
      this.interarrival.push(
        // Poisson arrivals are the only draws from the type's arrival stream (weekly ones use it directly).
        a.kind === 'poisson' && a.ratePerHour > 0
          ? makeExclusiveSampler({ kind: 'exponential', mean: 1 / a.ratePerHour }, u)
          : null,
      );
      this.attributeSamplers.push(
        ty.attributes.map((d, j) =>
          d ? makeExclusiveSampler(d, stream(`attributes:${ty.id}:${model.attributes[j]}`)) : null,
        ),
      );
      this.patience.push(ty.patience ? makeExclusiveSampler(ty.patience, stream(`patience:${ty.id}`)) : null);
      this.patienceCalendar.push(workingClock(model, ty.patienceCalendar));
    });
  }
}
