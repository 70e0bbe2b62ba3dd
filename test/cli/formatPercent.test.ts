// A share that is not 0 must not print as 0.0%: 0.55 abandoned a week out of 1,750 arrivals is 0.031%,
// and "0.0% ± 0.0%" would tell a COO that nothing was lost. Shares from 0.05% up keep one decimal; the
// page's formatter follows the same rule.
import { describe, expect, it } from 'vitest';
import { formatInterval, formatPercent, formatPoints } from '../../src/cli/render/formatNumber.js';
import { formatPercent as pagePercent } from '../../web/charts/format.js';
import { interval } from '../../src/experiments/index.js';

describe('percentages of small shares', () => {
  it('keep one decimal from 0.05% up, and print 0 as 0.0%', () => {
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.5)).toBe('50.0%');
    expect(formatPercent(0.0005)).toBe('0.1%');
    expect(formatPercent(-0.012)).toBe('-1.2%');
  });

  it('show two significant figures below 0.05%, rather than 0.0%', () => {
    expect(formatPercent(0.000314)).toBe('0.031%');
    expect(formatPercent(0.0000061)).toBe('0.00061%');
    expect(formatPercent(-0.0002)).toBe('-0.02%');
    expect(formatPercent(1e-12)).toBe('<0.0001%');
    expect(formatPoints(0.00012)).toBe('+0.012 pts');
    expect(formatPoints(0)).toBe('0.0 pts');
  });

  it('in an interval, mean and half alike', () => {
    const ci = interval([0.0002, 0.0003, 0.0004, 0.0003]);
    expect(formatInterval(ci, 'percent')).toBe('0.03% ± 0.013%');
    expect(formatInterval(interval([0.0001, 0.0003]), 'points')).toBe('+0.02 pts ± 0.1');
  });

  it('the page says the same', () => {
    expect(pagePercent(0)).toBe('0.0%');
    expect(pagePercent(0.5)).toBe('50.0%');
    expect(pagePercent(0.000314)).toBe('0.031%');
    expect(pagePercent(-0.0002)).toBe('−0.02%'); // d3's minus sign, as elsewhere on the page
    expect(pagePercent(Number.NaN)).toBe('–');
  });
});
