// A document back to text, for download and share links from the web app.

import { stringify } from 'yaml';

export function stringifyScenario(doc: unknown, format: 'yaml' | 'json'): string {
  return format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : stringify(doc, { lineWidth: 0 });
}
