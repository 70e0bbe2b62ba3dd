// Finds the line of the scenario text that a field path (e.g. `steps.triage.serve.0.pool`)
// refers to, so an issue can be shown next to it. When the path does not exist (a missing
// field), the deepest existing parent is used. YAML is a superset of JSON, so one parser serves both.
import { isCollection, LineCounter, parseDocument } from 'yaml';

export function linesOfPaths(text: string, paths: string[]): (number | undefined)[] {
  let doc: ReturnType<typeof parseDocument>;
  const counter = new LineCounter();
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return paths.map(() => undefined);
  }
  return paths.map((path) => {
    const keys = path === '' ? [] : path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    for (let n = keys.length; n > 0; n--) {
      const parent = n > 1 ? doc.getIn(keys.slice(0, n - 1), true) : doc.contents;
      if (!isCollection(parent)) continue;
      // Point at the key of a map entry (where the user reads the name), else at the value.
      const items = parent.items as {
        key?: { value?: unknown; range?: number[] };
        value?: { range?: number[] };
        range?: number[];
      }[];
      const key = keys[n - 1];
      const item = typeof key === 'number' ? items[key] : items.find((it) => it.key?.value === key);
      const range = item?.key?.range ?? item?.value?.range ?? item?.range;
      if (range) return counter.linePos(range[0]).line;
    }
    return undefined;
  });
}
