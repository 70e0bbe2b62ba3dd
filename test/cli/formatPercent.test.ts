// A share that is not 0 must not print as 0.0%: 0.55 abandoned a week out of 1,750 arrivals is 0.031%,
// and "0.0% ± 0.0%" would tell a COO that nothing was lost. Shares from 0.05% up keep one decimal; the
// page's formatter follows the same rule.
import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber, formatPercent, formatPoints } from '../../src/cli/render/formatNumber.js';
import { formatPercent as pagePercent } from '../../web/charts/format.js';
import { figureInterval, interval } from '../../src/experiments/index.js';

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
    expect(formatPercent(-0.0002)).toBe('-0.020%');
    // Two figures, a trailing zero included: "0.03%" beside "0.031%" read as a less precise figure.
    expect(formatPercent(0.0003)).toBe('0.030%');
    expect(formatPercent(1e-12)).toBe('<0.0001%');
    expect(formatPoints(0.00012)).toBe('+0.012 pts');
    expect(formatPoints(0)).toBe('0.0 pts');
  });

  it('in an interval, mean and half alike', () => {
    const ci = interval([0.0002, 0.0003, 0.0004, 0.0003]);
    expect(formatInterval(ci, 'percent')).toBe('0.030% ± 0.013%');
    // A mean inside ± its half-width takes the half's decimals: "+0.02 pts ± 0.1" claimed a digit the
    // interval does not have.
    expect(formatInterval(interval([0.0001, 0.0003]), 'points')).toBe('0.0 pts ± 0.1');
  });

  it('print a mean closer to 0 than its half-width to the decimals of the half', () => {
    const ci = (mean: number, half: number) => ({ mean, half, lo: mean - half, hi: mean + half, n: 6 });
    expect(formatInterval(ci(0.000037, 5.6))).toBe('0.00 ± 5.60');
    expect(formatInterval(ci(-0.000037, 5.6))).toBe('0.00 ± 5.60'); // never "-0.00"
    expect(formatInterval(ci(-0.39, 0.5))).toBe('-0.39 ± 0.50');
    expect(formatInterval(ci(0.0031, 0.05))).toBe('0.00 ± 0.05');
    expect(formatInterval(ci(-0.000058, 0.00009), 'points')).toBe('-0.0058 pts ± 0.0090');
    expect(formatInterval(ci(0.000066, 0.00013), 'points')).toBe('+0.007 pts ± 0.013');
    expect(formatInterval(ci(-0.00034, 0.001), 'points')).toBe('0.0 pts ± 0.1');
    expect(formatInterval(ci(0.000083, 0.000085), 'percent')).toBe('0.0083% ± 0.0085%');
    expect(formatInterval(ci(0.00004, 0.0005), 'percent')).toBe('0.0% ± 0.1%');
    // A mean at least as far from 0 as the half keeps its own figures.
    expect(formatInterval(ci(0.0058, 0.001))).toBe('0.0058 ± 0.0010');
    expect(formatInterval(ci(-0.39, 0.05))).toBe('-0.39 ± 0.05');
    expect(formatInterval(ci(1757, 7.29))).toBe('1,757 ± 7.29');
    expect(formatInterval(ci(-1234.4, 5000))).toBe('-1,234 ± 5,000');
  });

  it('the page says the same', () => {
    expect(pagePercent(0)).toBe('0.0%');
    expect(pagePercent(0.5)).toBe('50.0%');
    expect(pagePercent(0.000314)).toBe('0.031%');
    expect(pagePercent(0.0003)).toBe('0.030%');
    expect(pagePercent(-0.0002)).toBe('−0.020%'); // d3's minus sign, as elsewhere on the page
    expect(pagePercent(Number.NaN)).toBe('–');
  });

  it('print an interval cut at 0 with its ends, not as ± a half that reaches below 0', () => {
    // "253 ± 426" read as −173 to 679 for a cost that no replication made negative.
    const cost = figureInterval([0, 0, 40, 900]);
    expect(cost.lo).toBe(0);
    expect(formatInterval(cost)).toBe(`235 (0 to ${formatNumber(cost.hi)})`);
    const share = figureInterval([0, 0, 0, 0.004]);
    expect(formatInterval(share, 'percent')).toBe(`0.1% (0% to ${formatPercent(share.hi)})`);
    // An uncut interval, and a difference (never cut), keep "±".
    expect(formatInterval(figureInterval([-1, 0, 40, 900]))).toMatch(/^235 ± /);
    expect(formatInterval(interval([0, 0, 40, 900]))).toMatch(/^235 ± /);
  });
});
