// src/core is compiled on its own with no DOM and no Node types (src/core/tsconfig.json), so a use
// of `document`, `process`, `performance` or a Node module in the engine fails `npm run typecheck`.
// This test fails if that check is dropped from the script or the library list grows back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
// tsconfig files allow comments; strip whole-line ones before parsing.
const jsonc = (text: string) => JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));

describe('src/core/tsconfig.json', () => {
  it('gives the engine only the ECMAScript library: no DOM, no Node or other ambient types', () => {
    const { compilerOptions } = jsonc(read('src/core/tsconfig.json'));
    expect(compilerOptions.lib.every((l: string) => /^es\d+$/i.test(l))).toBe(true);
    expect(compilerOptions.types).toEqual([]);
  });

  it('is run by npm run typecheck', () => {
    const { scripts } = JSON.parse(read('package.json'));
    expect(scripts.typecheck).toContain('tsc -p src/core/tsconfig.json');
  });
});
