// The limits a selection prints under an overloaded pick: one per saturated pool and executive of
// the selected design and one on lost work, none for a figure the selection already limits or for a
// design not selected.
import { describe, expect, it } from 'vitest';
import { keepUpLimits, type SelectReport } from '../../src/experiments/index.js';

const warning = (kind: string, subject: string) => ({ kind, subjects: [subject], text: `${kind} ${subject}` });

function report(constraints: string[], selected: string | null): SelectReport {
  return {
    selected,
    constraints: constraints.map((key) => ({ key, sense: '<=', limit: 1, tolerance: 0.02 })),
    designs: [
      {
        name: 'lean',
        status: selected === 'lean' ? 'selected' : 'eliminated',
        warnings: [
          warning('poolSaturated', 'specialists'),
          warning('executiveOverBudget', 'vp'),
          warning('workLost', 'vp-decision'),
          warning('backlogGrowing', 'specialist'),
        ],
      },
      { name: 'staffed', status: 'survivor', warnings: [warning('poolSaturated', 'clerks')] },
    ],
  } as unknown as SelectReport;
}

describe('keepUpLimits', () => {
  it("limits each saturated pool's utilisation and each executive's budget use at the warnings' 95%, and lost work at their 2%", () => {
    expect(keepUpLimits(report([], 'lean'))).toEqual([
      { key: 'utilisation:specialists', limit: 0.95 },
      { key: 'budgetUse:vp', limit: 0.95 },
      { key: 'lostShare', limit: 0.02 },
    ]);
  });

  it('leaves out a figure the selection already limits, and designs that were not selected', () => {
    expect(keepUpLimits(report(['budgetUse:vp', 'lostShare'], 'lean'))).toEqual([
      { key: 'utilisation:specialists', limit: 0.95 },
    ]);
    expect(keepUpLimits(report([], null))).toEqual([]);
  });
});
