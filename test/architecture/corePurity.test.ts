// docs/architecture.md: "src/core imports nothing outside itself except seedrandom", and
// src/scenario must not import Node modules (the web app uses it). This test reads every source
// file of those layers and fails on the first broken rule, naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, purityViolations } from './purityRules.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourcesUnder(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((f) => /\.(?:ts|tsx|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => relative(root, join(abs, f)).split(sep).join('/'))
    .sort();
}

describe('architecture', () => {
  it('src/core imports only src/core and seedrandom, never reads a clock, the environment or Math.random, and leaves log/exp to src/core/math', () => {
    const files = sourcesUnder('src/core');
    expect(files).toContain('src/core/model/model.ts');
    const violations = files.flatMap((f) => purityViolations(f, readFileSync(join(root, f), 'utf8')));
    expect(violations).toEqual([]);
  });

  it('src/scenario and src/experiments import no Node built-in module', () => {
    const files = [...sourcesUnder('src/scenario'), ...sourcesUnder('src/experiments')];
    expect(files).toContain('src/scenario/index.ts');
    expect(files).toContain('src/experiments/index.ts');
    const violations = files.flatMap((f) => purityViolations(f, readFileSync(join(root, f), 'utf8')));
    expect(violations).toEqual([]);
  });
});

describe('purityViolations(file, source)', () => {
  const core = 'src/core/sim/x.ts';

  it('accepts imports within src/core and of seedrandom', () => {
    const src = `import seedrandom from 'seedrandom';\nimport type { Model } from '../model/model.js';\nexport { heap } from './heap.js';`;
    expect(purityViolations(core, src)).toEqual([]);
  });

  it('flags imports that leave src/core, npm packages and Node built-ins', () => {
    const src = [
      `import { loadScenario } from '../../scenario/index.js';`,
      `import { produce } from 'immer';`,
      `import { readFileSync } from 'node:fs';`,
      `import path from 'path';`,
      `export * from '../../experiments/ci.js';`,
      `const m = await import('../../cli/main.js');`,
      `const z = require('zlib');`,
      `const w = import(name);`,
    ].join('\n');
    expect(purityViolations(core, src).map((v) => v.detail)).toEqual([
      `imports '../../scenario/index.js' (src/scenario/index.js)`,
      `imports 'immer'`,
      `imports 'node:fs'`,
      `imports 'path'`,
      `imports '../../experiments/ci.js' (src/experiments/ci.js)`,
      `imports '../../cli/main.js' (src/cli/main.js)`,
      `imports 'zlib'`,
      'computed import() or require()',
    ]);
  });

  it('flags Math.random, Date, performance, process, window, document in code but not in comments or strings', () => {
    const src = [
      '// Date.now() would break determinism, Math.random() too',
      `const msg = "no Date or window.open here";`,
      'const t = `at ${Date.now()} seconds`;',
      'const r = Math.random();',
      'const p = performance.now();',
      'if (process.env.X) {}',
      'window.alert(1);',
      'document.title;',
      'const re = /Date/g;',
    ].join('\n');
    expect(purityViolations(core, src).map((v) => v.detail)).toEqual([
      'uses Math.random (line 4)',
      'uses Date (line 3)',
      'uses performance (line 5)',
      'uses process (line 6)',
      'uses window (line 7)',
      'uses document (line 8)',
    ]);
  });

  it('flags Math.log, Math.exp, Math.pow and ** outside src/core/math, whose last bit differs between engines', () => {
    expect(purityViolations(core, 'const u = 0.5;\nconst x = -Math.log(u);').map((v) => v.detail)).toEqual(['uses Math.log (line 2); use src/core/math']);
    expect(purityViolations(core, 'const v = (cv * mean) ** 2;').map((v) => v.detail)).toEqual(['uses ** (line 1); use src/core/math']);
    expect(purityViolations(core, '/** doc comment ** */ const y = Math.sqrt(2) * Math.floor(3) * 2 ** 46;')).toEqual([]);
    expect(purityViolations('src/core/math/log.ts', 'export const log = (x: number) => Math.log(x);')).toEqual([]);
  });

  it('lets a file name its own binding window or process', () => {
    const src = 'const window = { start: 0, end: 1 };\nconst span = window.end - window.start;\nfunction run(process: { next(): void }) { process.next(); }';
    expect(purityViolations(core, src)).toEqual([]);
  });

  it('applies only the Node rule to src/scenario and src/experiments', () => {
    expect(purityViolations('src/scenario/load.ts', `import YAML from 'yaml';\nconst d = new Date();`)).toEqual([]);
    expect(purityViolations('src/experiments/ci.ts', `import { cpus } from 'node:os';`).map((v) => v.rule)).toEqual(['no Node built-ins']);
    expect(purityViolations('src/cli/main.ts', `import { readFileSync } from 'node:fs';`)).toEqual([]);
  });

  it('importSpecifiers(source) reads side-effect, type-only and multi-line imports', () => {
    const src = `import './polyfill.js';\nimport type {\n  A,\n  B,\n} from './types.js';\nimport * as d3 from 'd3';`;
    expect(importSpecifiers(src)).toEqual(['./polyfill.js', './types.js', 'd3']);
  });
});
