// What the semantic checks share: the issue list and the ids declared in the document.
// Checks read the document defensively (it may have failed structural checks elsewhere).

import { didYouMean } from '../didYouMean.js';

export type Rec = Record<string, unknown>;

export const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
export const rec = (x: unknown): Rec => (isRec(x) ? x : {});
export const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

export interface Ids {
  functions: string[];
  attributes: string[];
  types: string[];
  pools: string[];
  calendars: string[];
  steps: string[];
}

export class Checks {
  readonly issues: { path: string; message: string }[] = [];
  private readonly sets = new Map<keyof Ids, Set<string>>();
  constructor(
    readonly ids: Ids,
    readonly doc: Rec,
  ) {}

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Report `value` at `path` unless it is one of the declared ids of `kind`. Returns whether it resolved. */
  ref(path: string, value: unknown, kind: keyof Ids, noun: string, extra: string[] = []): boolean {
    if (typeof value !== 'string') return false;
    // A section that is itself broken has been reported; do not repeat it for every reference.
    const section = {
      functions: 'functions',
      attributes: 'attributes',
      types: 'itemTypes',
      pools: 'pools',
      calendars: 'calendars',
      steps: 'steps',
    }[kind];
    const held = this.doc[section];
    const required = kind !== 'calendars' && kind !== 'attributes';
    const fine = kind === 'functions' || kind === 'attributes' ? Array.isArray(held) : isRec(held);
    if (!fine && (held !== undefined || required)) return false;
    if (!this.sets.has(kind)) this.sets.set(kind, new Set(this.ids[kind]));
    if (this.sets.get(kind)!.has(value) || extra.includes(value)) return true;
    const known = [...this.ids[kind], ...extra];
    const none = known.length === 0 ? ` (no ${noun}s are declared)` : didYouMean(value, known);
    this.add(path, `unknown ${noun} "${value}"${none}`);
    return false;
  }
}

/** The ids of a document: keys of its maps, entries of its lists. Attributes are declared or inferred from item types. */
export function collectIds(doc: Rec): Ids {
  const keys = (x: unknown): string[] => Object.keys(rec(x)).sort();
  const strings = (x: unknown): string[] => arr(x).filter((s): s is string => typeof s === 'string');
  const types = rec(doc.itemTypes);
  const inferred = new Set<string>();
  for (const t of Object.values(types)) for (const a of Object.keys(rec(rec(t).attributes))) inferred.add(a);
  return {
    functions: strings(doc.functions),
    attributes: Array.isArray(doc.attributes) ? strings(doc.attributes) : [...inferred].sort(),
    types: keys(doc.itemTypes),
    pools: keys(doc.pools),
    calendars: keys(doc.calendars),
    steps: keys(doc.steps),
  };
}
