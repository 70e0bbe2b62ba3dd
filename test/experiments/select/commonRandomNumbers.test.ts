import { describe, expect, it } from 'vitest';
import { bestServers, exactCost, selectStaffing } from './mmcStaffing.js';

// The full evidence (100 macro-replications, and common against independent random numbers) is the
// slow suite test/slow/selectionPcs.test.ts; this checks the problem it rests on and one selection.
describe('select on M/M/c staffing', () => {
  it('the exact costs from Erlang C make c = 6 the best, 0.266 ahead of c = 7 (close) and 2.21 (clear)', () => {
    expect(bestServers()).toBe(6);
    expect(exactCost(7) - exactCost(6)).toBeCloseTo(0.266, 3);
    expect(bestServers('clear')).toBe(6);
    expect(exactCost(7, 'clear') - exactCost(6, 'clear')).toBeCloseTo(2.21, 2);
  });

  it('one selection picks c = 6, dropping the far designs at the first stage', async () => {
    const r = await selectStaffing('one', { problem: 'clear' });
    expect(r.selected).toBe('c=6');
    expect(r.designs.filter((d) => d.replications === 10).map((d) => d.name)).toEqual(['c=8', 'c=9']);
  }, 120_000);
});
