// merge(shards) takes a list of shard files: one shard's text or object given on its own, or
// nothing, is an OpsimError of kind 'shard' saying so, not a TypeError or a shard per character.
import { describe, expect, it } from 'vitest';
import { merge, OpsimError } from '../../src/api/index.js';

function errorOf(f: () => unknown): OpsimError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(OpsimError);
    return err as OpsimError;
  }
  throw new Error('merge did not throw');
}

describe('merge(shards) given something other than a list', () => {
  it.each([
    ['a number', 5],
    ['null', null],
    ['one shard text', '{"format":"opsim-shard/2"}'],
    ['one shard object', { format: 'opsim-shard/2' }],
  ])('%s is named as not a list', (_, value) => {
    const err = errorOf(() => merge(value as unknown as string[]));
    expect(err.kind).toBe('shard');
    expect(err.issues[0].message).toContain('expected the shard files as a list');
  });

  it('an empty list still says no shard files were given', () => {
    expect(errorOf(() => merge([])).issues[0].message).toBe('no shard files given');
  });
});
