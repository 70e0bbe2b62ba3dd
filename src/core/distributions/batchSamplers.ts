import type { Stream } from '../rng/stream.js';
import { aleaStateOf, nextUniform } from '../rng/stream.js';
import type { Sampler } from './sampler.js';
import { normalInto } from './standardNormal.js';
import { exp } from '../math/exp.js';
import { log } from '../math/log.js';
import { gammaParameters } from './gamma.js';
import { bufferedSampler } from './bufferedSampler.js';
import { buffered } from './bufferedDraws.js';
import { normal as plainNormal } from './normal.js';
import { lognormal } from './lognormal.js';
import { gamma } from './gamma.js';
import { beta } from './beta.js';

// Normal, lognormal, gamma and beta for a stream that nothing else draws from, BATCH values at a
// time, each distribution's whole draw in one loop: the alea step, log and exp written out or
// inlined by V8, the result stored straight into the buffer. The same arithmetic in the same order
// as the plain samplers (normal.ts, lognormal.ts, gamma.ts, beta.ts), so every draw is
// bit-identical to theirs (tested draw for draw); only the stream's position runs ahead of use.
// Why: the plain samplers are closures calling closures (the normal, the uniform, log, exp); each
// call V8 did not inline returned a boxed double: 144 bytes of garbage per event in the company
// scenario before, 78 after (docs/performance-journal.md, round 7).

const BATCH = 64;

export function bufferedNormal(mean: number, sd: number, u: Stream): Sampler {
  const state = aleaStateOf(u);
  if (sd <= 0 || state === null) return bufferedSampler(plainNormal(mean, sd, u));
  const normal = new Float64Array(3);
  return buffered(BATCH, (buf) => fillNormal(buf, mean, sd, state, normal));
}

function fillNormal(buf: Float64Array, mean: number, sd: number, state: Float64Array, normal: Float64Array): void {
  for (let i = 0; i < BATCH; i++) {
    let v = 0;
    let k = 0;
    // normal.ts: redraw negative values, at most 1000 times.
    for (; k < 1000; k++) {
      normalInto(state, normal);
      v = mean + sd * normal[0];
      if (v >= 0) break;
    }
    buf[i] = k < 1000 ? v : 0;
  }
}

export function bufferedLognormal(mean: number, cv: number, u: Stream): Sampler {
  const state = aleaStateOf(u);
  if (cv <= 0 || mean <= 0 || state === null) return bufferedSampler(lognormal(mean, cv, u));
  const sigma2 = log(1 + cv * cv);
  const mu = log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  const normal = new Float64Array(3);
  return buffered(BATCH, (buf) => fillLognormal(buf, mu, sigma, state, normal));
}

function fillLognormal(buf: Float64Array, mu: number, sigma: number, state: Float64Array, normal: Float64Array): void {
  for (let i = 0; i < BATCH; i++) {
    normalInto(state, normal);
    buf[i] = exp(mu + sigma * normal[0]);
  }
}

export function bufferedGamma(mean: number, cv: number, u: Stream): Sampler {
  const state = aleaStateOf(u);
  if (cv <= 0 || mean <= 0 || state === null) return bufferedSampler(gamma(mean, cv, u));
  const shape = 1 / (cv * cv);
  const scale = mean / shape;
  const g = gammaParameters(shape);
  const normal = new Float64Array(3);
  return buffered(BATCH, (buf) => fillGamma(buf, scale, g, state, normal));
}

function fillGamma(buf: Float64Array, scale: number, g: Float64Array, state: Float64Array, normal: Float64Array): void {
  for (let i = 0; i < BATCH; i++) {
    standardGammaInto(buf, i, g, state, normal);
    buf[i] = scale * buf[i];
  }
}

export function bufferedBeta(a: number, b: number, u: Stream): Sampler {
  const state = aleaStateOf(u);
  if (state === null) return bufferedSampler(beta(a, b, u));
  const ga = gammaParameters(a);
  const gb = gammaParameters(b);
  // beta.ts draws X and Y with a standard normal each (two spare values), from the same stream.
  const normalA = new Float64Array(3);
  const normalB = new Float64Array(3);
  const y = new Float64Array(1);
  return buffered(BATCH, (buf) => fillBeta(buf, ga, gb, state, normalA, normalB, y));
}

function fillBeta(
  buf: Float64Array,
  ga: Float64Array,
  gb: Float64Array,
  state: Float64Array,
  normalA: Float64Array,
  normalB: Float64Array,
  y: Float64Array,
): void {
  for (let i = 0; i < BATCH; i++) {
    standardGammaInto(buf, i, ga, state, normalA);
    standardGammaInto(y, 0, gb, state, normalB);
    const gx = buf[i];
    const s = gx + y[0];
    buf[i] = s > 0 ? gx / s : 0.5;
  }
}

/** Marsaglia & Tsang's second test, needed for about 2% of draws: kept out of the loop (its logs are calls). */
function acceptsBySqueezeLog(w: number, v: number, x2: number, d: number): boolean {
  return log(w) < 0.5 * x2 + d * (1 - v + log(v));
}

/**
 * gamma.ts's standardGamma (Marsaglia & Tsang) on an alea state, its result stored in out[at]
 * rather than returned (a returned double is boxed when V8 does not inline the call).
 * g = gammaParameters(shape): [d, c, 1 / shape, boost].
 */
function standardGammaInto(
  out: Float64Array,
  at: number,
  g: Float64Array,
  state: Float64Array,
  normal: Float64Array,
): void {
  const d = g[0];
  const c = g[1];
  let v = 0;
  let x = 0;
  for (;;) {
    do {
      normalInto(state, normal);
      x = normal[0];
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = 1 - nextUniform(state);
    const x2 = x * x;
    if (w < 1 - 0.0331 * x2 * x2) break;
    if (acceptsBySqueezeLog(w, v, x2, d)) break;
  }
  const dv = d * v;
  out[at] = g[3] === 1 ? dv * exp(log(1 - nextUniform(state)) * g[2]) : dv;
}
