// Loads a generated scenario document through the real loader (as JSON text, which is YAML too)
// and simulates it, so the laws exercise the whole path a user's file takes.
import { simulate } from '../../src/core/index.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { compileDocument } from '../support/index.js';

export function runDocument(doc: unknown, seed: number, replication = 0): RunResult {
  return simulate(compileDocument(doc), { seed, replication });
}

/** Every numeric leaf of a plain-data value, with its path. */
export function numericLeaves(value: unknown, path = ''): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numericLeaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** A copy of a plain-data value with the keys of every object in an order drawn from `random`. */
export function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = shuffleKeys((value as Record<string, unknown>)[k], random);
  return out;
}

/** mulberry32: a tiny seeded generator, so a shuffle is reproducible from fast-check's seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
