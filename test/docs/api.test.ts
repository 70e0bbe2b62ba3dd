// docs/api.md names everything the package exports at run time (functions, constants, the error class).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import * as api from '../../src/api/index.js';

test('docs/api.md names every value the package exports', () => {
  const page = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const named = new Set([...page.matchAll(/`([^`\n]+)`|^#+ (\w+)/gm)].flatMap((m) => (m[1] ?? m[2]).split(/[^\w]+/)));
  expect(Object.keys(api).filter((name) => !named.has(name))).toEqual([]);
});
