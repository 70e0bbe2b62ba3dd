// Names that JavaScript gives a meaning on every object (`__proto__`, `constructor`, `toString`, ...).
// A scenario may not use them as a field, id or path segment: as a key they can reach an object's
// prototype (an immer draft refuses to set it, a lookup table returns a function instead of
// undefined), so they are refused once, here, rather than guarded against in every lookup.

const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Whether `name` is one of JavaScript's names on every object. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/** The message for a reserved name found as a key or a path segment. */
export function reservedNameMessage(name: string): string {
  return `"${name}" cannot be used as a name: JavaScript reserves it on every object; choose another name`;
}

/** Every key of `doc` (at any depth) that is a reserved name, as { path, message }; walked with a stack, not recursion. */
export function reservedKeys(doc: unknown): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length > 0 && out.length < 100) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (isReservedName(key)) out.push({ path: at, message: reservedNameMessage(key) });
      else stack.push([(node as Record<string, unknown>)[key], at]);
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
