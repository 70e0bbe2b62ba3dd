// A decision summary that names a best design which raised warnings says which, in a few words.
import { describe, expect, it } from 'vitest';
import { warningWords } from '../../web/run/warningWords.js';
import type { Warning } from '../../src/experiments/index.js';

const w = (kind: Warning['kind'], subject = 'x'): Warning => ({ kind, subjects: [subject], text: '' });

describe('warningWords', () => {
  it('says each kind once, in the order the warnings come, joined as a sentence', () => {
    expect(warningWords([w('backlogGrowing')])).toBe('a backlog that grows');
    expect(warningWords([w('poolSaturated', 'a'), w('poolSaturated', 'b'), w('backlogGrowing')])).toBe(
      'a pool busy over 95.0% of its hours and a backlog that grows',
    );
    expect(warningWords([w('poolSaturated'), w('executiveOverBudget'), w('workLost')])).toBe(
      'a pool busy over 95.0% of its hours, an executive over 95.0% of the decision budget and over 2.0% of arrivals lost',
    );
  });
});
