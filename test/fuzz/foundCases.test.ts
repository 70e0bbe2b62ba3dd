// Every case a long fuzz run found in a bad class (test/fixtures/fuzz-found, with its README) stays
// fixed: it must now be accepted, refused with a clear message or stopped by a guard.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { classify, isBad } from './classify.js';

const dir = new URL('../fixtures/fuzz-found/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') || f.endsWith('.json'))
  .sort();

test('the fixtures hold the cases found so far', () => {
  expect(files.length).toBeGreaterThanOrEqual(9);
});

test.each(files)('%s is no longer in a bad class', (name) => {
  const text = readFileSync(new URL(name, dir), 'utf8');
  const outcome = classify({ file: name, text, how: 'a saved reproducer' });
  expect(isBad(outcome), `${outcome.class}: ${outcome.detail}`).toBe(false);
});
