import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';

const root = new URL('../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.(ya?ml|json)$/.test(f) ? [join(dir, f)] : [],
  );
// test/fixtures/hostile/ and fuzz-found/ hold files that must be refused (test/hostile/reproducers.test.ts,
// test/fuzz/foundCases.test.ts).
const bundled = [...files(join(root, 'scenarios')), ...files(join(root, 'test/fixtures'))]
  .map((f) => relative(root, f))
  .filter((f) => !f.startsWith('test/fixtures/hostile/') && !f.startsWith('test/fixtures/fuzz-found/'))
  .sort();

test.each(bundled)('%s loads, with each of its variants', (file) => {
  const load = (variant?: string) => {
    const r = loadScenario(
      { file, text: readFileSync(join(root, file)) },
      { variant, readFile: (p) => readFileSync(join(root, p)) },
    );
    return r.ok ? r : { ...r, issues: r.issues.map(formatIssue) };
  };
  const base = load();
  expect(base.ok ? [] : base.issues).toEqual([]);
  for (const v of base.ok ? base.variants : []) expect(load(v).ok).toBe(true);
});
