// Numbers that JSON Schema lets through but no scenario means: infinities and NaN (YAML's .inf, .nan,
// JSON's 1e999). Walked with an explicit stack, which also bounds the nesting of documents built in
// code (the parser bounds it for files), before any recursive check sees them.

import { MAX_DEPTH } from '../parse/limits.js';

/** How YAML writes the value the user typed: .nan, .inf or -.inf (JSON's 1e999 reads as .inf). */
function nonFinite(x: number): string {
  return Number.isNaN(x) ? '.nan (not a number)' : x > 0 ? '.inf (infinity)' : '-.inf (minus infinity)';
}

export function nonFiniteNumbers(doc: unknown): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const stack: [unknown, string, number][] = [[doc, '', 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (typeof node === 'number' && !Number.isFinite(node)) {
      out.push({ path, message: `expected a finite number, found ${nonFinite(node)}` });
    } else if (typeof node === 'object' && node !== null) {
      if (depth >= MAX_DEPTH)
        return [
          {
            path,
            message: `the document nests lists or maps more than ${MAX_DEPTH} levels deep; the limit is ${MAX_DEPTH}`,
          },
        ];
      for (const [k, v] of Object.entries(node)) stack.push([v, path === '' ? k : `${path}.${k}`, depth + 1]);
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
