// The layers of docs/architecture.md as a table, and the rules a source file breaks, as a function
// from (path, source) to violations, so that the rules themselves can be tested on made-up sources.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { scanSource } from './scanSource.js';

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

export interface Layer {
  /** Folder, relative to the repository root. */
  dir: string;
  /** The layers it may import from (through their entry files only). */
  imports: string[];
  /** npm packages it may import; null: any package. */
  packages: string[] | null;
  /** May it import Node built-in modules? 'node-files': only its Node-only files (named node*.ts). */
  node: boolean | 'node-files';
  /** No clock (Date, performance) and no Math.random: results depend on the seed only. */
  deterministic: boolean;
}

/**
 * The arrows: core <- scenario <- experiments <- eventlog <- {cli, worker, web}, and the library API beside the
 * worker (using it for its default in-process executor) and under the CLI. A layer reaches another through
 * that layer's entry file (ENTRIES), never deeper, so an entry file lists all a layer offers.
 */
export const LAYERS: Layer[] = [
  { dir: 'src/core', imports: [], packages: ['seedrandom'], node: false, deterministic: true },
  { dir: 'src/scenario', imports: ['src/core'], packages: ['yaml', 'ajv', 'immer'], node: false, deterministic: true },
  { dir: 'src/experiments', imports: ['src/core', 'src/scenario'], packages: [], node: false, deterministic: true },
  // Event logs sit beside experiments: pure readers, writers, fit and drift; files are the CLI's.
  {
    dir: 'src/eventlog',
    imports: ['src/core', 'src/scenario', 'src/experiments'],
    packages: ['saxes', '@streamparser/json', 'csv-parse'],
    node: false,
    deterministic: true,
  },
  {
    dir: 'src/worker',
    imports: ['src/core', 'src/scenario', 'src/experiments', 'src/eventlog'],
    packages: null,
    node: 'node-files',
    deterministic: true,
  },
  {
    dir: 'src/api',
    imports: ['src/core', 'src/scenario', 'src/experiments', 'src/eventlog', 'src/worker'],
    packages: [],
    node: false,
    deterministic: true,
  },
  {
    dir: 'src/cli',
    imports: ['src/core', 'src/scenario', 'src/experiments', 'src/eventlog', 'src/worker', 'src/api'],
    packages: null,
    node: true,
    deterministic: false,
  },
  {
    dir: 'web',
    imports: ['src/core', 'src/scenario', 'src/experiments', 'src/eventlog', 'src/worker'],
    packages: null,
    node: false,
    deterministic: false,
  },
];

/** Entry files of each layer: index.ts everywhere; src/eventlog/measure.ts is what a worker runs of the event-log layer (without its readers); src/worker/node.ts is the worker layer's Node-only entry; src/api/flows.ts the steps the CLI drives (index.ts is the package's public surface). */
export const ENTRIES: Record<string, string[]> = {
  'src/core': ['src/core/index', 'src/core/model/index'],
  'src/scenario': ['src/scenario/index'],
  'src/experiments': ['src/experiments/index'],
  'src/eventlog': ['src/eventlog/index', 'src/eventlog/measure'],
  'src/worker': ['src/worker/index', 'src/worker/node'],
  'src/api': ['src/api/index', 'src/api/flows'],
  'src/cli': ['src/cli/index'],
  web: ['web/main'],
};

/**
 * The scenario layer compiles into the core's Model contract and takes nothing else from the core:
 * types, and values only from the contract's own entry (src/core/model/index: a condition's comparison
 * and a distribution's mean, pure functions that keep one meaning), never the engine.
 */
const TYPES_ONLY: Record<string, { layer: string; valuesFrom: string[] }[]> = {
  'src/scenario': [{ layer: 'src/core', valuesFrom: ['src/core/model/index'] }],
};

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier.split('/')[0]);
}

export function layerOf(path: string): Layer | undefined {
  return LAYERS.find((l) => path === l.dir || path.startsWith(l.dir + '/'));
}

/** A Node-only file of a layer that allows Node in some files: src/worker/node*.ts. */
export function isNodeFile(path: string): boolean {
  return /^node[A-Z.]/.test(posix.basename(path));
}

export interface ImportRef {
  /** The module specifier; null for a computed import() or require(). */
  spec: string | null;
  /** True for `import type` and `export type` (erased when compiled). */
  typeOnly: boolean;
}

/** Every module the source imports, re-exports, requires or imports dynamically. */
export function importRefs(src: string): ImportRef[] {
  const { code, bare } = scanSource(src);
  const found: ImportRef[] = [];
  const literal = /\b(?:import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s*)?(['"])([^'"\n]+)\2/g;
  for (const m of code.matchAll(literal)) found.push({ spec: m[3], typeOnly: m[1] !== undefined });
  // Dynamic import and require: read the argument in `code`, find the call in `bare` so that text
  // inside strings and comments is not taken for a call.
  for (const m of bare.matchAll(/\b(import|require)\s*\(/g)) {
    const rest = code.slice(m.index + m[0].length);
    const arg = /^\s*(['"])([^'"\n]+)\1\s*\)/.exec(rest);
    found.push({ spec: arg ? arg[2] : null, typeOnly: false });
  }
  return found;
}

/** Every module specifier the source imports; null for a computed one. */
export function importSpecifiers(src: string): (string | null)[] {
  return importRefs(src).map((r) => r.spec);
}

/** Globals that read a clock or a non-seeded source of randomness. */
const CLOCK: { name: string; pattern: RegExp }[] = [
  { name: 'Math.random', pattern: /\bMath\s*\.\s*random\b/ },
  { name: 'Date', pattern: /(?<![.\w$])Date\b/ },
  { name: 'performance', pattern: /(?<![.\w$])performance\s*(?:\.|\[|\?\.)/ },
];

/** The core also reads no environment: no process, window, document or globalThis. */
const ENVIRONMENT: { name: string; pattern: RegExp }[] = [
  { name: 'process', pattern: /(?<![.\w$])process\s*(?:\.|\[|\?\.)/ },
  { name: 'window', pattern: /(?<![.\w$])window\s*(?:\.|\[|\?\.)/ },
  { name: 'document', pattern: /(?<![.\w$])document\s*(?:\.|\[|\?\.)/ },
  { name: 'globalThis', pattern: /(?<![.\w$])globalThis\b/ },
  {
    name: 'typeof window/document/process/performance',
    pattern: /\btypeof\s+(?:window|document|process|performance)\b/,
  },
];

/**
 * Functions whose last bit the ECMAScript spec leaves to each engine ("implementation-approximated"),
 * and the ** operator likewise. The core computes log and exp with its own fdlibm ports in
 * src/core/math, so that a run draws the same numbers in every browser; elsewhere in the core these
 * would quietly make Node and browser results differ.
 */
const APPROXIMATED =
  /\bMath\s*\.\s*(?:log|exp|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|log1p|expm1|log2|log10|cbrt|hypot)\b|\*\*/;

/** A file may shadow a global with its own binding (`const window = horizon - warmup`); then it is not the global. */
function declares(bare: string, name: string): boolean {
  return new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|[(,{]\\s*${name}\\s*[,)}:=?]`).test(bare);
}

function importViolations(file: string, src: string, layer: Layer): Violation[] {
  const violations: Violation[] = [];
  const inCore = layer.dir === 'src/core';
  const nodeAllowed = layer.node === true || (layer.node === 'node-files' && isNodeFile(file));
  for (const { spec, typeOnly } of importRefs(src)) {
    if (spec === null) {
      if (inCore) violations.push({ file, rule: 'static imports only', detail: 'computed import() or require()' });
      continue;
    }
    if (isNodeBuiltin(spec)) {
      if (!nodeAllowed) violations.push({ file, rule: 'no Node built-ins', detail: `imports '${spec}'` });
      continue;
    }
    if (!spec.startsWith('.')) {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (layer.packages !== null && !layer.packages.includes(name)) {
        const allowed = layer.packages.length === 0 ? 'none' : layer.packages.join(', ');
        violations.push({
          file,
          rule: 'allowed packages',
          detail: `imports '${spec}' (${layer.dir} may import: ${allowed})`,
        });
      }
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(file), spec));
    const to = layerOf(target);
    if (to === layer) {
      if (!nodeAllowed && layer.node === 'node-files' && isNodeFile(target)) {
        violations.push({ file, rule: 'no Node built-ins', detail: `imports the Node-only '${spec}'` });
      }
      continue;
    }
    if (!to || !layer.imports.includes(to.dir)) {
      violations.push({
        file,
        rule: 'layer arrows',
        detail: `imports '${spec}' (${target}): ${layer.dir} may not import ${to ? to.dir : 'outside the layers'}`,
      });
      continue;
    }
    const withoutExt = target.replace(/\.(?:js|ts)$/, '');
    if (!ENTRIES[to.dir].includes(withoutExt)) {
      violations.push({
        file,
        rule: 'through the entry',
        detail: `imports '${spec}' (${target}); import ${ENTRIES[to.dir].map((e) => e + '.js').join(' or ')} instead`,
      });
      continue;
    }
    const typesRule = TYPES_ONLY[layer.dir]?.find((r) => r.layer === to.dir);
    if (typesRule !== undefined && !typeOnly && !typesRule.valuesFrom.includes(withoutExt)) {
      violations.push({
        file,
        rule: 'types only',
        detail: `imports '${spec}' for more than types: ${layer.dir} takes only types from ${to.dir}, and values from ${typesRule.valuesFrom.map((e) => e + '.js').join(', ')}`,
      });
    }
  }
  return violations;
}

function globalViolations(
  file: string,
  bare: string,
  rules: { name: string; pattern: RegExp }[],
  rule: string,
): Violation[] {
  const violations: Violation[] = [];
  for (const { name, pattern } of rules) {
    const m = pattern.exec(bare);
    if (!m) continue;
    const ident = /\w+/.exec(name)?.[0] ?? name;
    if (name !== 'Math.random' && !name.startsWith('typeof') && declares(bare, ident)) continue;
    const line = bare.slice(0, m.index).split('\n').length;
    violations.push({ file, rule, detail: `uses ${name} (line ${line})` });
  }
  return violations;
}

/**
 * Rules for one file, by its path relative to the repository root (posix separators): its layer's
 * arrows, packages and Node rule; no clock or Math.random in the deterministic layers (their
 * Node-only files aside); in src/core also no environment, and log/exp only from src/core/math.
 */
export function layerViolations(file: string, src: string): Violation[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const violations = importViolations(file, src, layer);
  const inCore = layer.dir === 'src/core';
  const { bare } = scanSource(src);
  if (layer.deterministic && !(layer.node === 'node-files' && isNodeFile(file))) {
    violations.push(...globalViolations(file, bare, CLOCK, inCore ? 'core is pure' : 'no clock or Math.random'));
  }
  if (inCore) {
    violations.push(...globalViolations(file, bare, ENVIRONMENT, 'core is pure'));
    // Powers of two with an integer exponent (2 ** 46) are exact, and computed exactly everywhere.
    const exactPowers = bare.replace(/\b2\s*\*\*\s*\d+\b/g, (m) => ' '.repeat(m.length));
    const approx = file.startsWith('src/core/math/') ? null : APPROXIMATED.exec(exactPowers);
    if (approx) {
      const line = bare.slice(0, approx.index).split('\n').length;
      violations.push({
        file,
        rule: 'same bits in every engine',
        detail: `uses ${approx[0].replace(/\s/g, '')} (line ${line}); use src/core/math`,
      });
    }
  }
  return violations;
}
