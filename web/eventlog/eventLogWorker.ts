// The event-log worker: exports a replication's log and checks an observed log for drift off the
// page's thread (both simulate), with the same code as `opsim run --events` and `opsim drift`.
import { driftCheck, driftTable, dominantOffsetMin, exportRunLog, stringSink } from '../../src/eventlog/index.js';
import { loadScenario, startDate } from '../../src/scenario/index.js';
import type { EventLogRequest, EventLogResponse } from './eventLogProtocol.js';
import { readLogText } from './readLogText.js';

function load(file: string, text: string, variant: string | null) {
  const r = loadScenario(
    { file, text },
    {
      variant: variant ?? undefined,
      readFile: (p: string) => {
        throw new Error(`${p}: files named by extends cannot be read in the page`);
      },
    },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r;
}

function handle(req: EventLogRequest): EventLogResponse {
  const loaded = load(req.file, req.scenarioText, req.variant);
  if (req.kind === 'export') {
    const s = stringSink();
    const clock = { startMs: startDate(loaded.doc.start).day * 86_400_000, offsetMin: dominantOffsetMin(loaded.model) };
    exportRunLog(loaded.model, { ...clock, seed: req.seed, replication: req.replication, format: req.format }, s.sink);
    return { id: req.id, ok: true, kind: 'export', text: s.text() };
  }
  const { log, warnings } = readLogText(req.logName, req.logText);
  const report = driftCheck(loaded.doc, log, {
    windowHours: req.windowHours,
    replications: req.replications,
    seed: req.seed,
  });
  return { id: req.id, ok: true, kind: 'drift', report, table: driftTable(report), warnings };
}

self.onmessage = (e: MessageEvent<EventLogRequest>) => {
  let res: EventLogResponse;
  try {
    res = handle(e.data);
  } catch (err) {
    res = { id: e.data.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(res);
};
