// The whole pipeline: text -> document (resolving `extends`) -> issues -> variant -> Model.
// File access is injected (readFile) so that the browser can use the same code.

import type { Model } from '../../core/index.js';
import { preflight } from '../preflight/preflight.js';
import type { ScenarioDoc, SweepSpec } from '../doc/scenarioDoc.js';
import type { Issue } from '../issue.js';
import { parseScenarioText } from '../parse/parseScenarioText.js';
import { checkSweepPoints, MESSAGE_LIMIT, validateScenario, variantDocument } from '../validate/validateScenario.js';
import { shorten } from '../units/shorten.js';
import { variantLineage } from '../patch/variantLineage.js';
import { compileScenario } from '../compile/compileScenario.js';
import { applyChanges, type Change } from '../patch/applyChanges.js';
import { sweepSpecs } from '../sweepSpecs.js';
import { didYouMean } from '../didYouMean.js';
import { variantNames } from '../variantNames.js';
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

/** Where a dotted path of the resolved document was written: the file and, when known, the line. */
type Origin = (path: string) => { file: string; line?: number };
type Parsed = { doc: unknown; issues: Issue[]; origin: Origin };

function isRec(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Two dotted paths are related when one is the other or lies inside it. */
const related = (a: string, b: string): boolean => a === b || a.startsWith(b + '.') || b.startsWith(a + '.');

/** Index of the last change in `changes` whose path is related to `path`, or -1. */
function lastChangeAt(changes: unknown, path: string): number {
  const list = Array.isArray(changes) ? changes : [];
  for (let k = list.length - 1; k >= 0; k--) {
    const p = (list[k] as { path?: unknown } | null)?.path;
    if (typeof p === 'string' && related(path, p)) return k;
  }
  return -1;
}

/** Parse a file and, if it extends another, resolve the chain into one document. */
function readDocument(file: string, text: string | Uint8Array, options: LoadOptions, chain: string[]): Parsed {
  const parsed = parseScenarioText(text, file);
  const own: Origin = (path) => ({ file, line: parsed.lineOf(path) });
  if (parsed.issues.length > 0 || !isRec(parsed.doc) || !('extends' in parsed.doc))
    return { doc: parsed.doc, issues: parsed.issues, origin: own };
  const doc = parsed.doc;
  const at = (path: string, message: string): Parsed => ({
    doc: undefined,
    issues: [{ file, path, message, line: parsed.lineOf(path) }],
    origin: own,
  });
  if (typeof doc.extends !== 'string')
    return at('extends', `expected a relative path such as "./base.yaml", found ${describeValue(doc.extends)}`);
  const unknown = Object.keys(doc).filter((k) => k !== 'extends' && k !== 'changes' && !OVERRIDABLE.includes(k));
  if (unknown.length > 0) {
    return at(
      unknown[0],
      `unknown field '${unknown[0]}' in a file with extends${didYouMean(unknown[0], ['changes', ...OVERRIDABLE], "'")}; it may set only extends, changes, ${OVERRIDABLE.join(', ')}`,
    );
  }
  if (options.readFile === undefined)
    return at('extends', 'this file extends another, but no way to read files was given (readFile)');
  const target = resolvePath(doc.extends, file);
  if (chain.includes(target)) return at('extends', `extends forms a cycle: ${[...chain, target].join(' -> ')}`);
  if (chain.length >= MAX_EXTENDS_DEPTH)
    return at('extends', `extends chains may hold at most ${MAX_EXTENDS_DEPTH} files`);
  let baseText: string | Uint8Array;
  try {
    baseText = options.readFile(target, file);
  } catch (e) {
    return at('extends', `cannot read "${target}": ${e instanceof Error ? e.message : String(e)}`);
  }
  const base = readDocument(target, baseText, options, [...chain, target]);
  if (base.issues.length > 0) return { doc: undefined, issues: base.issues, origin: own };
  if (!isRec(base.doc)) return at('extends', `"${target}" does not hold a scenario`);
  if (doc.changes !== undefined && !Array.isArray(doc.changes))
    return at('changes', `expected a list of changes, found ${describeValue(doc.changes)}`);
  const patched = applyChanges(base.doc, (doc.changes ?? []) as Change[], 'changes', file);
  if (patched.issues.length > 0)
    return { doc: undefined, issues: patched.issues.map((i) => ({ ...i, line: parsed.lineOf(i.path) })), origin: own };
  const merged: Record<string, unknown> = { ...(patched.doc as Record<string, unknown>) };
  for (const k of OVERRIDABLE) if (k in doc) merged[k] = doc[k];
  // A path comes from this file where it overrides a field or a change touched it; otherwise from the base.
  const origin: Origin = (path) => {
    if (OVERRIDABLE.some((k) => k in doc && related(path, k))) return own(path);
    const k = lastChangeAt(doc.changes, path);
    return k >= 0 ? own(`changes.${k}`) : base.origin(path);
  };
  return { doc: merged, issues: [], origin };
}

/**
 * Where an issue found in the resolved document was written. A variant's issue at a path its
 * changes touched points at the last such change (the base's line would mislead); other variant
 * issues keep the file and have no line.
 */
function locate(doc: unknown, i: Issue, origin: Origin): { file: string; line?: number } {
  if (i.variant === undefined || i.path.startsWith('variants.') || i.path.startsWith('sweeps.')) return origin(i.path);
  const variants = (doc as { variants?: Record<string, { changes?: unknown }> }).variants ?? {};
  const lineage = variantLineage(variants, i.variant);
  // The last change to touch the path, in the order the lineage applies them.
  for (const v of 'order' in lineage ? [...lineage.order].reverse() : [i.variant]) {
    const k = lastChangeAt(variants[v]?.changes, i.path);
    if (k >= 0) return origin(`variants.${v}.changes.${k}`);
  }
  return { file: i.file };
}

/**
 * A file read, resolved and validated once, base and every variant: `design(variant)` compiles one
 * of its designs without reading or validating the file again. A command that runs several designs
 * of one file (compare, select, the page's Compare) opens it once; loading it per design repeated the
 * parse and the validation of every variant for each one.
 */
export interface OpenScenario {
  readonly file: string;
  /** The resolved base document, variants and sweeps included. */
  readonly doc: ScenarioDoc;
  /** Variant names, sorted: the order of keys in a file never changes a result. */
  readonly variants: string[];
  /** The base design (no variant) or a named variant, compiled; an unknown name is an issue. */
  design(variant?: string): LoadResult;
}

export type OpenResult = { ok: true; scenario: OpenScenario } | { ok: false; issues: Issue[] };

/** openScenario(input, options): parse, resolve `extends` and validate, once for all designs. */
export function openScenario(
  input: { file: string; text: string | Uint8Array },
  options: LoadOptions = {},
): OpenResult {
  const parsed = readDocument(input.file, input.text, options, [input.file]);
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues };
  // Issues by file, then line (a stable sort); variant issues follow in the order found.
  const withLines = (issues: Issue[]): Issue[] =>
    issues
      .map((i) => {
        const { file, line } = locate(parsed.doc, i, parsed.origin);
        // Every message under the limit, whichever check wrote it (validateScenario bounds its own).
        const bounded = { ...i, file, message: shorten(i.message, MESSAGE_LIMIT) };
        return line === undefined ? bounded : { ...bounded, line };
      })
      .map((issue, index) => ({ issue, index }))
      .sort(
        (a, b) =>
          group(a.issue) - group(b.issue) ||
          (a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : 0) ||
          rank(a.issue) - rank(b.issue) ||
          a.index - b.index,
      )
      .map((x) => x.issue);
  const group = (i: Issue): number => (i.variant !== undefined ? 1 : 0);
  const rank = (i: Issue): number => (i.variant !== undefined ? 0 : (i.line ?? 0));
  const issues = validateScenario(parsed.doc, input.file);
  if (issues.length > 0) return { ok: false, issues: withLines(issues) };
  const base = parsed.doc as ScenarioDoc;
  const variants = variantNames(base);
  // The file's sweeps are points of the base design, checked once, when the base is first asked for.
  let sweepIssues: Issue[] | null = null;
  const design = (variant?: string): LoadResult => {
    let doc: ScenarioDoc = base;
    if (variant !== undefined) {
      if (!variants.includes(variant)) {
        const known =
          variants.length === 0
            ? ' (the file declares no variants)'
            : `${didYouMean(variant, variants)}; variants: ${variants.join(', ')}`;
        return {
          ok: false,
          issues: [{ file: input.file, path: 'variants', message: `unknown variant "${variant}"${known}` }],
        };
      }
      doc = variantDocument(base as unknown as Record<string, unknown>, variant, input.file).doc as ScenarioDoc;
    } else {
      // A variant is loaded to be run as it is; a sweep run on a variant checks each of its points
      // when it builds them, naming the point.
      sweepIssues ??= withLines(checkSweepPoints(doc, input.file));
      if (sweepIssues.length > 0) return { ok: false, issues: sweepIssues };
    }
    const model = compileScenario(doc);
    const costly = preflight(model, doc.limits?.maxMemoryMB).map((f) => ({
      file: input.file,
      ...f,
      ...(variant === undefined ? {} : { variant }),
    }));
    if (costly.length > 0) return { ok: false, issues: withLines(costly) };
    return { ok: true, doc, model, variants, sweeps: sweepSpecs(doc) };
  };
  return { ok: true, scenario: { file: input.file, doc: base, variants, design } };
}

/** loadScenario(input, options): one design of a file (the base, or `options.variant`), compiled. */
export function loadScenario(
  input: { file: string; text: string | Uint8Array },
  options: LoadOptions = {},
): LoadResult {
  const opened = openScenario(input, options);
  return opened.ok ? opened.scenario.design(options.variant) : opened;
}
