// The scenarios shipped in scenarios/, embedded in the build so the page works offline and
// from any folder. Keys are paths relative to scenarios/, sorted for a stable picker. They also
// serve `extends`: a file that extends a bundled scenario loads without a file system.
const files = import.meta.glob('../../scenarios/**/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface BundledScenario {
  /** e.g. `company/ai-native.yaml` */
  path: string;
  text: string;
}

export const bundledScenarios: BundledScenario[] = Object.keys(files)
  .sort()
  .map((key) => ({ path: key.replace(/^.*?\/scenarios\//, ''), text: files[key] }));

/**
 * readFile for `extends`, given the path the scenario layer resolved: a bundled file at that path
 * (relative to scenarios/), else the one bundled file with that name. Throws like a missing file.
 */
export function readBundled(path: string): string {
  const clean = path
    .replace(/^\/+/, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^scenarios\//, '');
  const exact = bundledScenarios.find((b) => b.path === clean);
  if (exact) return exact.text;
  const name = clean.split('/').pop();
  const byName = bundledScenarios.filter((b) => b.path.split('/').pop() === name);
  if (byName.length === 1) return byName[0].text;
  throw new Error(`the page can only read bundled scenarios, and none is called "${path}"`);
}
