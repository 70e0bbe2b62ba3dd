// The whole pipeline: text -> document (resolving `extends`) -> issues -> variant -> Model.
// File access is injected (readFile) so that the browser can use the same code.

import type { Model } from '../../core/model/model.js';
import type { ScenarioDoc, SweepSpec } from '../doc/scenarioDoc.js';
import type { Issue } from '../issue.js';
import { parseScenarioText } from '../parse/parseScenarioText.js';
import { validateScenario, variantDocument } from '../validate/validateScenario.js';
import { compileScenario } from '../compile/compileScenario.js';
import { applyChanges, type Change } from '../patch/applyChanges.js';
import { sweepSpecs } from '../sweepSpecs.js';
import { didYouMean } from '../didYouMean.js';
import { describeValue } from '../units/describeValue.js';
import { resolvePath } from './resolvePath.js';

export type LoadResult =
  | { ok: true; doc: ScenarioDoc; model: Model; variants: string[]; sweeps: Record<string, SweepSpec> }
  | { ok: false; issues: Issue[] };

export interface LoadOptions {
  /** Apply this named variant before validating and compiling. */
  variant?: string;
  /** Reads a file named by `extends`, given the path resolved relative to the extending file. */
  readFile?: (path: string, fromFile: string) => string | Uint8Array;
}

/** How many files one `extends` chain may hold. */
export const MAX_EXTENDS_DEPTH = 8;
/** Fields an extending file may set besides `extends` and `changes`; they replace the base's. */
const OVERRIDABLE = ['opsim', 'name', 'description', 'variants', 'sweeps'];

type Parsed = { doc: unknown; issues: Issue[]; lineOf: (path: string) => number | undefined };

function isRec(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parse a file and, if it extends another, resolve the chain into one document. */
function readDocument(file: string, text: string | Uint8Array, options: LoadOptions, chain: string[]): Parsed {
  const parsed = parseScenarioText(text, file);
  if (parsed.issues.length > 0 || !isRec(parsed.doc) || !('extends' in parsed.doc)) return parsed;
  const doc = parsed.doc;
  const at = (path: string, message: string): Parsed => ({ doc: undefined, issues: [{ file, path, message, line: parsed.lineOf(path) }], lineOf: parsed.lineOf });
  if (typeof doc.extends !== 'string') return at('extends', `expected a relative path such as "./base.yaml", found ${describeValue(doc.extends)}`);
  const unknown = Object.keys(doc).filter((k) => k !== 'extends' && k !== 'changes' && !OVERRIDABLE.includes(k));
  if (unknown.length > 0) {
    return at(unknown[0], `unknown field '${unknown[0]}' in a file with extends${didYouMean(unknown[0], ['changes', ...OVERRIDABLE], "'")}; it may set only extends, changes, ${OVERRIDABLE.join(', ')}`);
  }
  if (options.readFile === undefined) return at('extends', 'this file extends another, but no way to read files was given (readFile)');
  const target = resolvePath(doc.extends, file);
  if (chain.includes(target)) return at('extends', `extends forms a cycle: ${[...chain, target].join(' -> ')}`);
  if (chain.length >= MAX_EXTENDS_DEPTH) return at('extends', `extends chains may hold at most ${MAX_EXTENDS_DEPTH} files`);
  let baseText: string | Uint8Array;
  try {
    baseText = options.readFile(target, file);
  } catch (e) {
    return at('extends', `cannot read "${target}": ${e instanceof Error ? e.message : String(e)}`);
  }
  const base = readDocument(target, baseText, options, [...chain, target]);
  if (base.issues.length > 0) return { doc: undefined, issues: base.issues, lineOf: parsed.lineOf };
  if (!isRec(base.doc)) return at('extends', `"${target}" does not hold a scenario`);
  if (doc.changes !== undefined && !Array.isArray(doc.changes)) return at('changes', `expected a list of changes, found ${describeValue(doc.changes)}`);
  const patched = applyChanges(base.doc, (doc.changes ?? []) as Change[], 'changes', file);
  if (patched.issues.length > 0) return { doc: undefined, issues: patched.issues.map((i) => ({ ...i, line: parsed.lineOf(i.path) })), lineOf: parsed.lineOf };
  const merged: Record<string, unknown> = { ...(patched.doc as Record<string, unknown>) };
  for (const k of OVERRIDABLE) if (k in doc) merged[k] = doc[k];
  // Lines of issues point at the extending file only where it wrote the field itself.
  return { doc: merged, issues: [], lineOf: (path) => (OVERRIDABLE.some((k) => path === k || path.startsWith(k + '.')) ? parsed.lineOf(path) : undefined) };
}

/**
 * The line an issue points at. A variant's issue at a path its changes touched points at the last such
 * change (the base file's line would mislead); other variant issues have no line of their own.
 */
function issueLine(doc: unknown, i: Issue, lineOf: (path: string) => number | undefined): number | undefined {
  if (i.variant === undefined || i.path.startsWith('variants.')) return lineOf(i.path);
  const changes = (doc as { variants?: Record<string, { changes?: { path?: unknown }[] }> }).variants?.[i.variant]?.changes ?? [];
  for (let k = changes.length - 1; k >= 0; k--) {
    const p = changes[k]?.path;
    if (typeof p === 'string' && (i.path === p || i.path.startsWith(p + '.') || p.startsWith(i.path + '.'))) {
      return lineOf(`variants.${i.variant}.changes.${k}`);
    }
  }
  return undefined;
}

export function loadScenario(input: { file: string; text: string | Uint8Array }, options: LoadOptions = {}): LoadResult {
  const parsed = readDocument(input.file, input.text, options, [input.file]);
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues };
  // Issues of the base file in line order (a stable sort); variant issues follow, by variant.
  const withLines = (issues: Issue[]): Issue[] =>
    issues
      .map((i) => {
        const line = i.file === input.file ? issueLine(parsed.doc, i, parsed.lineOf) : undefined;
        return line === undefined || i.line !== undefined ? i : { ...i, line };
      })
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
      .map((x) => x.issue);
  const rank = (i: Issue): number => (i.variant !== undefined ? Infinity : (i.line ?? 0));
  const issues = validateScenario(parsed.doc, input.file);
  if (issues.length > 0) return { ok: false, issues: withLines(issues) };
  const base = parsed.doc as ScenarioDoc;
  const variants = Object.keys(base.variants ?? {}).sort();
  let doc: ScenarioDoc = base;
  if (options.variant !== undefined) {
    if (!variants.includes(options.variant)) {
      const known = variants.length === 0 ? ' (the file declares no variants)' : `${didYouMean(options.variant, variants)}; variants: ${variants.join(', ')}`;
      return { ok: false, issues: [{ file: input.file, path: 'variants', message: `unknown variant "${options.variant}"${known}` }] };
    }
    doc = variantDocument(base as unknown as Record<string, unknown>, options.variant, input.file).doc as ScenarioDoc;
  }
  return { ok: true, doc, model: compileScenario(doc), variants, sweeps: sweepSpecs(doc) };
}
