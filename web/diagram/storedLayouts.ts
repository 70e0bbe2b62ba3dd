// Layouts kept across visits, in IndexedDB (idb-keyval, as the page's saved results): laying out the
// company's diagram takes ELK about 0.75 s after its worker has loaded (about 0.25 s more), on every
// visit, for a graph that has not changed. A layout is kept under a hash of ELK's input, so a graph
// that changed in any way that shows is laid out anew; the newest KEPT are kept. Storage may be
// refused (private windows): then every visit lays out again, as before.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { sha256Hex } from '../../src/experiments/index.js';

/** Raise when ELK's options or elkGraph change what a given input lays out to. */
const FORMAT = 1;
const KEPT = 30;

interface Stored {
  at: number;
  out: ElkNode;
}

let store: UseStore | null | undefined;

function layoutStore(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore('opsim-layouts', 'layouts');
    } catch {
      store = null;
    }
  }
  return store;
}

/** The key of the layout of ELK input `inputJson` (JSON.stringify of elkGraph's answer). */
export function layoutKey(inputJson: string): string {
  return `v${FORMAT}:${sha256Hex(inputJson)}`;
}

/** How long the diagram waits for storage before laying the graph out itself. */
const READ_DEADLINE_MS = 1000;

/**
 * ELK's answer kept for `key`, or null: none kept, storage refused, or no answer within
 * READ_DEADLINE_MS (a database held up by another tab must not leave the diagram blank).
 */
export async function storedLayout(key: string): Promise<ElkNode | null> {
  const s = layoutStore();
  if (s === null) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      get<Stored>(key, s).then((kept) => kept?.out ?? null),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), READ_DEADLINE_MS);
      }),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps ELK's answer for `key`, dropping the oldest beyond KEPT; a refusal is ignored. */
export async function keepLayout(key: string, out: ElkNode): Promise<void> {
  const s = layoutStore();
  if (s === null) return;
  try {
    await set(key, { at: Date.now(), out } satisfies Stored, s);
    const all = await entries<string, Stored>(s);
    if (all.length <= KEPT) return;
    all.sort((a, b) => a[1].at - b[1].at);
    for (const [old] of all.slice(0, all.length - KEPT)) await del(old, s);
  } catch {
    // Storage refused or full: the next visit lays the graph out again.
  }
}
