// Heap after streaming a log file into the columnar EventLog (docs/event-logs.md, "Measurements"):
// what reading keeps is the events in columns, not the file's text.
//   npm run build:cli && node --expose-gc bench/tools/logReadMemory.js <log.csv|log.xes>
import { statSync } from 'node:fs';
import { nodeIo } from '../../dist/cli/nodeIo.js';
import { logFormatOf, readLogFile } from '../../dist/cli/readLogFile.js';
import { XES_COLUMNS } from '../../dist/eventlog/index.js';

const file = process.argv[2];
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
globalThis.gc();
const base = used();
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, used() - base);
}, 50);
const { log } = await readLogFile(nodeIo(), file, logFormatOf(file), XES_COLUMNS);
clearInterval(timer);
globalThis.gc();
const kept = used() - base;
console.log(
  `${file}: ${(statSync(file).size / 1e6).toFixed(0)} MB, ${log.n} events, ${log.cases.length} cases; heap kept ${(kept / 1e6).toFixed(1)} MB (${(kept / log.n).toFixed(0)} bytes an event), highest sampled ${(peak / 1e6).toFixed(1)} MB`,
);
