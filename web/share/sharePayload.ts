import { limits } from '../state/limits.js';

/** What a share link carries: the scenario exactly as the sender had it, and the run settings. */
export interface SharePayload {
  v: 1;
  file: string;
  text: string;
  variant: string | null;
  seed: string | null;
  replications: number | null;
  /** Absent from links made before the page had a warm-up setting: the scenario's then. */
  warmup: string | null;
}

/**
 * Most replications a link may ask for: the page's own limit on a run. A link asking for more is
 * refused, not cut down, so a shared result never quietly rests on fewer replications than it names.
 */
export const MAX_LINK_REPLICATIONS = limits.replications;

/**
 * Checks the shape of a decoded payload; link contents are untrusted. null when it is no share payload
 * at all; `{ problem }` when it is one that asks for something the page refuses to run.
 */
export function parsePayload(json: string): SharePayload | { problem: string } | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || typeof o.file !== 'string' || typeof o.text !== 'string') return null;
  const r = o.replications;
  if (typeof r === 'number' && Number.isInteger(r) && (r < 1 || r > MAX_LINK_REPLICATIONS)) {
    return {
      problem: `The link asks for ${r.toLocaleString('en-US')} replications; a run on this page takes from 1 to ${MAX_LINK_REPLICATIONS.toLocaleString('en-US')}${r > MAX_LINK_REPLICATIONS ? ' (the CLI takes more: opsim run --replications)' : ''}.`,
    };
  }
  return {
    v: 1,
    file: o.file.slice(0, 200),
    text: o.text,
    variant: typeof o.variant === 'string' ? o.variant : null,
    seed: typeof o.seed === 'string' ? o.seed : null,
    replications: typeof o.replications === 'number' && Number.isInteger(o.replications) ? o.replications : null,
    warmup: typeof o.warmup === 'string' ? o.warmup.slice(0, 100) : null,
  };
}
