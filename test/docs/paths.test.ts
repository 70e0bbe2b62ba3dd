// Files and folders the pages name exist: repository paths (`src/worker/pool.ts`, `scenarios/company/`),
// relative links, and bare file names in code spans (`nodeProcess.ts`). docs/performance-journal.md is
// left out: it is a history and names files as they were. Every `npm run <script>` they show exists too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].filter((p) => p !== 'docs/performance-journal.md');
/** What builds and runs write, never committed. */
const OUTPUT = /^(dist|web-dist|test-output|bench\/results|\.fuzz)(\/|$)/;

function filesUnder(dir: string, out: Set<string> = new Set()): Set<string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) filesUnder(join(dir, entry.name), out);
    else out.add(entry.name);
  }
  return out;
}
const fileNames = ['src', 'web', 'test', 'bench', 'scripts', 'examples', 'bin', 'scenarios'].reduce(
  (all, dir) => filesUnder(dir, all),
  new Set<string>(),
);

test.each(pages)('every path and link in %s exists', (page) => {
  const text = readFileSync(join(root, page), 'utf8');
  const missing: string[] = [];
  const repoPaths = text.matchAll(
    /(?<![\w./-])((?:src|test|web|bench|scripts|scenarios|docs|schema|examples|bin|\.ci)\/[\w./-]*[\w/])/g,
  );
  for (const [, path] of repoPaths) {
    const local = page.startsWith('docs/') ? normalize(join('docs', path)) : path;
    if (!OUTPUT.test(path) && !existsSync(join(root, path)) && !existsSync(join(root, local))) missing.push(path);
  }
  for (const [, link] of text.matchAll(/\]\(([^)#\s]+)/g)) {
    if (!/^https?:/.test(link) && !existsSync(join(root, dirname(page), link))) missing.push(link);
  }
  for (const [, name] of text.matchAll(/`(?:[\w.-]+\/)*([\w-]+\.(?:ts|js|mjs))`/g)) {
    // An import specifier names the compiled `.js` of a `.ts` file.
    if (!fileNames.has(name) && !fileNames.has(name.replace(/\.js$/, '.ts'))) missing.push(name);
  }
  expect(missing).toEqual([]);
});

test.each(pages)('every npm script %s runs is in package.json', (page) => {
  const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts);
  const text = readFileSync(join(root, page), 'utf8');
  const named = [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1]);
  expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
});

test("the README's Documentation list links every page in docs/", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const list = readme.slice(readme.indexOf('## Documentation'));
  const all = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  expect(all.filter((f) => !list.includes(`](docs/${f})`))).toEqual([]);
});
