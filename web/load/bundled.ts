// The scenarios shipped in scenarios/, embedded in the build so the page works offline and
// from any folder. Keys are paths relative to scenarios/, sorted for a stable picker.
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
