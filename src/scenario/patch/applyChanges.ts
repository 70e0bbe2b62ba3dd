// Variants are patches: a list of changes applied to a document with immer, so the base
// document is never mutated and unchanged parts are shared between variants.

import { produce } from 'immer';
import type { Issue } from '../issue.js';
import { didYouMean } from '../didYouMean.js';
import { describeValue } from '../units/describeValue.js';
import { isReservedName, reservedNameMessage } from '../validate/reservedNames.js';
import { shorten } from '../units/shorten.js';

export interface Change {
  op: 'set' | 'add' | 'remove';
  path: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (x: unknown): x is Container => typeof x === 'object' && x !== null;

/** Walk to the parent of the last segment; an error message when a segment on the way is missing. */
function locate(root: unknown, path: string): { parent: Container; key: string | number } | { error: string } {
  if (path.trim() === '')
    return { error: 'expected a dotted path such as "steps.triage.serve.0.pool", found an empty path' };
  const segs = path.split('.');
  let node: unknown = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const here = segs.slice(0, i).join('.') || 'the document';
    if (isReservedName(seg)) return { error: `path "${shorten(path)}": ${reservedNameMessage(seg)}` };
    if (!isContainer(node))
      return {
        error: `cannot go into "${shorten(seg)}": ${shorten(here)} is ${describeValue(node)}, not a map or list`,
      };
    const key: string | number = Array.isArray(node) ? Number(seg) : seg;
    if (Array.isArray(node) && !/^\d+$/.test(seg))
      return { error: `${shorten(here)} is a list; expected an index (0, 1, ...) instead of "${shorten(seg)}"` };
    if (i === segs.length - 1) return { parent: node, key };
    const child = Array.isArray(node) ? node[key as number] : Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (child === undefined) {
      const known = Array.isArray(node) ? [] : Object.keys(node);
      const range = Array.isArray(node) ? ` (the list has ${node.length} entries)` : didYouMean(seg, known);
      return { error: `path "${shorten(path)}" does not exist: ${shorten(here)} has no "${shorten(seg)}"${range}` };
    }
    node = child;
  }
  return { error: 'unreachable' };
}

/** Apply one change in place to an immer draft; an error message when it cannot apply. */
function applyOne(draft: unknown, given: Change): string | undefined {
  // The value is copied: a later change may edit inside it, which must neither touch the caller's
  // object nor fail on it (immer freezes what it returns, and values are not drafts).
  let change = given;
  try {
    if (given.value !== undefined) change = { ...given, value: structuredClone(given.value) };
  } catch {
    return `the value is not plain data (text, numbers, true/false, lists and maps)`;
  }
  const at = locate(draft, change.path);
  if ('error' in at) return at.error;
  const { parent, key } = at;
  const exists = Array.isArray(parent) ? (key as number) < parent.length : Object.hasOwn(parent, key as string);
  const current = exists ? (parent as Record<string | number, unknown>)[key] : undefined;
  switch (change.op) {
    case 'set':
      if (change.value === undefined) return 'a set needs a value';
      if (Array.isArray(parent) && (key as number) > parent.length)
        return `index ${key} is past the end of the list (${parent.length} entries)`;
      (parent as Record<string | number, unknown>)[key] = change.value;
      return undefined;
    case 'remove':
      if (!exists) return `path "${shorten(change.path)}" does not exist, so there is nothing to remove`;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return undefined;
    case 'add':
      if (change.value === undefined) return 'an add needs a value';
      if (Array.isArray(current)) current.push(change.value);
      else if (typeof current === 'number' && typeof change.value === 'number')
        (parent as Record<string | number, unknown>)[key] = current + change.value;
      else if (!exists && !Array.isArray(parent)) parent[key as string] = change.value;
      else if (!exists && Array.isArray(parent) && key === parent.length) parent.push(change.value);
      else
        return `add appends to a list or adds a number to a number; "${change.path}" holds ${describeValue(current)} and the value is ${describeValue(change.value)}`;
      return undefined;
    default:
      return `expected op set, add or remove, found ${describeValue((change as { op: unknown }).op)}`;
  }
}

/**
 * Apply changes in order. `where` names the change list for issues (e.g. "variants.agents-triage.changes");
 * an issue for change i is reported at `${where}.i.path`. A change that cannot apply is skipped.
 */
export function applyChanges(
  doc: unknown,
  changes: Change[],
  where: string,
  file = '',
): { doc: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const next = produce(doc, (draft: unknown) => {
    changes.forEach((change, i) => {
      if (typeof change?.path !== 'string') {
        issues.push({
          file,
          path: `${where}.${i}.path`,
          message: `expected a dotted path, found ${describeValue(change?.path)}`,
        });
        return;
      }
      const error = applyOne(draft, change);
      if (error !== undefined) issues.push({ file, path: `${where}.${i}.path`, message: error });
    });
  });
  return { doc: next, issues };
}

/** Set one parameter (a dotted path) to a value: how sweeps vary a document. */
export function setParam(doc: unknown, path: string, value: unknown, file = ''): { doc: unknown; issues: Issue[] } {
  const r = applyChanges(doc, [{ op: 'set', path, value }], 'sweeps', file);
  return { doc: r.doc, issues: r.issues.map((i) => ({ ...i, path, message: i.message })) };
}
