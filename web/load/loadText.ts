import type { Edit } from '../state/appState.js';
import { snapshot } from '../state/history.js';
import type { Store } from '../state/store.js';
import { limits } from '../state/limits.js';
import { compileScenario } from './scenarioApi.js';

export interface LoadOptions {
  /** Push the current state on the undo stack first. */
  remember?: boolean;
  variant?: string | null;
  /** Form edits carried by this text (default: none, a fresh load). */
  edits?: Edit[];
  editBase?: string | null;
  notice?: string;
}

/**
 * Makes `text` the current scenario. Oversized text is refused before parsing, so a huge file
 * cannot freeze the tab. Returns whether the text loaded without issues.
 */
export function loadText(store: Store, file: string, text: string, options: LoadOptions = {}): boolean {
  if (text.length > limits.scenarioChars) {
    store.set({
      notice: {
        kind: 'error',
        text: `"${file}" has ${(text.length / 1e6).toFixed(1)} million characters; the page accepts scenarios up to ${limits.scenarioChars / 1e6} million. Use the CLI for bigger files.`,
      },
    });
    return false;
  }
  const s = store.get();
  const history = options.remember && s.text !== '' ? [...s.history, snapshot(s)].slice(-50) : s.history;
  let variant = options.variant ?? null;
  let outcome = compileScenario(file, text, variant);
  if (!outcome.ok && variant !== null) {
    // A remembered variant may no longer exist in the new text: fall back to the base design.
    const base = compileScenario(file, text, null);
    if (base.ok) {
      outcome = base;
      variant = null;
    }
  }
  const n = outcome.ok ? 0 : outcome.issues.length;
  store.set({
    file,
    text,
    history,
    variant: outcome.ok ? variant : null,
    edits: options.edits ?? [],
    editBase: options.editBase ?? null,
    loaded: outcome.ok ? outcome.loaded : null,
    issues: outcome.ok ? [] : outcome.issues,
    notice: outcome.ok
      ? { kind: 'info', text: options.notice ?? `Loaded ${file}.` }
      : { kind: 'error', text: `${file} has ${n} problem${n === 1 ? '' : 's'}; see the list below.` },
  });
  return outcome.ok;
}
