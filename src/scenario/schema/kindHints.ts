// "only agent pools have costPerTask": the hint for a field that exists, but on another kind of the same
// thing, read from scenarioSchema itself so that a field added to one kind explains itself everywhere.

type Schema = Record<string, unknown>;

/** How the hint names the kinds of each family (the top-level map that holds them). */
const FAMILY_WORDS: Record<string, (kinds: string[]) => string> = {
  pools: (kinds) => `${andList(kinds)} pools`,
  steps: (kinds) => andList(kinds.map((k) => STEP_NOUNS[k] ?? `${k}s`)),
};
const STEP_NOUNS: Record<string, string> = {
  step: 'work steps (kind: step)',
  gate: 'gates (kind: gate)',
  forum: 'forums (kind: forum)',
  exit: 'exits (kind: exit)',
};

function andList(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function resolve(s: Schema, root: Schema): Schema {
  const ref = s.$ref;
  if (typeof ref !== 'string') return s;
  return (root.definitions as Record<string, Schema>)[ref.replace('#/definitions/', '')];
}

/** The `kind` an `if` tests for, if any. */
function kindTested(test: unknown): string | undefined {
  const kind = ((test as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.kind;
  return typeof kind?.const === 'string' ? kind.const : undefined;
}

/** kind -> its field names, for a schema written as allOf [{ if kind, then }] or an if/then/else chain on kind. */
export function kindsOf(schema: Schema): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const fields = (s: Schema) => Object.keys((s.properties as object | undefined) ?? {});
  for (const branch of (schema.allOf as Schema[] | undefined) ?? []) {
    const kind = kindTested(branch.if);
    if (kind !== undefined) out.set(kind, fields(branch.then as Schema));
  }
  let s: Schema | undefined = schema;
  while (s?.if !== undefined) {
    const kind = kindTested(s.if);
    if (kind === undefined) break;
    out.set(kind, fields(s.then as Schema));
    s = s.else as Schema | undefined;
  }
  // The last else of a chain is the default kind: the kinds its own `kind` enum allows that the chain did not take.
  const kindField = (s?.properties as Record<string, Schema> | undefined)?.kind;
  if (s !== undefined && s !== schema && Array.isArray(kindField?.enum)) {
    for (const k of kindField.enum as string[]) if (!out.has(k)) out.set(k, fields(s));
  }
  return out;
}

/** family -> field -> hint, for each field that some but not all kinds of the family have. */
export function kindHints(root: Schema): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [family, words] of Object.entries(FAMILY_WORDS)) {
    const member = resolve(
      ((root.properties as Record<string, Schema>)[family] ?? {}).additionalProperties as Schema,
      root,
    );
    const kinds = kindsOf(member);
    const hints: Record<string, string> = {};
    const all = new Set([...kinds.values()].flat());
    for (const field of all) {
      const having = [...kinds].filter(([, f]) => f.includes(field)).map(([k]) => k);
      const missing = [...kinds.keys()].filter((k) => !having.includes(k));
      if (missing.length > 0)
        hints[field] =
          missing.length === 1 && having.length > 2
            ? `${words(missing)} have no ${field}`
            : `only ${words(having)} have ${field}`;
    }
    out[family] = hints;
  }
  return out;
}
