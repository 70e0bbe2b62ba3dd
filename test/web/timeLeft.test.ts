// The progress line's time left: the phase's pace so far applied to what remains, said only once the
// pace means something.
import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../web/run/timeLeft.js';

describe('timeLeft(elapsedMs, done, total)', () => {
  it('applies the pace so far to what remains', () => {
    expect(timeLeft(3000, 100, 500)).toBe('about 12 s left');
    expect(timeLeft(2000, 2.5, 10)).toBe('about 6 s left'); // parts of replications count
    expect(timeLeft(10_000, 10, 1000)).toBe('about 17 min left');
    expect(timeLeft(1000, 1, 90)).toBe('about 89 s left');
    expect(timeLeft(1000, 1, 92)).toBe('about 2 min left');
  });

  it('says nothing in the first second of a phase, before anything finished, or in the last second', () => {
    expect(timeLeft(900, 100, 500)).toBeNull();
    expect(timeLeft(5000, 0, 500)).toBeNull();
    expect(timeLeft(5000, 499.5, 500)).toBeNull();
    expect(timeLeft(5000, 500, 500)).toBeNull();
    expect(timeLeft(5000, 10, 0)).toBeNull(); // total not known yet
  });
});
