// docs/architecture.md, "Layers": core <- scenario <- experiments <- {cli, worker, web}, each layer
// reached only through its entry file, the browser layers free of Node, the deterministic layers free
// of clocks and Math.random, and the core pure. This test reads every source file of every layer and
// fails on each broken rule, naming the file and line; the rules are tested below on made-up sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRIES, importSpecifiers, LAYERS, layerViolations } from './layerRules.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourcesUnder(dir: string): string[] {
  const abs = join(root, dir);
  return (readdirSync(abs, { recursive: true }) as string[])
    .filter((f) => /\.(?:ts|tsx|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => relative(root, join(abs, f)).split(sep).join('/'))
    .sort();
}

describe('the layers of src/ and web/', () => {
  for (const layer of LAYERS) {
    it(`${layer.dir} imports only ${layer.imports.length === 0 ? 'itself' : layer.imports.join(', ')} (through their entry files)`, () => {
      const files = sourcesUnder(layer.dir);
      for (const entry of ENTRIES[layer.dir]) expect(files).toContain(`${entry}.ts`);
      const violations = files.flatMap((f) => layerViolations(f, readFileSync(join(root, f), 'utf8')));
      expect(violations).toEqual([]);
    });
  }
});

describe('layerViolations(file, source)', () => {
  const core = 'src/core/sim/x.ts';

  it('accepts imports within src/core and of seedrandom', () => {
    const src = `import seedrandom from 'seedrandom';\nimport type { Model } from '../model/model.js';\nexport { heap } from './heap.js';`;
    expect(layerViolations(core, src)).toEqual([]);
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
    expect(layerViolations(core, src).map((v) => v.rule)).toEqual([
      'layer arrows',
      'allowed packages',
      'no Node built-ins',
      'no Node built-ins',
      'layer arrows',
      'layer arrows',
      'no Node built-ins',
      'static imports only',
    ]);
    expect(layerViolations(core, src)[0].detail).toBe(
      `imports '../../scenario/index.js' (src/scenario/index.js): src/core may not import src/scenario`,
    );
  });

  it('flags Math.random, Date, performance, process, window, document in the core but not in comments or strings', () => {
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
    expect(layerViolations(core, src).map((v) => v.detail)).toEqual([
      'uses Math.random (line 4)',
      'uses Date (line 3)',
      'uses performance (line 5)',
      'uses process (line 6)',
      'uses window (line 7)',
      'uses document (line 8)',
    ]);
  });

  it('flags Math.log, Math.exp, Math.pow and ** outside src/core/math, whose last bit differs between engines', () => {
    expect(layerViolations(core, 'const u = 0.5;\nconst x = -Math.log(u);').map((v) => v.detail)).toEqual([
      'uses Math.log (line 2); use src/core/math',
    ]);
    expect(layerViolations(core, 'const v = (cv * mean) ** 2;').map((v) => v.detail)).toEqual([
      'uses ** (line 1); use src/core/math',
    ]);
    expect(layerViolations(core, '/** doc comment ** */ const y = Math.sqrt(2) * Math.floor(3) * 2 ** 46;')).toEqual(
      [],
    );
    expect(layerViolations('src/core/math/log.ts', 'export const log = (x: number) => Math.log(x);')).toEqual([]);
  });

  it('lets a file name its own binding window or process', () => {
    const src =
      'const window = { start: 0, end: 1 };\nconst span = window.end - window.start;\nfunction run(process: { next(): void }) { process.next(); }';
    expect(layerViolations(core, src)).toEqual([]);
  });

  it('keeps clocks and Math.random out of scenario, experiments and the worker, but not out of the CLI or the page', () => {
    const src = 'const t0 = performance.now();\nconst d = new Date();\nconst r = Math.random();';
    const rules = (file: string) => layerViolations(file, src).map((v) => v.detail);
    expect(rules('src/scenario/load/load.ts')).toEqual([
      'uses Math.random (line 3)',
      'uses Date (line 2)',
      'uses performance (line 1)',
    ]);
    expect(rules('src/experiments/replicate.ts')).toHaveLength(3);
    expect(rules('src/worker/pool.ts')).toHaveLength(3);
    expect(rules('src/cli/progress.ts')).toEqual([]);
    expect(rules('web/run/runner.ts')).toEqual([]);
    expect(layerViolations('src/experiments/ci.ts', `const when = 'Date' + 1;`)).toEqual([]);
  });

  it("allows Node built-ins in the CLI and in the worker layer's node*.ts files only", () => {
    const src = `import { Worker } from 'node:worker_threads';`;
    expect(layerViolations('src/cli/nodeIo.ts', src)).toEqual([]);
    expect(layerViolations('src/worker/nodeThread.ts', src)).toEqual([]);
    expect(layerViolations('src/worker/pool.ts', src).map((v) => v.rule)).toEqual(['no Node built-ins']);
    expect(layerViolations('src/worker/index.ts', `export { x } from './nodeThread.js';`).map((v) => v.rule)).toEqual([
      'no Node built-ins',
    ]);
    expect(layerViolations('src/experiments/ci.ts', `import { cpus } from 'node:os';`).map((v) => v.rule)).toEqual([
      'no Node built-ins',
    ]);
    expect(layerViolations('web/main.ts', `import { readFileSync } from 'fs';`).map((v) => v.rule)).toEqual([
      'no Node built-ins',
    ]);
  });

  it('lets each layer import only the layers below it, and only through their entry files', () => {
    expect(
      layerViolations('src/experiments/runCompare.ts', `import type { Executor } from '../worker/pool.js';`).map(
        (v) => v.rule,
      ),
    ).toEqual(['layer arrows']);
    expect(
      layerViolations('src/worker/api.ts', `import { modelWithParams } from '../experiments/modelWithParams.js';`).map(
        (v) => v.detail,
      ),
    ).toEqual([
      `imports '../experiments/modelWithParams.js' (src/experiments/modelWithParams.js); import src/experiments/index.js instead`,
    ]);
    expect(layerViolations('src/worker/api.ts', `import { replicate } from '../experiments/index.js';`)).toEqual([]);
    expect(layerViolations('src/cli/nodeIo.ts', `import { spawnNodeWorker } from '../worker/node.js';`)).toEqual([]);
    expect(layerViolations('web/run/runner.ts', `import { replicate } from '../../src/experiments/index.js';`)).toEqual(
      [],
    );
    expect(
      layerViolations('web/run/runner.ts', `import { main } from '../../src/cli/index.js';`).map((v) => v.rule),
    ).toEqual(['layer arrows']);
    expect(
      layerViolations('src/scenario/x.ts', `import { x } from '../../test/support.js';`).map((v) => v.rule),
    ).toEqual(['layer arrows']);
  });

  it('lets src/scenario take only types from the core (values from the Model contract only), and only its own packages', () => {
    expect(
      layerViolations('src/scenario/compile/compileScenario.ts', `import type { Model } from '../../core/index.js';`),
    ).toEqual([]);
    expect(
      layerViolations('src/scenario/compile/compileScenario.ts', `import { simulate } from '../../core/index.js';`).map(
        (v) => v.rule,
      ),
    ).toEqual(['types only']);
    // The Model contract's pure functions are the one exception: the same comparison, not a copy.
    expect(
      layerViolations('src/scenario/preflight/x.ts', `import { compareOp } from '../../core/model/index.js';`),
    ).toEqual([]);
    expect(
      layerViolations(
        'src/scenario/preflight/x.ts',
        `import { makeSampler } from '../../core/distributions/index.js';`,
      ).map((v) => v.rule),
    ).toEqual(['through the entry']);
    expect(
      layerViolations('src/scenario/parse/x.ts', `import YAML from 'yaml';\nimport { z } from 'zod';`).map(
        (v) => v.detail,
      ),
    ).toEqual([`imports 'zod' (src/scenario may import: yaml, ajv, immer)`]);
    expect(layerViolations('src/experiments/x.ts', `import * as d3 from 'd3';`).map((v) => v.detail)).toEqual([
      `imports 'd3' (src/experiments may import: none)`,
    ]);
  });

  it('importSpecifiers(source) reads side-effect, type-only and multi-line imports', () => {
    const src = `import './polyfill.js';\nimport type {\n  A,\n  B,\n} from './types.js';\nimport * as d3 from 'd3';`;
    expect(importSpecifiers(src)).toEqual(['./polyfill.js', './types.js', 'd3']);
  });
});
