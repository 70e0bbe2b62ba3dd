// Distribution documents to the engine's Dist, in hours for durations.

import type { Dist } from '../../core/index.js';
import type { DistDoc } from '../doc/scenarioDoc.js';
import { parseDuration } from '../units/duration.js';

export type DistUnit = 'duration' | 'number';

function amount(value: unknown, unit: DistUnit): number {
  return unit === 'duration' ? parseDuration(value === 0 ? '0' : String(value)) : Number(value);
}

export function compileDist(value: unknown, unit: DistUnit): Dist {
  if (typeof value !== 'object' || value === null) return { kind: 'constant', value: amount(value, unit) };
  const d = value as DistDoc;
  const a = (x: unknown): number => amount(x, unit);
  switch (d.dist) {
    case 'constant':
      return { kind: 'constant', value: a(d.value) };
    case 'exponential':
      return { kind: 'exponential', mean: a(d.mean) };
    case 'uniform':
      return { kind: 'uniform', min: a(d.min), max: a(d.max) };
    case 'triangular':
      return { kind: 'triangular', min: a(d.min), mode: a(d.mode), max: a(d.max) };
    case 'normal': {
      const mean = a(d.mean);
      return { kind: 'normal', mean, sd: d.sd !== undefined ? a(d.sd) : (d.cv ?? 0) * mean };
    }
    case 'lognormal':
      return { kind: 'lognormal', mean: a(d.mean), cv: d.cv };
    case 'gamma':
      return { kind: 'gamma', mean: a(d.mean), cv: d.cv };
    case 'erlang':
      return { kind: 'gamma', mean: a(d.mean), cv: 1 / Math.sqrt(d.k) };
    case 'beta': {
      if (d.a !== undefined && d.b !== undefined) return { kind: 'beta', a: d.a, b: d.b };
      // Method of moments: var = (cv * mean)^2, a + b = mean (1 - mean) / var - 1.
      const mean = d.mean!;
      const variance = (d.cv! * mean) ** 2;
      const sum = (mean * (1 - mean)) / variance - 1;
      return { kind: 'beta', a: mean * sum, b: (1 - mean) * sum };
    }
    case 'empirical':
      return { kind: 'empirical', values: d.values.map(a), weights: [...d.weights] };
  }
}
