// The one place the page calls src/scenario's loader. Keeping it narrow means the rest of web/
// depends on the page's own types (state/appState.ts), not on the scenario layer's internals.
import { loadScenario } from '../../src/scenario/index.js';
import type { Issue, Loaded } from '../state/appState.js';
import { readBundled } from './bundled.js';

export type LoadOutcome = { ok: true; loaded: Loaded } | { ok: false; issues: Issue[] };

export function compileScenario(file: string, text: string, variant: string | null): LoadOutcome {
  let r: ReturnType<typeof loadScenario>;
  try {
    r = loadScenario({ file, text }, variant === null ? { readFile: readBundled } : { variant, readFile: readBundled });
  } catch (err) {
    // The scenario layer promises issues, not exceptions; if one escapes, show it as an issue.
    return { ok: false, issues: [{ file, path: '', message: String((err as Error)?.message ?? err) }] };
  }
  if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ ...i })) };
  const sweeps: Loaded['sweeps'] = {};
  for (const [id, s] of Object.entries(r.sweeps)) {
    sweeps[id] = { param: s.param, values: s.values.filter((v): v is number | string | boolean => ['number', 'string', 'boolean'].includes(typeof v)) };
  }
  const doc = r.doc as unknown as Record<string, unknown>;
  // The form edits the base design, so it needs the base document even when a variant is shown.
  let baseDoc = doc;
  if (variant !== null) {
    const base = loadScenario({ file, text }, { readFile: readBundled });
    if (base.ok) baseDoc = base.doc as unknown as Record<string, unknown>;
  }
  return { ok: true, loaded: { doc, baseDoc, model: r.model, variants: [...r.variants], sweeps } };
}
