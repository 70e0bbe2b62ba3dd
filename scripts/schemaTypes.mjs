// TypeScript types written from the scenario JSON Schema, so that the format is described once
// (src/scenario/schema/scenarioSchema.ts) and the typed view of a document cannot drift from what the
// validator accepts. Used by scripts/generateSchemaValidator.mjs (`npm run gen:schema`).
//
// Why a small emitter of our own rather than a library: the schema writes alternatives as if/then/else
// chains (so that a validator reports the errors of the branch the user meant), which
// json-schema-to-typescript ignores, and json-schema-to-ts's FromSchema cannot follow the recursive
// condition definition and costs every typecheck the inference of the whole schema. Here each
// alternative becomes one member of a union, names come from scenarioSchema's `schemaTypeNames`, and
// the output is plain declarations that the compiler reads at no cost.
//
// The subset understood is exactly what scenarioSchema uses; anything else throws, so a new keyword
// cannot silently produce a wrong type.

const KNOWN = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'not',
  '$ref',
  'definitions',
]);

const literal = (v) => JSON.stringify(v).replace(/"/g, "'");
const union = (members) => {
  const unique = [...new Set(members.flat())].filter((m) => m !== 'never');
  return unique.length === 0 ? ['never'] : unique;
};
const wrap = (members) => (members.length > 1 ? `(${members.join(' | ')})` : members[0]);
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : literal(k));

/**
 * The declarations for `schema` (the root, named `rootName`), each type named in `names` (schema object ->
 * type name) declared once. Returns the text of a module.
 */
export function schemaTypesSource(schema, names, rootName) {
  const definitions = schema.definitions ?? {};
  const declared = new Map(); // name -> text
  const queue = [];

  const nameOf = (s) => (s === schema ? rootName : names.get(s));
  let outermost; // the object schema of the declaration being written, or of a member of its top union

  function ref(s) {
    const m = /^#\/definitions\/(\w+)$/.exec(s.$ref);
    if (m === null || definitions[m[1]] === undefined) throw new Error(`unknown $ref ${s.$ref}`);
    const target = definitions[m[1]];
    const name = nameOf(target);
    if (name === undefined) throw new Error(`definition ${m[1]} has no type name in schemaTypeNames`);
    return named(target, name);
  }

  // A named type is declared once, with the exclusions of the first place that names it (StepDoc is
  // named only at the end of the node chain, so its kind leaves out the kinds the chain took before).
  function named(s, name, excluded = new Map()) {
    if (!declared.has(name)) {
      declared.set(name, null);
      queue.push([s, name, excluded]);
    }
    return [name];
  }

  /**
   * The members of the union that `s` accepts, as type texts. `excluded` (property -> values): values an
   * earlier `if` of the same chain has taken, which the `else` branch's enum cannot hold.
   */
  function members(s, top = false, excluded = new Map()) {
    for (const k of Object.keys(s))
      if (!KNOWN.has(k)) throw new Error(`schemaTypes does not understand the keyword '${k}'`);
    const name = nameOf(s);
    if (!top && name !== undefined) return named(s, name, excluded);
    if (s.$ref !== undefined) return ref(s);
    if (s.not !== undefined) return ['never'];
    if (s.const !== undefined) return [literal(s.const)];
    if (s.enum !== undefined) return s.enum.map(literal);
    if (s.if !== undefined) {
      const taken = new Map(excluded);
      const [p, v] = Object.entries(s.if.properties ?? {}).find(([, c]) => c.const !== undefined) ?? [];
      if (p !== undefined) taken.set(p, [...(taken.get(p) ?? []), v.const]);
      return union([members(s.then ?? {}), s.else === undefined ? [] : members(s.else, false, taken)]);
    }
    if (s.allOf !== undefined) {
      // Alternatives written as allOf [{ if, then }, ...]: a document is one of the thens.
      if (!s.allOf.every((b) => b.if !== undefined && b.then !== undefined && b.else === undefined))
        throw new Error('allOf is only understood as a list of if/then alternatives');
      return union(s.allOf.map((b) => members(b.then)));
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    if (types.length === 0) return ['unknown'];
    return union(types.map((t) => typeText(t, s, excluded)));
  }

  function typeText(t, s, excluded) {
    switch (t) {
      case 'string':
        return ['string'];
      case 'number':
      case 'integer':
        return ['number'];
      case 'boolean':
        return ['boolean'];
      case 'null':
        return ['null'];
      case 'array':
        return [`${wrap(members(s.items ?? {}))}[]`];
      case 'object': {
        if (s.properties === undefined) {
          const value =
            s.additionalProperties === undefined || s.additionalProperties === true
              ? ['unknown']
              : members(s.additionalProperties);
          return [`Record<string, ${value.join(' | ')}>`];
        }
        const required = new Set(s.required ?? []);
        const type = (k, v) => {
          const out = excluded.get(k);
          return out !== undefined && v.enum !== undefined
            ? union(v.enum.filter((e) => !out.includes(e)).map(literal))
            : members(v);
        };
        const fields = Object.entries(s.properties).map(
          ([k, v]) => `${key(k)}${required.has(k) ? '' : '?'}: ${type(k, v).join(' | ')};`,
        );
        // A declared object type gets one field a line, so that a schema change gives a readable diff,
        // with the field's title (what it is for) as its doc comment for editors.
        if (outermost !== s) return [`{ ${fields.join(' ')} }`];
        const titles = Object.values(s.properties).map((v) =>
          typeof v.title === 'string' ? `  /** ${v.title.replace(/\*\//g, '* /')} */\n` : '',
        );
        return [`{\n${fields.map((f, i) => `${titles[i]}  ${f}`).join('\n')}\n}`];
      }
      default:
        throw new Error(`unknown type ${t}`);
    }
  }

  named(schema, rootName);
  while (queue.length > 0) {
    const [s, name, excluded] = queue.shift();
    const description =
      typeof s.description === 'string' && s !== schema ? `/** ${s.description.replace(/\*\//g, '* /')} */\n` : '';
    outermost = s;
    const top = members(s, true, excluded);
    const text =
      top.length > 1 && top.some((m) => m.length > 60) ? top.map((m) => `\n  | ${m}`).join('') : ` ${top.join(' | ')}`;
    declared.set(name, `${description}export type ${name} =${text};\n`);
  }
  return [...declared.values()].join('\n');
}
