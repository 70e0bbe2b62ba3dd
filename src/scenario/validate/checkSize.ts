// Sizes that would make validation or compilation itself slow or huge, checked on the document before
// anything is expanded. (What a run would cost is estimated after compilation, in ../preflight.)

import { arr, isRec, rec, type Rec } from './checks.js';

/**
 * Most (server, item type) pairs over all steps: the compiler gives every server of a step (a pool, or
 * each pool with the skill) a service time and an error rate per item type.
 */
export const MAX_SERVER_TYPE_PAIRS = 1_000_000;

const fmt = (n: number): string => n.toLocaleString('en-US');

export function checkSize(doc: Rec): { path: string; message: string }[] {
  const pools = rec(doc.pools);
  const withSkill = new Map<string, number>();
  for (const p of Object.values(pools))
    for (const s of new Set(arr(rec(p).skills)))
      if (typeof s === 'string') withSkill.set(s, (withSkill.get(s) ?? 0) + 1);
  const types = Object.keys(rec(doc.itemTypes)).length;
  let servers = 0;
  let widest = { id: '', n: 0 };
  for (const [id, step] of Object.entries(rec(doc.steps))) {
    let n = 0;
    for (const s of arr(rec(step).serve)) {
      const skill = isRec(s) ? s.skill : undefined;
      n += typeof skill === 'string' ? (withSkill.get(skill) ?? 0) : 1;
    }
    const skill = rec(step).skill;
    if (typeof skill === 'string') n += withSkill.get(skill) ?? 0;
    servers += n;
    if (n > widest.n) widest = { id, n };
  }
  if (servers * types <= MAX_SERVER_TYPE_PAIRS) return [];
  return [
    {
      path: `steps.${widest.id}`,
      message:
        `the steps have ${fmt(servers)} servers in all (each pool with a step's skill is one; "${widest.id}" has ${fmt(widest.n)}) ` +
        `for ${fmt(types)} item types: ${fmt(servers * types)} service times to compile; the limit is ${fmt(MAX_SERVER_TYPE_PAIRS)}`,
    },
  ];
}
