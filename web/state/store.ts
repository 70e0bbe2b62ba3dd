import type { AppState } from './appState.js';

export interface Store {
  get(): AppState;
  /** Replaces parts of the state and notifies subscribers synchronously. */
  set(patch: Partial<AppState>): void;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<(s: AppState, p: AppState) => void>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const l of [...listeners]) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
