import type { Edit } from '../state/appState.js';
import { snapshot } from '../state/history.js';
import type { Store } from '../state/store.js';
import { limits } from '../state/limits.js';
import { callScenario } from './scenarioClient.js';

export interface LoadOptions {
  /** Push the current state on the undo stack first. */
  remember?: boolean;
  variant?: string | null;
  /** Form edits carried by this text (default: none, a fresh load). */
  edits?: Edit[];
  editBase?: string | null;
  /** Run settings that come with this text (a share link's); undefined keeps the current ones. */
  seed?: string | null;
  replications?: number | null;
  warmup?: string | null;
  notice?: string;
  /**
   * A scenario opened afresh (not an edit, undo or change of variant): run settings typed for the
   * previous file go back to the new file's own unless given here, and panels forget its sweep.
   */
  fresh?: boolean;
}

let latest = 0;

/**
 * Makes `text` the current scenario. The text (and so the next edit, a download or a link) changes
 * at once; validation and compilation run in the scenario worker and land when done, unless a newer
 * text has replaced this one meanwhile. Oversized text is refused before anything else. Resolves to
 * whether the text loaded without issues.
 */
export async function loadText(store: Store, file: string, text: string, options: LoadOptions = {}): Promise<boolean> {
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
  const ticket = ++latest;
  const reset = options.fresh ? { seed: null, replications: null, warmup: null } : {};
  store.set({
    ...reset,
    ...(options.fresh ? { opened: s.opened + 1 } : {}),
    file,
    text,
    history,
    variant: options.variant ?? null,
    edits: options.edits ?? [],
    editBase: options.editBase ?? null,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.replications !== undefined ? { replications: options.replications } : {}),
    ...(options.warmup !== undefined ? { warmup: options.warmup } : {}),
    loading: true,
    notice: { kind: 'info', text: `Reading ${file}…` },
  });
  let answer: Awaited<ReturnType<typeof callScenario<'load'>>>;
  try {
    answer = await callScenario('load', file, text, options.variant ?? null);
  } catch (err) {
    if (ticket !== latest) return false;
    store.set({
      loading: false,
      loaded: null,
      rawDoc: null,
      issues: [{ file, path: '', message: (err as Error).message }],
      notice: { kind: 'error', text: (err as Error).message },
    });
    return false;
  }
  if (ticket !== latest) return false; // a newer text arrived while this one was read
  const { outcome, variant } = answer;
  const n = outcome.ok ? 0 : outcome.issues.length;
  store.set({
    // A text that does not load keeps the design chosen: a mistake fixed a moment later (a mistyped
    // number, a text edit) must not quietly switch the page from the variant to the base design.
    variant,
    loading: false,
    loaded: outcome.ok ? outcome.loaded : null,
    rawDoc: outcome.ok ? null : outcome.rawDoc,
    issues: outcome.ok ? [] : outcome.issues,
    notice: outcome.ok
      ? { kind: 'info', text: options.notice ?? `Loaded ${file}.` }
      : { kind: 'error', text: `${file} has ${n} problem${n === 1 ? '' : 's'}; see the list below.` },
  });
  return outcome.ok;
}
