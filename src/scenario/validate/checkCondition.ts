// Conditions in `when` lists and serve entries.

import { arr, isRec, type Checks } from './checks.js';

const OPS = ['lt', 'lte', 'gt', 'gte', 'eq', 'neq'];

function checkComparison(c: Checks, path: string, value: unknown): void {
  if (!isRec(value)) return;
  const ops = Object.keys(value).filter((k) => OPS.includes(k));
  if (ops.length !== 1)
    c.add(
      path,
      `expected exactly one comparison (${OPS.join(', ')}), found ${ops.length === 0 ? 'none' : ops.join(', ')}`,
    );
}

/** Nesting is bounded by the parser's depth limit, so plain recursion is safe here. */
export function checkCondition(c: Checks, path: string, value: unknown): void {
  if (!isRec(value)) return;
  if ('attr' in value) {
    c.ref(`${path}.attr`, value.attr, 'attributes', 'attribute');
    checkComparison(c, path, value);
  } else if ('type' in value) {
    arr(value.type).forEach((t, i) => c.ref(`${path}.type.${i}`, t, 'types', 'item type'));
  } else if ('functionsTouched' in value) {
    checkComparison(c, `${path}.functionsTouched`, value.functionsTouched);
  } else if ('reworkRounds' in value) {
    checkComparison(c, `${path}.reworkRounds`, value.reworkRounds);
  } else if ('all' in value) {
    arr(value.all).forEach((x, i) => checkCondition(c, `${path}.all.${i}`, x));
  } else if ('any' in value) {
    arr(value.any).forEach((x, i) => checkCondition(c, `${path}.any.${i}`, x));
  }
}
