import type { Condition } from '../model/model.js';
import { compareOp } from '../model/compareOp.js';
import type { ItemStore } from './itemStore.js';

/** A condition compiled once at setup into a test on an item slot. */
export type ItemTest = (items: ItemStore, item: number) => boolean;

export function compileCondition(c: Condition): ItemTest {
  switch (c.kind) {
    case 'attr': {
      const { attr, op, value } = c;
      return (items, i) => compareOp(op, items.attrs[i * items.nAttrs + attr], value);
    }
    case 'type': {
      const set = new Set(c.types);
      return (items, i) => set.has(items.type[i]);
    }
    case 'functionsTouched': {
      const { op, value } = c;
      return (items, i) => compareOp(op, items.fnCount[i], value);
    }
    case 'reworkRounds': {
      const { op, value } = c;
      return (items, i) => compareOp(op, items.reworkRounds[i], value);
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
