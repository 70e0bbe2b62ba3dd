// Structural checks against scenarioSchema (ajv, precompiled), and the translation of ajv's errors into
// issues that name the field, say what was expected and what was found, and suggest a spelling.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as generated } from '../generated/structureValidator.js';
import { closestName, didYouMean } from '../didYouMean.js';
import { describeValue } from '../units/describeValue.js';
import { kindHints } from './kindHints.js';
import { scenarioSchema } from './scenarioSchema.js';

export interface StructureIssue {
  path: string;
  message: string;
}

// Compiled ahead of time from scenarioSchema by scripts/generateSchemaValidator.mjs (npm run gen:schema):
// compiling at run time took 0.5-1 s per process and needs `new Function`, which a strict CSP forbids.
// The generated file is not type-checked, so its type is stated here.
const validate = generated as unknown as ValidateFunction;

/** Fields that belong to another kind of the same thing, to explain rather than merely reject them. */
const OTHER_KIND_HINTS = kindHints(scenarioSchema);

/** What a field is for: its `title` in scenarioSchema (on the field, or on the definition it refers to). */
function purpose(objectSchema: unknown, field: string): string | undefined {
  const properties = (objectSchema as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties;
  let s = properties !== undefined && Object.hasOwn(properties, field) ? properties[field] : undefined;
  if (s !== undefined && typeof s.title !== 'string' && typeof s.$ref === 'string') {
    const definitions = scenarioSchema.definitions as Record<string, Record<string, unknown>>;
    s = definitions[s.$ref.replace('#/definitions/', '')];
  }
  return typeof s?.title === 'string' ? s.title : undefined;
}

/** Dotted path of an ajv instancePath ("/steps/review/serve/0" => "steps.review.serve.0"). */
function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

function expectation(e: ErrorObject): string | undefined {
  const d = (e.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof d === 'string' ? d : undefined;
}

function typeName(t: unknown): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    object: 'a map (key: value)',
    array: 'a list',
    boolean: 'true or false',
    null: 'nothing',
  };
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => names[String(x)] ?? String(x)).join(' or ');
}

function translate(e: ErrorObject): StructureIssue | undefined {
  const path = dotted(e.instancePath);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const hint = closestName(field, known);
      const family = path.split('.')[0];
      const hints = Object.hasOwn(OTHER_KIND_HINTS, family) ? OTHER_KIND_HINTS[family] : {};
      const other = path.split('.').length === 2 && Object.hasOwn(hints, field) ? hints[field] : undefined;
      const suffix =
        hint !== undefined
          ? ` (did you mean '${hint}'?)`
          : other !== undefined
            ? ` (${other})`
            : ` (expected one of: ${known.join(', ')})`;
      return { path: join(path, field), message: `unknown field '${field}'${suffix}` };
    }
    case 'required': {
      const field = String(p.missingProperty);
      const hint = purpose(e.parentSchema, field);
      return { path: join(path, field), message: `missing required field '${field}'${hint ? ` (${hint})` : ''}` };
    }
    case 'type': {
      if (e.data === null || e.data === undefined) {
        return {
          path,
          message: `expected ${expectation(e) ?? typeName(p.type)}, found nothing (is a value missing after the colon?)`,
        };
      }
      return { path, message: `expected ${expectation(e) ?? typeName(p.type)}, found ${describeValue(e.data)}` };
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'const' ? [p.allowedValue] : (p.allowedValues as unknown[])).map(String);
      const suggestion = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
      return {
        path,
        message: `expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}, found ${describeValue(e.data)}${suggestion}`,
      };
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const described = expectation(e);
      if (described !== undefined) return { path, message: `expected ${described}, found ${describeValue(e.data)}` };
      const words = {
        minimum: 'at least',
        exclusiveMinimum: 'greater than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      }[e.keyword];
      const limit = e.keyword.includes('aximum') && Number(p.limit) >= 1000 ? ' (the limit)' : '';
      const noun = (e.parentSchema as { type?: unknown }).type === 'integer' ? 'a whole number' : 'a number';
      return { path, message: `expected ${noun} ${words} ${p.limit}${limit}, found ${describeValue(e.data)}` };
    }
    case 'pattern':
      return {
        path,
        message: `expected ${expectation(e) ?? `text matching ${p.pattern}`}, found ${describeValue(e.data)}`,
      };
    case 'propertyNames':
      return undefined; // reported by the nested pattern error, which carries the name
    case 'maxLength':
      return { path, message: `text is ${(e.data as string).length} characters long; the limit is ${p.limit}` };
    case 'minItems':
      return {
        path,
        message: `expected at least ${p.limit} entr${p.limit === 1 ? 'y' : 'ies'}, found ${(e.data as unknown[]).length}`,
      };
    case 'maxItems':
      return {
        path,
        message: `expected at most ${p.limit} entries (the limit), found ${(e.data as unknown[]).length}`,
      };
    case 'maxProperties':
      return {
        path,
        message: `expected at most ${p.limit} entries (the limit), found ${Object.keys(e.data as object).length}`,
      };
    case 'not':
      return {
        path,
        message: `expected ${expectation(e) ?? 'something else'}, found ${describeValue(e.data)}${unknownKeyHint(e.data)}`,
      };
    case 'if':
    case 'allOf':
    case 'anyOf':
      return undefined; // the branch that applied has reported its own errors
    default:
      return { path, message: e.message ?? 'is not valid' };
  }
}

function unknownKeyHint(data: unknown): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return '';
  const keys = Object.keys(data);
  return keys.length === 0 ? ' (an empty map)' : ` with fields ${keys.map((k) => `'${k}'`).join(', ')}`;
}

/** Structural issues of a whole document, one per problem, in document order of ajv's traversal. */
export function checkStructure(doc: unknown): StructureIssue[] {
  if (validate(doc)) return [];
  const out: StructureIssue[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    let issue = translate(e);
    if (issue === undefined) continue;
    if (e.keyword === 'pattern' && e.propertyName !== undefined) {
      issue = {
        path: join(dotted(e.instancePath), e.propertyName),
        message: `invalid id '${e.propertyName}': expected ${expectation(e) ?? 'an id'}`,
      };
    }
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
