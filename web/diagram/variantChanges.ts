// What a variant changes in the design, read by comparing its resolved document with the base's:
// steps added, removed or changed, pools added, removed or changed, and steps whose routes changed.
// The diagram highlights them ("what this variant changes").
type Obj = Record<string, unknown>;

export interface VariantChanges {
  addedSteps: Set<string>;
  changedSteps: Set<string>;
  removedSteps: string[];
  /** Pools added or changed (headcount, cost, error rate…); steps they serve are marked. */
  changedPools: Set<string>;
  removedPools: string[];
  /** Steps whose `next` (routes, shares, thresholds) differs. */
  changedRoutes: Set<string>;
}

const entries = (doc: Obj, key: string): Obj =>
  typeof doc[key] === 'object' && doc[key] !== null ? (doc[key] as Obj) : {};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function variantChanges(baseDoc: Obj, doc: Obj): VariantChanges {
  const baseSteps = entries(baseDoc, 'steps');
  const steps = entries(doc, 'steps');
  const basePools = entries(baseDoc, 'pools');
  const pools = entries(doc, 'pools');
  const out: VariantChanges = {
    addedSteps: new Set(),
    changedSteps: new Set(),
    removedSteps: [],
    changedPools: new Set(),
    removedPools: [],
    changedRoutes: new Set(),
  };
  for (const [id, s] of Object.entries(steps)) {
    const b = baseSteps[id] as Obj | undefined;
    if (b === undefined) out.addedSteps.add(id);
    else {
      const { next: n1, ...rest1 } = s as Obj;
      const { next: n0, ...rest0 } = b;
      if (!same(n0, n1)) out.changedRoutes.add(id);
      if (!same(rest0, rest1)) out.changedSteps.add(id);
    }
  }
  out.removedSteps = Object.keys(baseSteps).filter((id) => !(id in steps));
  for (const [id, p] of Object.entries(pools)) if (!same(basePools[id], p)) out.changedPools.add(id);
  out.removedPools = Object.keys(basePools).filter((id) => !(id in pools));
  return out;
}

export function countChanges(c: VariantChanges): number {
  return (
    c.addedSteps.size +
    c.changedSteps.size +
    c.removedSteps.length +
    c.changedPools.size +
    c.removedPools.length +
    c.changedRoutes.size
  );
}
