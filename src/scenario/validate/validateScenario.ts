// All issues of a document at once: format version, structure (JSON Schema), finite numbers,
// meaning (references, sums, graph), sweeps, and every variant validated as a whole file.

import type { Issue } from '../issue.js';
import { checkStructure } from '../schema/checkStructure.js';
import { nonFiniteNumbers } from './checkNumbers.js';
import { checkSemantics } from './checkSemantics.js';
import { isRec, rec, type Rec } from './checks.js';
import { applyChanges, type Change } from '../patch/applyChanges.js';
import { lineageConflict, variantLineage } from '../patch/variantLineage.js';
import { MAX_SWEEP_VALUES, rangeCount, sweepSpecs } from '../sweepSpecs.js';
import { describeValue } from '../units/describeValue.js';
import { reservedKeys } from './reservedNames.js';
import { checkSize } from './checkSize.js';
import { shorten } from '../units/shorten.js';
import { checkTimeline } from '../timeline/checkTimeline.js';

type Found = { path: string; message: string };

const under = (path: string, ancestor: string): boolean =>
  path === ancestor || path.startsWith(ancestor + '.') || ancestor === '';

/** Issues of one document as a base file (its variants are not applied). */
function checkDocument(doc: unknown, withSweeps = true): Found[] {
  if (!isRec(doc)) {
    return [
      {
        path: '',
        message: `expected a map of fields at the top of the file (opsim: 1, horizon, functions, ...), found ${describeValue(doc)}`,
      },
    ];
  }
  if ('extends' in doc) {
    return [
      {
        path: 'extends',
        message: 'a file with extends must be loaded with loadScenario and a readFile function, which resolves it',
      },
    ];
  }
  if (doc.opsim !== undefined && doc.opsim !== 1) {
    return [
      {
        path: 'opsim',
        message: `unsupported format version ${JSON.stringify(doc.opsim)}; this opsim reads version 1 (write opsim: 1)`,
      },
    ];
  }
  // Keys that reach an object's prototype would confuse every later check: refuse them first, alone.
  const reserved = reservedKeys(doc);
  if (reserved.length > 0) return reserved;
  const numbers = nonFiniteNumbers(doc);
  if (numbers.length === 1 && numbers[0].message.includes('levels deep')) return numbers;
  const structure = checkStructure(doc).filter((s) => !numbers.some((n) => n.path === s.path));
  const first = [...numbers, ...structure];
  // A document too large to expand is reported alone: the checks of meaning would expand it.
  const size = checkSize(doc);
  if (size.length > 0) return [...first, ...size];
  // A semantic issue inside a part that is already structurally wrong would only repeat it.
  const meaning = checkSemantics(doc).filter((m) => !first.some((s) => s.path !== '' && under(m.path, s.path)));
  // Timeline values are checked by validating the file with each set in (checkTimeline): only on a sound base.
  const timeline = first.length === 0 && meaning.length === 0 ? checkTimeline(doc, (d) => checkDocument(d, false)) : [];
  return [...first, ...meaning, ...timeline, ...(withSweeps ? [...checkSweeps(doc), ...checkDecisions(doc)] : [])];
}

function resolves(doc: unknown, path: string): boolean {
  let node: unknown = doc;
  for (const seg of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return false;
    node = (node as Rec)[seg];
  }
  return true;
}

function checkSweeps(doc: Rec): Found[] {
  const out: Found[] = [];
  for (const [name, s0] of Object.entries(rec(doc.sweeps))) {
    const s = rec(s0);
    if (typeof s.param === 'string' && !resolves(doc, s.param)) {
      out.push({ path: `sweeps.${name}.param`, message: `path "${s.param}" does not exist in the scenario` });
    }
    const v = rec(s.values);
    if (typeof v.from === 'number' && typeof v.to === 'number' && typeof v.step === 'number' && v.step > 0) {
      if (v.to < v.from)
        out.push({ path: `sweeps.${name}.values.to`, message: `expected to >= from (${v.from}), found ${v.to}` });
      else if (rangeCount(v.from, v.to, v.step) > MAX_SWEEP_VALUES) {
        out.push({
          path: `sweeps.${name}.values`,
          message: `the range gives more than ${MAX_SWEEP_VALUES} values (the limit); use a larger step`,
        });
      }
    }
  }
  return out;
}

/** Decisions (opsim optimise): each names an existing path and a range that holds at least one value. */
function checkDecisions(doc: Rec): Found[] {
  const out: Found[] = [];
  for (const [name, d0] of Object.entries(rec(doc.decisions))) {
    const d = rec(d0);
    if (typeof d.param === 'string' && !resolves(doc, d.param)) {
      out.push({ path: `decisions.${name}.param`, message: `path "${d.param}" does not exist in the scenario` });
    }
    const v = rec(d.values);
    if (typeof v.from === 'number' && typeof v.to === 'number' && typeof v.step === 'number' && v.step > 0) {
      if (v.to < v.from)
        out.push({
          path: `decisions.${name}.values.to`,
          message: `the bounds are empty: expected to >= from (${v.from}), found ${v.to}`,
        });
      else if (rangeCount(v.from, v.to, v.step) > MAX_SWEEP_VALUES) {
        out.push({
          path: `decisions.${name}.values`,
          message: `the range gives more than ${MAX_SWEEP_VALUES} values (the limit); use a larger step`,
        });
      }
    }
  }
  return out;
}

/** Most sweep points checked per sweep; longer sweeps are sampled evenly, always with both ends. */
export const SWEEP_POINTS_CHECKED = 20;
/** Most sweep points checked over all sweeps: with many sweeps, each gets fewer (always both ends). */
export const SWEEP_POINTS_CHECKED_IN_ALL = 200;

/**
 * Issues of a valid document's sweep points: each value set at the sweep's path must give a valid
 * scenario (a value that breaks an ordering, such as a threshold cut passing the next one, is found
 * here, before a sweep runs). Reported at `sweeps.NAME.values.I` with the first issue it causes.
 */
export function checkSweepPoints(doc: unknown, file: string): Issue[] {
  const out: Issue[] = [];
  if (!isRec(doc)) return out;
  const specs = Object.entries(sweepSpecs(doc as { sweeps?: Record<string, { param: string; values: unknown }> }));
  const each = Math.max(
    2,
    Math.min(SWEEP_POINTS_CHECKED, Math.floor(SWEEP_POINTS_CHECKED_IN_ALL / Math.max(1, specs.length))),
  );
  for (const [name, spec] of specs) {
    const n = spec.values.length;
    const picks =
      n <= each
        ? spec.values.map((_, i) => i)
        : [...new Set(Array.from({ length: each }, (_, k) => Math.round((k * (n - 1)) / (each - 1))))];
    for (const i of picks) {
      const point = applyChanges(doc, [{ op: 'set', path: spec.param, value: spec.values[i] }], 'sweeps', file);
      const [first] = [...point.issues, ...checkDocument(point.doc, false)];
      if (first !== undefined) {
        const value = JSON.stringify(spec.values[i]);
        out.push({
          file,
          path: `sweeps.${name}.values.${i}`,
          message: `with ${spec.param} = ${value} the scenario is invalid: ${first.path}: ${first.message}`,
        });
      }
    }
  }
  return out;
}

/**
 * The document a variant describes: the base without its variants, with the changes of the variants
 * it extends applied first (variantLineage), then its own.
 */
export function variantDocument(doc: Rec, name: string, file: string): { doc: unknown; issues: Issue[] } {
  const { variants, ...base } = doc;
  const lineage = variantLineage(rec(variants), name);
  if ('issue' in lineage) return { doc: base, issues: [{ file, ...lineage.issue }] };
  const conflict = lineageConflict(rec(variants), name);
  if (conflict) return { doc: base, issues: [{ file, ...conflict }] };
  let current: unknown = base;
  const issues: Issue[] = [];
  for (const v of lineage.order) {
    const changes = rec(rec(variants)[v]).changes;
    const applied = applyChanges(
      current,
      Array.isArray(changes) ? (changes as Change[]) : [],
      `variants.${v}.changes`,
      file,
    );
    current = applied.doc;
    issues.push(...applied.issues);
  }
  return { doc: current, issues };
}

/** Longest message and path reported: a long value echoed in a message is cut (MESSAGE_LIMIT in docs/scenario-format.md). */
export const MESSAGE_LIMIT = 400;
const bounded = (i: Issue): Issue => ({ ...i, path: shorten(i.path, 200), message: shorten(i.message, MESSAGE_LIMIT) });

export function validateScenario(doc: unknown, file: string): Issue[] {
  return validateUnbounded(doc, file).map(bounded);
}

function validateUnbounded(doc: unknown, file: string): Issue[] {
  const issues: Issue[] = checkDocument(doc).map((f) => ({ file, ...f }));
  // A base broken at the top (a whole section missing or of the wrong kind) would make every variant repeat it.
  if (!isRec(doc) || issues.some((i) => !i.path.includes('.'))) return issues;
  const seen = new Set(issues.map((i) => `${i.path}\u0000${i.message}`));
  const variants = rec(doc.variants);
  // What each variant's own document finds, so that a variant extending a broken one does not repeat
  // its parent's issue: it is reported once, under the variant whose change caused it.
  const found = new Map<string, Set<string>>();
  const findingsOf = (name: string): Set<string> => {
    let keys = found.get(name);
    if (keys === undefined) {
      keys = new Set(checkDocument(variantDocument(doc, name, file).doc).map((f) => `${f.path}\u0000${f.message}`));
      found.set(name, keys);
    }
    return keys;
  };
  for (const name of Object.keys(variants).sort()) {
    const variant = rec(variants[name]);
    if (variant.changes === undefined && variant.extends === undefined) {
      issues.push({
        file,
        path: `variants.${name}`,
        message: 'a variant needs changes, or extends naming the variants it combines',
      });
      continue;
    }
    if (issues.some((i) => under(i.path, `variants.${name}`))) continue; // its structure is already reported
    const v = variantDocument(doc, name, file);
    // An issue in a change another variant brings is that variant's, reported once under its own name.
    for (const i of v.issues) {
      if (!seen.has(`${i.path}\u0000${i.message}`)) issues.push({ ...i, variant: name });
      seen.add(`${i.path}\u0000${i.message}`);
    }
    const lineage = variantLineage(variants, name);
    const inherited = 'order' in lineage ? lineage.order.filter((a) => a !== name).map(findingsOf) : [];
    for (const f of checkDocument(v.doc)) {
      const key = `${f.path}\u0000${f.message}`;
      if (!seen.has(key) && !inherited.some((keys) => keys.has(key))) issues.push({ file, ...f, variant: name });
    }
  }
  return issues;
}
