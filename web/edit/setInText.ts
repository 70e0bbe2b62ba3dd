// Writes values into the scenario text at field paths. YAML files are edited through yaml's
// Document so comments and layout survive; JSON files are rewritten as two-space JSON.
import { parseDocument } from 'yaml';

export function setInText(text: string, file: string, changes: { path: string; value: unknown }[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
  for (const c of changes) doc.setIn(splitPath(c.path), doc.createNode(c.value));
  return /\.json$/i.test(file) ? `${JSON.stringify(doc.toJS(), null, 2)}\n` : doc.toString();
}

/** `steps.gate.next.thresholds.cuts.0` -> ['steps', 'gate', 'next', 'thresholds', 'cuts', 0] */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}
