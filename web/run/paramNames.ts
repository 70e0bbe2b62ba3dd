// Parameters named as a COO reads them, from the scenario's own ids: the key-numbers form's group
// and label (`Gate ticket-gate: threshold 2 on risk`) instead of a field path
// (`steps.ticket-gate.next.thresholds.cuts.1`). A path the form does not know reads as its parts.
import { keyNumbers } from '../edit/keyNumbers.js';

export function paramNamer(doc: Record<string, unknown> | null | undefined): (path: string) => string {
  const known = new Map(doc ? keyNumbers(doc).map((f) => [f.path, `${f.group}: ${f.label}`]) : []);
  return (path) => known.get(path) ?? path.split('.').join(' › ');
}
