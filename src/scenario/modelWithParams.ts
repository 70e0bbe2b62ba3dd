// The model of one design of a file: its variant, then parameters set by path (a sweep point, a
// bench's horizon). The CLI's sweep, the page and the bench all build a point's model this way.
import type { Model } from '../core/index.js';
import type { ScenarioDoc } from './doc/scenarioDoc.js';
import { formatIssue } from './issue.js';
import { loadScenario } from './load/loadScenario.js';
import { setParam } from './patch/applyChanges.js';
import { validateScenario } from './validate/validateScenario.js';
import { compileScenario } from './compile/compileScenario.js';

export type Built = { ok: true; model: Model } | { ok: false; issues: string[] };

/**
 * modelWithParams(source, variant, params): loads the scenario (with its variant), sets each param with
 * setParam, validates and compiles. Issues come back formatted ("file: path: message"), ready to print.
 */
export function modelWithParams(
  source: { file: string; text: string },
  variant: string | null,
  params: readonly { path: string; value: unknown }[],
  readFile?: (path: string) => string,
): Built {
  const loaded = loadScenario(source, { variant: variant ?? undefined, readFile });
  if (!loaded.ok) return { ok: false, issues: loaded.issues.map(formatIssue) };
  if (params.length === 0) return { ok: true, model: loaded.model };
  return modelFromDoc(loaded.doc, source.file, params);
}

/** modelFromDoc(doc, file, params): a loaded document with params set, validated and compiled. */
export function modelFromDoc(
  doc: ScenarioDoc,
  file: string,
  params: readonly { path: string; value: unknown }[],
): Built {
  // A point of a sweep is one design. The file's other variants and sweeps are patches on the base
  // that this point does not run, so a value that would break one of them must not fail the point.
  const {
    variants: _variants,
    sweeps: _sweeps,
    decisions: _decisions,
    ...design
  } = doc as ScenarioDoc & { variants?: unknown; sweeps?: unknown; decisions?: unknown };
  let current: unknown = design;
  for (const p of params) {
    const set = setParam(current, p.path, p.value, file);
    if (set.issues.length > 0) return { ok: false, issues: set.issues.map(formatIssue) };
    current = set.doc;
  }
  const issues = validateScenario(current, file);
  if (issues.length > 0) return { ok: false, issues: issues.map(formatIssue) };
  return { ok: true, model: compileScenario(current as ScenarioDoc) };
}
