// Writes values into the scenario text at field paths. Each value is spliced in where it stands
// (editInPlace.ts), so comments and layout survive and a one-field edit changes one line. When no
// splice fits (a value that replaces a whole map, an entry added to a flow collection), the file
// goes through yaml's Document: comments kept, layout re-made. JSON is then rewritten as two-space JSON.
import { parseDocument } from 'yaml';
import { editInPlace } from './editInPlace.js';

export function setInText(text: string, file: string, changes: { path: string; value: unknown }[]): string {
  const json = /\.json$/i.test(file);
  let out = text;
  for (const c of changes) out = setOne(out, splitPath(c.path), c.value, json);
  return out;
}

function setOne(text: string, path: (string | number)[], value: unknown, json: boolean): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
  doc.setIn(path, doc.createNode(value));
  const expected = JSON.stringify(doc.toJS());
  // A splice must read back exactly as the Document edit does, or it is not used.
  const spliced = editInPlace(text, path, value, json);
  if (spliced !== null && JSON.stringify(parseDocument(spliced).toJS()) === expected) return spliced;
  return json ? `${JSON.stringify(doc.toJS(), null, 2)}\n` : doc.toString();
}

/** `steps.gate.next.thresholds.cuts.0` -> ['steps', 'gate', 'next', 'thresholds', 'cuts', 0] */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}
