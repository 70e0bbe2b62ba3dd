import { describe, expect, it } from 'vitest';
import { readWarmup } from '../../src/experiments/warmupOption.js';

describe('readWarmup(text, horizonHours)', () => {
  it('reads nothing as the scenario\'s warm-up, "auto" as auto, and durations in hours', () => {
    expect(readWarmup(undefined, 336)).toEqual({ warmup: null });
    expect(readWarmup('auto', 336)).toEqual({ warmup: 'auto' });
    expect(readWarmup('2d', 336)).toEqual({ warmup: 48 });
    expect(readWarmup('1h30m', 336)).toEqual({ warmup: 1.5 });
    expect(readWarmup('0', 336)).toEqual({ warmup: 0 });
  });
  it('says what was expected, without naming an option, for text that is not a duration', () => {
    expect(readWarmup('soon', 336)).toEqual({
      error: expect.stringMatching(/^expected "auto" or a duration; expected a duration such as .*found "soon"$/),
    });
    expect(readWarmup('36', 336)).toEqual({ error: expect.stringMatching(/^expected "auto" or a duration; /) });
  });
  it('refuses a warm-up as long as the horizon or longer', () => {
    expect(readWarmup('2w', 336)).toEqual({ error: '2w is not shorter than the horizon (336 h)' });
    expect(readWarmup('335h', 336)).toEqual({ warmup: 335 });
  });
});
