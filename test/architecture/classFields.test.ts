// The engine's classes (SimState, ItemStore, EventQueue...) declare many fields that the constructor
// assigns. Compiled with define semantics, each such field is first created as undefined; V8 then
// stores the number it later holds boxed, and hot paths that read it allocated a heap number per
// event (docs/performance.md, round 5). tsconfig.json turns define semantics off for tsc, vite and
// vitest alike; this test fails if that setting is lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

class Probe {
  declaredOnly?: number;
}

describe('class fields', () => {
  it('tsconfig.json compiles class fields without define semantics', () => {
    const text = readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8');
    expect(text).toMatch(/"useDefineForClassFields":\s*false/);
  });

  it('a field declared without an initializer does not exist until it is assigned (the toolchain honours the setting)', () => {
    expect('declaredOnly' in new Probe()).toBe(false);
  });
});
