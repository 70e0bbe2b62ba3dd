import type { Condition } from '../model/model.js';
import type { ItemStore } from './itemStore.js';

/** A condition compiled once at setup into a test on an item slot. */
export type ItemTest = (items: ItemStore, item: number) => boolean;

type Op = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq';

function compare(op: Op, a: number, b: number): boolean {
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

export function compileCondition(c: Condition): ItemTest {
  switch (c.kind) {
    case 'attr': {
      const { attr, op, value } = c;
      return (items, i) => compare(op, items.attrs[i * items.nAttrs + attr], value);
    }
    case 'type': {
      const set = new Set(c.types);
      return (items, i) => set.has(items.type[i]);
    }
    case 'functionsTouched': {
      const { op, value } = c;
      return (items, i) => compare(op, items.fnCount[i], value);
    }
    case 'reworkRounds': {
      const { op, value } = c;
      return (items, i) => compare(op, items.reworkRounds[i], value);
    }
    case 'all': {
      const parts = c.of.map(compileCondition);
      return (items, i) => {
        for (const p of parts) if (!p(items, i)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = c.of.map(compileCondition);
      return (items, i) => {
        for (const p of parts) if (p(items, i)) return true;
        return false;
      };
    }
  }
}
