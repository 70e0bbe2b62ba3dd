import type { Model } from '../../src/core/index.js';

// The scenario layer's own type (type-only: nothing of src/scenario enters the page bundle).
import type { Issue } from '../../src/scenario/index.js';
export type { Issue };

/** A scenario that loaded: its document (plain data as in the file), compiled model and variant names. */
export interface Loaded {
  /** The document of the design shown (the variant's, when one is chosen), `extends` resolved. */
  doc: Record<string, unknown>;
  /** The base design's document, `extends` resolved. */
  baseDoc: Record<string, unknown>;
  model: Model;
  variants: string[];
  sweeps: Record<string, { param: string; values: (number | string | boolean)[] }>;
}

/** One change made in the edit form: a field path and its new value. */
export interface Edit {
  path: string;
  value: unknown;
}

/** Enough to put the page back as it was: what undo restores. */
export interface Snapshot {
  file: string;
  text: string;
  variant: string | null;
  edits: Edit[];
  editBase: string | null;
  seed: string | null;
  replications: number | null;
  warmup: string | null;
}

export interface AppState {
  /** File name shown to the user and used for downloads; decides YAML or JSON. */
  file: string;
  /** The scenario text, exactly as loaded or as last edited: the source of truth. */
  text: string;
  /** Set when `text` loaded; `issues` is non-empty otherwise. */
  loaded: Loaded | null;
  issues: Issue[];
  /** True from a change of `text` until its load finishes (in a worker); `loaded` is then for the previous text. */
  loading: boolean;
  /** The text as parsed when it does not load (so the form can still show its numbers), else null. */
  rawDoc: Record<string, unknown> | null;
  /** A message about the last action (errors included), shown in the status bar. */
  notice: { kind: 'info' | 'error'; text: string } | null;
  /** Variant shown in the diagram and run (null = the base design). */
  variant: string | null;
  /** Form edits made since `editBase` (the text before the first of them); they can become a variant. */
  edits: Edit[];
  editBase: string | null;
  /** Run settings; null means the scenario's own `seed` / `replications` / `warmup`. */
  seed: string | null;
  replications: number | null;
  /** `auto` (MSER-5 pilot) or a duration as typed (`2w`), read by src/experiments readWarmup when work starts. */
  warmup: string | null;
  /** Figures per calendar period in run, compare and sweep reports (`--periods`); null: none. */
  periods: 'week' | 'month' | 'quarter' | null;
  /** Earlier states, most recent last. */
  history: Snapshot[];
  /**
   * Counts scenarios opened afresh (picker, file, drop, paste, link; not edits, undo or a change of
   * variant): panels clear what they hold for the previous file (a typed sweep path, open groups) when it moves.
   */
  opened: number;
}

export const emptyState: AppState = {
  file: '',
  text: '',
  loaded: null,
  issues: [],
  loading: false,
  rawDoc: null,
  notice: null,
  variant: null,
  edits: [],
  editBase: null,
  seed: null,
  replications: null,
  warmup: null,
  periods: null,
  history: [],
  opened: 0,
};
