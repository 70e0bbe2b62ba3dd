// A tandem of identical M/M/c stations where a fraction `feedback` of the customers leaving the
// last station return to the first (Bernoulli feedback). It is a Jackson network: every station
// behaves as an independent M/M/c with arrival rate lambda / (1 - feedback) (Jackson 1957), and by
// Little's law the mean time in system is sum_i L_i / lambda = stations * W_station / (1 - feedback).
import { mmcExact } from './erlangC.js';

export function jacksonTandemExact(lambda, mu, c, stations, feedback) {
  const visitRate = lambda / (1 - feedback);
  const station = mmcExact(visitRate, mu, c);
  return { visitRate, station, w: (stations * station.w) / (1 - feedback), utilisation: station.utilisation };
}
