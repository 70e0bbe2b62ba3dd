// Variants that build on other variants. `extends: [today, weekly-review]` applies today's changes,
// then weekly-review's, then the variant's own, so "today's organisation plus the weekly review" is
// written once, not copied. Each ancestor applies once even when two parents share it (a diamond);
// a cycle, an unknown name, or two parents that change the same part of the design differently
// (which would make the result depend on the order of the list) are issues, not guesses.

import { didYouMean } from '../didYouMean.js';

type Rec = Record<string, unknown>;
const rec = (x: unknown): Rec => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Rec) : {});

export interface LineageIssue {
  path: string;
  message: string;
}

/** The names of the variants a variant extends, as written (empty when it extends none). */
export function parentsOf(variants: Rec, name: string): string[] {
  const e = rec(variants[name]).extends;
  return Array.isArray(e) ? e.filter((p): p is string => typeof p === 'string') : [];
}

/**
 * The variants whose changes make up `name`, in the order they apply: every ancestor before the
 * variants that extend it, parents in the order listed, each once; `name` itself last.
 */
export function variantLineage(variants: Rec, name: string): { order: string[] } | { issue: LineageIssue } {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (v: string, stack: string[]): LineageIssue | undefined => {
    if (done.has(v)) return undefined;
    const parents = parentsOf(variants, v);
    for (let i = 0; i < parents.length; i++) {
      const p = parents[i];
      if (!Object.hasOwn(variants, p)) {
        return {
          path: `variants.${v}.extends.${i}`,
          message: `unknown variant "${p}"${didYouMean(p, Object.keys(variants))}`,
        };
      }
      if (p === v || stack.includes(p)) {
        const cycle = [...stack.slice(stack.indexOf(p)), v, p];
        return {
          path: `variants.${v}.extends.${i}`,
          message: `variants extend each other in a cycle: ${cycle.join(' -> ')}`,
        };
      }
      const issue = visit(p, [...stack, v]);
      if (issue) return issue;
    }
    done.add(v);
    order.push(v);
    return undefined;
  };
  const issue = visit(name, []);
  return issue ? { issue } : { order };
}

interface Touch {
  path: string;
  change: string;
  /** Adding a number to a number commutes: two such changes never conflict. */
  numericAdd: boolean;
}

const related = (a: string, b: string): boolean => a === b || a.startsWith(b + '.') || b.startsWith(a + '.');

function touches(variants: Rec, names: readonly string[]): Touch[] {
  return names.flatMap((n) => {
    const changes = rec(variants[n]).changes;
    return (Array.isArray(changes) ? changes : []).flatMap((c) => {
      const path = rec(c).path;
      const { op, value } = rec(c);
      return typeof path === 'string'
        ? [{ path, change: JSON.stringify({ op, value }), numericAdd: op === 'add' && typeof value === 'number' }]
        : [];
    });
  });
}

/**
 * Two parents conflict when the changes only one of them brings (not a shared ancestor's) touch the
 * same part of the design differently, and the variant's own changes do not settle it.
 */
export function lineageConflict(variants: Rec, name: string): LineageIssue | undefined {
  const parents = parentsOf(variants, name);
  if (parents.length < 2) return undefined;
  const lineages = parents.map((p) => {
    const l = variantLineage(variants, p);
    return 'order' in l ? l.order : [];
  });
  const own = touches(variants, [name]);
  for (let a = 0; a < parents.length; a++) {
    for (let b = a + 1; b < parents.length; b++) {
      const onlyA = touches(
        variants,
        lineages[a].filter((v) => !lineages[b].includes(v)),
      );
      const onlyB = touches(
        variants,
        lineages[b].filter((v) => !lineages[a].includes(v)),
      );
      for (const x of onlyA) {
        const y = onlyB.find(
          (t) =>
            related(t.path, x.path) &&
            (t.path !== x.path || t.change !== x.change) &&
            !(t.numericAdd && x.numericAdd && t.path === x.path),
        );
        if (y === undefined || own.some((o) => related(o.path, x.path))) continue;
        return {
          path: `variants.${name}.extends`,
          message:
            `"${parents[a]}" and "${parents[b]}" both change ${x.path === y.path ? `"${x.path}"` : `"${x.path}" and "${y.path}"`}, differently, ` +
            `so the result would depend on the order of extends; set it in this variant's own changes to say which applies`,
        };
      }
    }
  }
  return undefined;
}
