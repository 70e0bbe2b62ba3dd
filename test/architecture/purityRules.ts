// The dependency rules of docs/architecture.md, as a function from (path, source) to violations,
// so the rules themselves can be tested on small made-up sources.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { scanSource } from './scanSource.js';

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier.split('/')[0]);
}

/** Every module specifier the source imports, re-exports, requires or imports dynamically; null for a computed one. */
export function importSpecifiers(src: string): (string | null)[] {
  const { code, bare } = scanSource(src);
  const found: (string | null)[] = [];
  const literal = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s*)?(['"])([^'"\n]+)\1/g;
  for (const m of code.matchAll(literal)) found.push(m[2]);
  // Dynamic import and require: read the argument in `code`, find the call in `bare` so that text
  // inside strings and comments is not taken for a call.
  for (const m of bare.matchAll(/\b(import|require)\s*\(/g)) {
    const rest = code.slice(m.index + m[0].length);
    const arg = /^\s*(['"])([^'"\n]+)\1\s*\)/.exec(rest);
    found.push(arg ? arg[2] : null);
  }
  return found;
}

/** Globals that read a clock, the environment or a non-seeded source of randomness. */
const CORE_FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'Math.random', pattern: /\bMath\s*\.\s*random\b/ },
  { name: 'Date', pattern: /(?<![.\w$])Date\b/ },
  { name: 'performance', pattern: /(?<![.\w$])performance\s*(?:\.|\[|\?\.)/ },
  { name: 'process', pattern: /(?<![.\w$])process\s*(?:\.|\[|\?\.)/ },
  { name: 'window', pattern: /(?<![.\w$])window\s*(?:\.|\[|\?\.)/ },
  { name: 'document', pattern: /(?<![.\w$])document\s*(?:\.|\[|\?\.)/ },
  { name: 'globalThis', pattern: /(?<![.\w$])globalThis\b/ },
  { name: 'typeof window/document/process/performance', pattern: /\btypeof\s+(?:window|document|process|performance)\b/ },
];

/**
 * Functions whose last bit the ECMAScript spec leaves to each engine ("implementation-approximated"),
 * and the ** operator likewise. The core computes log and exp with its own fdlibm ports in
 * src/core/math, so that a run draws the same numbers in every browser; elsewhere in the core these
 * would quietly make Node and browser results differ.
 */
const APPROXIMATED = /\bMath\s*\.\s*(?:log|exp|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|log1p|expm1|log2|log10|cbrt|hypot)\b|\*\*/;

/** A file may shadow a global with its own binding (`const window = horizon - warmup`); then it is not the global. */
function declares(bare: string, name: string): boolean {
  return new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|[(,{]\\s*${name}\\s*[,)}:=?]`).test(bare);
}

/**
 * Rules for one file, by its path relative to the repository root (posix separators):
 * - src/core: imports only from src/core or `seedrandom`; no clock, environment or Math.random.
 * - src/scenario, src/experiments: no Node built-in modules (the web app runs them).
 */
export function purityViolations(file: string, src: string): Violation[] {
  const violations: Violation[] = [];
  const inCore = file.startsWith('src/core/');
  const browserSafe = inCore || file.startsWith('src/scenario/') || file.startsWith('src/experiments/');
  for (const spec of importSpecifiers(src)) {
    if (spec === null) {
      if (inCore) violations.push({ file, rule: 'static imports only', detail: 'computed import() or require()' });
      continue;
    }
    if (browserSafe && isNodeBuiltin(spec)) {
      violations.push({ file, rule: 'no Node built-ins', detail: `imports '${spec}'` });
      continue;
    }
    if (!inCore) continue;
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (!target.startsWith('src/core/')) violations.push({ file, rule: 'core imports only core', detail: `imports '${spec}' (${target})` });
    } else if (spec !== 'seedrandom' && !spec.startsWith('seedrandom/')) {
      violations.push({ file, rule: 'core imports only core and seedrandom', detail: `imports '${spec}'` });
    }
  }
  if (inCore) {
    const { bare } = scanSource(src);
    for (const { name, pattern } of CORE_FORBIDDEN) {
      const m = pattern.exec(bare);
      if (!m) continue;
      const ident = /\w+/.exec(name)?.[0] ?? name;
      if (name !== 'Math.random' && !name.startsWith('typeof') && declares(bare, ident)) continue;
      const line = bare.slice(0, m.index).split('\n').length;
      violations.push({ file, rule: 'core is pure', detail: `uses ${name} (line ${line})` });
    }
    // Powers of two with an integer exponent (2 ** 46) are exact, and computed exactly everywhere.
    const exactPowers = bare.replace(/\b2\s*\*\*\s*\d+\b/g, (m) => ' '.repeat(m.length));
    const approx = file.startsWith('src/core/math/') ? null : APPROXIMATED.exec(exactPowers);
    if (approx) {
      const line = bare.slice(0, approx.index).split('\n').length;
      violations.push({ file, rule: 'same bits in every engine', detail: `uses ${approx[0].replace(/\s/g, '')} (line ${line}); use src/core/math` });
    }
  }
  return violations;
}
