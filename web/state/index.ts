// The page's state: the scenario being worked on (its text is the source of truth, so that
// download, share links and persistence all carry exactly what the user sees), the result of
// loading it (document, compiled model or issues), form edits, and the undo history.
// Views subscribe to the store and redraw from it; nothing else holds scenario data.
export { createStore, type Store } from './store.js';
export { emptyState, type AppState, type Loaded, type Issue, type Edit, type Snapshot } from './appState.js';
export { limits } from './limits.js';
export { saveWork, restoreWork } from './persist.js';
export { snapshot, undo } from './history.js';
