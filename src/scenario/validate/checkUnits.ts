// Durations, rates and distributions: syntax, limits and parameter consistency.

import { readDuration } from '../units/duration.js';
import { readRate } from '../units/rate.js';
import { arr, isRec, type Checks } from './checks.js';

export function checkDuration(
  c: Checks,
  path: string,
  value: unknown,
  opts: { positive?: boolean } = {},
): number | undefined {
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

/**
 * Where the samplers in src/core/dist are exact (to double precision). Gamma draws with shape 1/cv^2 by
 * Marsaglia and Tsang: below cv 1e-154 the shape overflows to infinity and every draw is NaN; down to
 * 1e-100 the scale (mean * cv^2) stays a normal number. Beta draws X/(X+Y) from two gammas: for a shape
 * below 0.05 both draws can underflow to 0 together (at 0.01, once in 3 million draws), when the ratio
 * is undefined; method-of-moments shapes from a mean near 0 or 1 can overflow (a subnormal mean gives
 * infinite shapes, every draw NaN). Test: test/scenario/distributionExtremes.test.ts draws at each bound.
 */
export const GAMMA_MIN_CV = 1e-100;
export const BETA_MIN_SHAPE = 0.05;
export const BETA_MAX_SHAPE = 1e300;

function checkBetaShapes(c: Checks, path: string, a: number, b: number, from: string): void {
  const ok = (x: number) => Number.isFinite(x) && x >= BETA_MIN_SHAPE && x <= BETA_MAX_SHAPE;
  if (ok(a) && ok(b)) return;
  const show = (x: number) => (Number.isFinite(x) ? +x.toPrecision(3) : 'not a finite number');
  c.add(
    path,
    `${from}the beta's shapes are a = ${show(a)}, b = ${show(b)}; its sampler is exact for shapes from ${BETA_MIN_SHAPE} to ${BETA_MAX_SHAPE}`,
  );
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
      if (min !== undefined && max !== undefined && min > max)
        c.add(`${path}.max`, `expected max >= min (${value.min}), found ${JSON.stringify(value.max)}`);
      break;
    }
    case 'triangular': {
      const [min, mode, max] = [num('min'), num('mode'), num('max')];
      if (min !== undefined && mode !== undefined && max !== undefined && !(min <= mode && mode <= max)) {
        c.add(
          path,
          `expected min <= mode <= max, found min ${JSON.stringify(value.min)}, mode ${JSON.stringify(value.mode)}, max ${JSON.stringify(value.max)}`,
        );
      }
      break;
    }
    case 'normal': {
      num('mean');
      num('sd');
      if ((value.sd === undefined) === (value.cv === undefined))
        c.add(path, 'a normal distribution needs exactly one of sd or cv');
      break;
    }
    case 'beta': {
      const hasMeanCv = value.mean !== undefined || value.cv !== undefined;
      const hasAb = value.a !== undefined || value.b !== undefined;
      if (
        hasMeanCv === hasAb ||
        (hasMeanCv && (value.mean === undefined || value.cv === undefined)) ||
        (hasAb && (value.a === undefined || value.b === undefined))
      ) {
        c.add(path, 'a beta distribution needs either mean and cv, or a and b');
      } else if (
        hasMeanCv &&
        typeof value.mean === 'number' &&
        typeof value.cv === 'number' &&
        value.mean > 0 &&
        value.mean < 1
      ) {
        // (A mean outside (0, 1) is reported by the schema; the moments below would not be numbers.)
        const sd = value.mean * value.cv;
        if (sd * sd >= value.mean * (1 - value.mean)) {
          const maxCv = Math.sqrt((1 - value.mean) / value.mean);
          c.add(
            `${path}.cv`,
            `a beta distribution with mean ${value.mean} needs cv below ${maxCv.toPrecision(3)}, found ${value.cv}`,
          );
        } else {
          // The same method of moments as compileDist.
          const sum = (value.mean * (1 - value.mean)) / (sd * sd) - 1;
          checkBetaShapes(
            c,
            path,
            value.mean * sum,
            (1 - value.mean) * sum,
            `with mean ${value.mean} and cv ${value.cv}, `,
          );
        }
      } else if (hasAb && typeof value.a === 'number' && typeof value.b === 'number')
        checkBetaShapes(c, path, value.a, value.b, '');
      if (unit === 'duration') c.add(path, 'a beta distribution has values in [0, 1] and cannot be a duration');
      break;
    }
    case 'gamma':
      for (const f of ['mean']) num(f);
      if (typeof value.cv === 'number' && value.cv > 0 && value.cv < GAMMA_MIN_CV) {
        c.add(
          `${path}.cv`,
          `expected a cv of at least ${GAMMA_MIN_CV} for a gamma distribution (where its sampler is exact), found ${value.cv}; for no variation use dist: constant`,
        );
      }
      break;
    case 'empirical': {
      const values = arr(value.values);
      const weights = arr(value.weights);
      values.forEach((v, i) => unit === 'duration' && checkDuration(c, `${path}.values.${i}`, v));
      if (values.length !== weights.length)
        c.add(`${path}.weights`, `expected one weight per value (${values.length}), found ${weights.length}`);
      else if (!weights.some((w) => typeof w === 'number' && w > 0))
        c.add(`${path}.weights`, 'expected at least one weight above 0');
      break;
    }
    default:
      for (const f of ['value', 'mean', 'sd']) num(f);
  }
}
