import type { CompareOp } from './model.js';

/** a op b: what a condition's `op` means, for the engine's routing and the scenario's pre-flight alike. */
export function compareOp(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'eq':
      return a === b;
    case 'neq':
      return a !== b;
  }
}
