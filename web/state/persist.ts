// The user's current work survives a reload: file name, text, chosen variant and pending
// form edits go to localStorage on every change. Storage may be full or disabled (private
// windows): then the page keeps working and says so.
import type { Edit, Snapshot } from './appState.js';
import { limits } from './limits.js';

const key = 'opsim:work:v1';

/** What a reload restores is exactly what undo restores. */
export type SavedWork = Snapshot;

export function saveWork(work: SavedWork): string | null {
  if (work.text.length + (work.editBase?.length ?? 0) > limits.storedChars)
    return 'This scenario is too large to keep across reloads.';
  try {
    localStorage.setItem(key, JSON.stringify(work));
    return null;
  } catch {
    return 'The browser refused to store your work; it will not survive a reload.';
  }
}

export function restoreWork(): SavedWork | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null || raw.length > limits.storedChars * 2) return null;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { file, text, variant, edits, editBase, seed, replications, warmup } = v as Record<string, unknown>;
    if (typeof file !== 'string' || typeof text !== 'string') return null;
    return {
      file,
      text,
      variant: typeof variant === 'string' ? variant : null,
      edits: Array.isArray(edits) ? (edits.filter((e) => typeof e?.path === 'string') as Edit[]) : [],
      editBase: typeof editBase === 'string' ? editBase : null,
      seed: typeof seed === 'string' ? seed : null,
      replications: typeof replications === 'number' && Number.isInteger(replications) ? replications : null,
      warmup: typeof warmup === 'string' ? warmup : null,
    };
  } catch {
    return null;
  }
}
