// Durations, rates and distributions: syntax, limits and parameter consistency.

import { readDuration } from '../units/duration.js';
import { readRate } from '../units/rate.js';
import { arr, isRec, type Checks } from './checks.js';

export function checkDuration(c: Checks, path: string, value: unknown, opts: { positive?: boolean } = {}): number | undefined {
  if (value === undefined) return undefined;
  const r = readDuration(value);
  if ('error' in r) {
    c.add(path, r.error);
    return undefined;
  }
  if (opts.positive && r.hours <= 0) {
    c.add(path, `expected a duration greater than 0, found "${value}"`);
    return undefined;
  }
  return r.hours;
}

export function checkRate(c: Checks, path: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const r = readRate(value);
  if ('error' in r) {
    c.add(path, r.error);
    return undefined;
  }
  return r.perHour;
}

/** A distribution of durations (`time`, `patience`, `delay`) or of plain numbers (attributes). */
export function checkDist(c: Checks, path: string, value: unknown, unit: 'duration' | 'number'): void {
  if (!isRec(value)) {
    if (unit === 'duration') checkDuration(c, path, value);
    return;
  }
  const num = (field: string): number | undefined => {
    const v = value[field];
    if (v === undefined) return undefined;
    if (unit === 'duration' && field !== 'cv' && field !== 'k') return checkDuration(c, `${path}.${field}`, v);
    return typeof v === 'number' ? v : undefined;
  };
  switch (value.dist) {
    case 'uniform': {
      const [min, max] = [num('min'), num('max')];
      if (min !== undefined && max !== undefined && min > max) c.add(`${path}.max`, `expected max >= min (${value.min}), found ${JSON.stringify(value.max)}`);
      break;
    }
    case 'triangular': {
      const [min, mode, max] = [num('min'), num('mode'), num('max')];
      if (min !== undefined && mode !== undefined && max !== undefined && !(min <= mode && mode <= max)) {
        c.add(path, `expected min <= mode <= max, found min ${JSON.stringify(value.min)}, mode ${JSON.stringify(value.mode)}, max ${JSON.stringify(value.max)}`);
      }
      break;
    }
    case 'normal': {
      num('mean');
      num('sd');
      if ((value.sd === undefined) === (value.cv === undefined)) c.add(path, 'a normal distribution needs exactly one of sd or cv');
      break;
    }
    case 'beta': {
      const hasMeanCv = value.mean !== undefined || value.cv !== undefined;
      const hasAb = value.a !== undefined || value.b !== undefined;
      if (hasMeanCv === hasAb || (hasMeanCv && (value.mean === undefined || value.cv === undefined)) || (hasAb && (value.a === undefined || value.b === undefined))) {
        c.add(path, 'a beta distribution needs either mean and cv, or a and b');
      } else if (hasMeanCv && typeof value.mean === 'number' && typeof value.cv === 'number') {
        const sd = value.mean * value.cv;
        if (sd * sd >= value.mean * (1 - value.mean)) {
          const maxCv = Math.sqrt((1 - value.mean) / value.mean);
          c.add(`${path}.cv`, `a beta distribution with mean ${value.mean} needs cv below ${maxCv.toPrecision(3)}, found ${value.cv}`);
        }
      }
      if (unit === 'duration') c.add(path, 'a beta distribution has values in [0, 1] and cannot be a duration');
      break;
    }
    case 'empirical': {
      const values = arr(value.values);
      const weights = arr(value.weights);
      values.forEach((v, i) => unit === 'duration' && checkDuration(c, `${path}.values.${i}`, v));
      if (values.length !== weights.length) c.add(`${path}.weights`, `expected one weight per value (${values.length}), found ${weights.length}`);
      else if (!weights.some((w) => typeof w === 'number' && w > 0)) c.add(`${path}.weights`, 'expected at least one weight above 0');
      break;
    }
    default:
      for (const f of ['value', 'mean', 'sd']) num(f);
  }
}
