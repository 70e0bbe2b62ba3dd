// The event-log worker: exports a replication's log and checks an observed log for drift off the
// page's thread, with the same code as `opsim run --events` and `opsim drift`. A drift check's
// replications run on the page's simulation workers, as the CLI runs them on its worker processes:
// this worker reads the log, asks the page for the replications, and compares.
import {
  driftCheckOn,
  driftTable,
  dominantOffsetMin,
  exportRunLog,
  stringSink,
  type MeasuredRun,
  type WindowExecutor,
} from '../../src/eventlog/index.js';
import { loadScenario, startDate } from '../../src/scenario/index.js';
import type { EventLogRequest, EventLogResponse, MeasureReply, MeasureRequest } from './eventLogProtocol.js';
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

const post = (m: EventLogResponse | MeasureRequest) => (self as unknown as Worker).postMessage(m);

// Replications asked of the page and not yet answered, by number.
const asked = new Map<number, (reply: MeasureReply) => void>();
let nextMeasure = 1;

/** Drift's executor for request `id`: the page's simulation workers, through the page. */
function pageWorkers(id: number): WindowExecutor {
  return {
    measure: (jobs) =>
      new Promise<{ results: (MeasuredRun | undefined)[]; cancelled: boolean }>((resolve, reject) => {
        const measure = nextMeasure++;
        asked.set(measure, (reply) => (reply.error !== undefined ? reject(new Error(reply.error)) : resolve(reply)));
        post({ id, measure, jobs: [...jobs] });
      }),
  };
}

async function handle(req: EventLogRequest): Promise<EventLogResponse> {
  const loaded = load(req.file, req.scenarioText, req.variant);
  if (req.kind === 'export') {
    const s = stringSink();
    const clock = { startMs: startDate(loaded.doc.start).day * 86_400_000, offsetMin: dominantOffsetMin(loaded.model) };
    exportRunLog(loaded.model, { ...clock, seed: req.seed, replication: req.replication, format: req.format }, s.sink);
    return { id: req.id, ok: true, kind: 'export', text: s.text() };
  }
  const { log, warnings } = readLogText(req.logName, req.logText);
  const report = await driftCheckOn(pageWorkers(req.id), loaded.doc, log, {
    windowHours: req.windowHours,
    replications: req.replications,
    seed: req.seed,
    design: req.variant ?? 'base',
  });
  if (report === null) return { id: req.id, ok: false, message: 'Cancelled; no drift check was made.' };
  return { id: req.id, ok: true, kind: 'drift', report, table: driftTable(report), warnings };
}

self.onmessage = async (e: MessageEvent<EventLogRequest | MeasureReply>) => {
  if ('measure' in e.data) {
    const reply = e.data;
    asked.get(reply.measure)?.(reply);
    asked.delete(reply.measure);
    return;
  }
  const req = e.data;
  let res: EventLogResponse;
  try {
    res = await handle(req);
  } catch (err) {
    res = { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  post(res);
};
