// Error rates given per item type must name item types.

import { isRec, rec, type Checks } from './checks.js';

export function checkErrorRate(c: Checks, path: string, value: unknown): void {
  if (isRec(value))
    for (const t of Object.keys(rec(value.byType))) c.ref(`${path}.byType.${t}`, t, 'types', 'item type');
}
