import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../../src/experiments/sha256.js';

const node = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex(text)', () => {
  it('gives the FIPS 180-4 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("agrees with Node's crypto at every padding edge, over many slices and on characters outside the BMP", () => {
    const texts = [
      '',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(63),
      'a'.repeat(64),
      'a'.repeat(200001),
      'é😀'.repeat(40000),
      `${'x'.repeat(65535)}😀tail`,
    ];
    for (const t of texts) expect(sha256Hex(t)).toBe(node(t));
  });

  it('sha256().update(a).update(b) hashes a + b', () => {
    const t = `${'q'.repeat(100)}😀${'z'.repeat(70000)}`;
    expect(sha256().update(t.slice(0, 50)).update(t.slice(50)).hex()).toBe(node(t));
  });
});
