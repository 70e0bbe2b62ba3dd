// Heap while exporting one replication's event log (docs/event-logs.md, "Measurements"): the sink
// discards the text and, every 20,000 chunks, collects garbage and samples the live heap, so the
// figures show what the export itself holds as the run goes.
//   npm run build:cli && node --expose-gc bench/tools/eventLogMemory.js <scenario.yaml> <csv|xes|ocel>
import { readFileSync } from 'node:fs';
import { dominantOffsetMin, exportRunLog } from '../../dist/eventlog/index.js';
import { loadScenario, startDate } from '../../dist/scenario/index.js';

const [file, format] = process.argv.slice(2);
const loaded = loadScenario({ file, text: readFileSync(file, 'utf8') }, { readFile: (p) => readFileSync(p, 'utf8') });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
globalThis.gc();
const base = process.memoryUsage().heapUsed;
let chunks = 0;
let bytes = 0;
let peak = 0;
const samples = [];
const events = exportRunLog(
  loaded.model,
  {
    startMs: startDate(loaded.doc.start).day * 86_400_000,
    offsetMin: dominantOffsetMin(loaded.model),
    seed: loaded.doc.seed ?? 1,
    replication: 0,
    format,
  },
  (c) => {
    bytes += c.length;
    if (++chunks % 20_000 === 0) {
      globalThis.gc();
      const live = process.memoryUsage().heapUsed - base;
      peak = Math.max(peak, live);
      samples.push(`${(bytes / 1e6).toFixed(0)} MB written: ${(live / 1e6).toFixed(1)} MB`);
    }
  },
);
const every = Math.max(1, Math.floor(samples.length / 6));
console.log(
  `${file} ${format}: ${events} events, ${(bytes / 1e6).toFixed(0)} MB of text; live heap above the loaded model, peak ${(peak / 1e6).toFixed(1)} MB`,
);
console.log(samples.filter((_, i) => i % every === 0 || i === samples.length - 1).join('\n'));
