import type { AppState, Snapshot } from './appState.js';
import type { Store } from './store.js';

export function snapshot(s: AppState): Snapshot {
  return {
    file: s.file,
    text: s.text,
    variant: s.variant,
    edits: s.edits,
    editBase: s.editBase,
    seed: s.seed,
    replications: s.replications,
    warmup: s.warmup,
  };
}

/** Puts back the previous snapshot; `reload` recompiles its text. Returns false when there is nothing to undo. */
export function undo(store: Store, reload: (snap: Snapshot) => void): boolean {
  const { history } = store.get();
  const last = history[history.length - 1];
  if (!last) return false;
  store.set({ history: history.slice(0, -1) });
  reload(last);
  return true;
}
