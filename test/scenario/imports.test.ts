import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = new URL('../../src/scenario/', import.meta.url).pathname;
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

test('src/scenario imports only yaml, ajv, immer, itself and the core model contract (the browser uses it)', () => {
  const outside: string[] = [];
  for (const file of files(root).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
      const spec = m[1];
      const ok = ['yaml', 'ajv', 'immer'].includes(spec) || (spec.startsWith('.') && (!spec.includes('../core/') || spec.endsWith('core/model/model.js')));
      if (!ok) outside.push(`${relative(root, file)}: ${spec}`);
    }
  }
  expect(outside).toEqual([]);
});

test('src/scenario reads no clock and draws no random numbers', () => {
  const found = files(root)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(Date\.now|new Date|performance\.now|Math\.random)\b/g)].map((m) => `${relative(root, f)}: ${m[1]}`));
  expect(found).toEqual([]);
});
