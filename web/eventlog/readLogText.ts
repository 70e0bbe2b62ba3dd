// A log file's text read in the page's worker with the event-log layer's own readers (as the CLI
// and the library read them), its format told by the file's extension.
import { readLogText as readText, type ReadLog } from '../../src/eventlog/index.js';

export function readLogText(name: string, text: string): ReadLog {
  const format = /\.xes$/i.test(name) ? 'xes' : /\.(json|jsonocel|ocel)$/i.test(name) ? 'ocel' : 'csv';
  return readText(text, { file: name, format });
}
