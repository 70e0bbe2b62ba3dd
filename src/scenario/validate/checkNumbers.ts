// Numbers that JSON Schema lets through but no scenario means: infinities and NaN (YAML's .inf, .nan,
// JSON's 1e999). Walked with an explicit stack; the parser has already bounded the depth.

export function nonFiniteNumbers(doc: unknown): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'number' && !Number.isFinite(node)) {
      out.push({ path, message: `expected a finite number, found ${node}` });
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) stack.push([v, path === '' ? k : `${path}.${k}`]);
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
