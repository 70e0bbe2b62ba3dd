// One value written into scenario text by splicing the characters that hold it, so every other
// line (comments, alignment, quoting, flow or block style) stays byte for byte. yaml's Document
// locates nodes (`range` = [start, value end, node end] offsets in the source); re-serialising the
// whole Document instead re-wrapped 519 of the company file's 661 lines and moved comments.
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

type Key = string | number;

/** `text` with `value` at `path`, or null when no in-place edit fits (the caller re-serialises instead). */
export function editInPlace(text: string, path: Key[], value: unknown, json: boolean): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const here = doc.getIn(path, true) as Node | undefined;
  if (here !== undefined)
    return isScalar(here) && here.range && isScalarValue(value)
      ? splice(text, here.range[0], here.range[1], scalarText(value, here.type, json))
      : null;
  if (json) return null;
  for (let k = path.length - 1; k >= 0; k--) {
    const parent = (k === 0 ? doc.contents : doc.getIn(path.slice(0, k), true)) as Node | null | undefined;
    if (parent === undefined) continue;
    const inner = path
      .slice(k + 1)
      .reduceRight<unknown>((v, key) => (typeof key === 'number' ? [v] : { [key]: v }), value);
    if ((isMap(parent) || isSeq(parent)) && parent.flow && parent.range) {
      // A flow collection is one span of text: write it again with the new entry, on one line.
      const range = parent.range;
      doc.setIn(path.slice(0, k + 1), doc.createNode(inner));
      const again = new Document(parent).toString({ lineWidth: 0 }).trimEnd();
      return again.includes('\n') ? null : splice(text, range[0], range[1], again);
    }
    return insertInto(text, parent, path[k], inner);
  }
  return null;
}

function isScalarValue(v: unknown): v is string | number | boolean | null {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** The value as the source would write it: the original quoting where it had one, plain where plain reads back the same. */
function scalarText(value: string | number | boolean | null, type: string | undefined, json: boolean): string {
  if (typeof value !== 'string' || json) return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  // Plain only if yaml would write it plain and it holds nothing that ends a flow collection or starts a comment.
  return plain === value && type !== 'QUOTE_DOUBLE' && !/[,[\]{}#]/.test(value) ? value : JSON.stringify(value);
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Adds `key: value` (or `- value`) as the last entry of a block collection, indented as its entries are. */
function insertInto(text: string, parent: Node | null, key: Key, value: unknown): string | null {
  if (!(isMap(parent) || isSeq(parent)) || parent.flow || !parent.range || parent.items.length === 0) return null;
  const coll = parent as YAMLMap | YAMLSeq;
  let column: number;
  let entry: string;
  if (isMap(coll)) {
    if (typeof key !== 'string') return null;
    const first = coll.items[0].key as Node | undefined;
    if (!first?.range) return null;
    column = first.range[0] - lineStart(text, first.range[0]);
    entry = stringify({ [key]: value }, { lineWidth: 0 });
  } else {
    if (key !== coll.items.length) return null;
    const first = coll.items[0] as Node | undefined;
    if (!first?.range) return null;
    const dash = text.lastIndexOf('-', first.range[0]);
    column = dash - lineStart(text, dash);
    entry = stringify([value], { lineWidth: 0 });
  }
  const pad = ' '.repeat(column);
  const lines = entry
    .trimEnd()
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
  let at = coll.range![1];
  if (text[at - 1] !== '\n') {
    const eol = text.indexOf('\n', at);
    at = eol < 0 ? text.length : eol + 1;
  }
  const before = at === text.length && !text.endsWith('\n') ? `${text}\n` : text.slice(0, at);
  return `${before}${lines}\n${text.slice(at)}`;
}
