// The table of layers in docs/architecture.md is the one test/architecture enforces (layerRules.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LAYERS } from '../architecture/layerRules.js';

test('the layer table of docs/architecture.md states the arrows, packages and rules layerRules.ts enforces', () => {
  const page = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
  const rows = [...page.matchAll(/^\| `(src\/\w+|web)\/?` \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)];
  const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, ''));
  const documented = rows.map(([, dir, imports, packages, node, clock]) => ({
    dir,
    imports: ticked(imports),
    packages: packages.trim() === 'any' ? null : ticked(packages),
    node: node.trim() === 'yes' ? true : node.trim() === 'no' ? false : 'node-files',
    deterministic: clock.trim().startsWith('no'),
  }));
  const enforced = LAYERS.map(({ dir, imports, packages, node, deterministic }) => ({
    dir,
    imports,
    packages: packages === null ? null : [...packages].sort(),
    node,
    deterministic,
  }));
  expect(documented.map((d) => ({ ...d, packages: d.packages === null ? null : d.packages.sort() }))).toEqual(enforced);
});
