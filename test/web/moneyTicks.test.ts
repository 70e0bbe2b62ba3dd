// An axis of money shows every tick with the same digits: formatMoney's own rule (cents under 100)
// gave "$80.00" under "$100" on the cost-against-escalations chart.
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyTicks } from '../../web/charts/format.js';

describe('money on an axis', () => {
  it('whole amounts when every tick is whole, on both sides of 100', () => {
    const ticks = [40, 60, 80, 100, 120, 140, 160];
    expect(ticks.map(formatMoneyTicks(ticks, 'USD'))).toEqual(['$40', '$60', '$80', '$100', '$120', '$140', '$160']);
  });

  it('cents on every tick when any tick has them', () => {
    const ticks = [0.5, 1, 1.5, 2];
    expect(ticks.map(formatMoneyTicks(ticks, 'EUR'))).toEqual(['€0.50', '€1.00', '€1.50', '€2.00']);
  });

  it('leaves formatMoney alone elsewhere: cents only under 100', () => {
    expect([formatMoney(87.55), formatMoney(44_803)]).toEqual(['$87.55', '$44,803']);
  });
});
