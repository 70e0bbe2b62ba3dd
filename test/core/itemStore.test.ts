import { describe, expect, it } from 'vitest';
import { ItemStore } from '../../src/core/sim/itemStore.js';

describe('ItemStore', () => {
  it('keeps every field through growth and recycles freed slots first', () => {
    const store = new ItemStore(2, 40, 4);
    const ids: number[] = [];
    for (let k = 0; k < 50; k++) {
      const i = store.alloc(k % 3);
      store.arrivalT[i] = k;
      store.attrs[i * 2 + 1] = k * 10;
      store.touch(i, k % 40);
      if (k % 2 === 0) store.touch(i, 35);
      ids.push(i);
    }
    expect(store.capacity).toBeGreaterThanOrEqual(50);
    expect(ids.map((i) => [store.type[i], store.arrivalT[i], store.attrs[i * 2 + 1], store.fnCount[i]])).toEqual(
      ids.map((_, k) => [k % 3, k, k * 10, k % 2 === 0 && k % 40 !== 35 ? 2 : 1]),
    );
    store.free(ids[7]);
    const again = store.alloc(1);
    expect([
      again,
      store.fnCount[again],
      store.attrs[again * 2 + 1],
      store.token[again],
      store.serial[again],
      store.live,
    ]).toEqual([ids[7], 0, 0, -1, 50, 50]);
  });

  it('holds at most maxLive items: alloc returns -1 past it, and a freed slot can be taken again', () => {
    for (const maxLive of [3, 16, 40]) {
      const store = new ItemStore(0, 1, 4, maxLive);
      const ids = Array.from({ length: maxLive }, (_, k) => store.alloc(0));
      expect(ids.every((i) => i >= 0)).toBe(true);
      expect(store.capacity).toBe(maxLive);
      expect(store.alloc(0)).toBe(-1);
      store.free(ids[1]);
      expect(store.alloc(0)).toBe(ids[1]);
      expect([store.alloc(0), store.live, store.capacity]).toEqual([-1, maxLive, maxLive]);
    }
  });

  it('touch(i, fn) counts each function once, beyond 32 functions too', () => {
    const store = new ItemStore(0, 70);
    const i = store.alloc(0);
    expect([0, 33, 33, 69, 0, 64].map((fn) => store.touch(i, fn))).toEqual([true, true, false, true, false, true]);
    expect(store.fnCount[i]).toBe(4);
  });
});
