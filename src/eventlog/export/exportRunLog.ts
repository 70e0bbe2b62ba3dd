// Writes the event log of one replication while it runs: nothing of the run is kept but the
// open cases of the XES writer, so memory stays flat in the length of the run.

import { simulate, type Model, type TraceRecord } from '../../core/index.js';
import type { LogEvent } from '../model/logEvent.js';
import { csvLogWriter } from '../write/csvLogWriter.js';
import type { TextSink } from '../write/logSink.js';
import { ocelWriter, type OcelEventOut } from '../write/ocelWriter.js';
import { xesLogWriter } from '../write/xesLogWriter.js';
import { formatIsoTime } from '../model/isoTime.js';
import { caseIdOf, MS_PER_HOUR, traceToLog, type LogClock } from './traceToLog.js';

export type LogFormat = 'csv' | 'xes' | 'ocel';

export interface ExportOptions extends LogClock {
  seed: string | number;
  replication: number;
  format: LogFormat;
  /** Hears the simulated time now and then (every 65,536 events), for a progress bar. */
  onCheckpoint?: (simTime: number) => void;
}

/** The UTC offset most of the model's calendars use, in minutes (0 when it has none). */
export function dominantOffsetMin(model: Model): number {
  const counts = new Map<number, number>();
  for (const p of model.pools)
    if (p.calendar >= 0) {
      const o = model.calendars[p.calendar].offsetHours;
      counts.set(o, (counts.get(o) ?? 0) + 1);
    }
  let best = 0;
  let n = 0;
  for (const [o, c] of [...counts].sort((a, b) => a[0] - b[0])) if (c > n) [best, n] = [o, c];
  return Math.round(best * 60);
}

/** Runs replication `replication` and writes its log to `sink`; returns the number of events written. */
export function exportRunLog(model: Model, o: ExportOptions, sink: TextSink): number {
  let count = 0;
  const run = (monitor: (r: TraceRecord) => void) =>
    void simulate(model, { seed: o.seed, replication: o.replication, monitor, onCheckpoint: o.onCheckpoint });
  if (o.format === 'ocel') return exportOcel(model, o, sink, run);
  const w = o.format === 'csv' ? csvLogWriter(sink, model.attributes) : xesLogWriter(sink, model.name);
  run(
    traceToLog(
      model,
      o,
      (e) => {
        count++;
        w.event(e);
      },
      (id) => w.closeCase(id),
    ),
  );
  w.end();
  return count;
}

function exportOcel(
  model: Model,
  o: ExportOptions,
  sink: TextSink,
  run: (m: (r: TraceRecord) => void) => void,
): number {
  // Each item type declares the attributes it draws, as floats; an item object carries their values.
  const objectTypes = [
    ...model.itemTypes.map((t) => ({
      name: t.id,
      attributes: model.attributes
        .filter((_, k) => t.attributes[k] !== null)
        .map((name) => ({ name, type: 'float' as const })),
    })),
    { name: 'session', attributes: [] },
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const attrs = [
    { name: 'lifecycle', type: 'string' as const },
    { name: 'resource', type: 'string' as const },
    { name: 'group', type: 'string' as const },
  ];
  const eventTypes = model.nodes.filter((n) => n.kind !== 'exit').map((n) => ({ name: n.id, attributes: attrs }));
  const w = ocelWriter(sink, objectTypes, eventTypes);
  const sessionId = (node: string, t: number) => `session:${node}:${Math.round(t * MS_PER_HOUR)}`;

  // Pass 1: the objects (items as they arrive, forum sessions as they sit).
  let lastSession = '';
  run((r) => {
    if (r.event === 'arrive') {
      const time = formatIsoTime(o.startMs + r.t * MS_PER_HOUR, o.offsetMin);
      const attributes = Object.entries(r.attributes ?? {}).map(([name, v]) => ({ name, time, value: String(v) }));
      w.object(caseIdOf(r.item), r.type ?? 'item', attributes);
    } else if (r.event === 'decide') {
      const id = sessionId(r.node, r.t);
      if (id !== lastSession) w.object((lastSession = id), 'session');
    }
  });
  w.beginEvents();

  // Pass 2: the events. One forum session is one event relating to every item it decided.
  let n = 0;
  let session: OcelEventOut | null = null;
  let sessionKey = '';
  const flushSession = () => {
    if (session !== null) w.event(session);
    session = null;
    sessionKey = '';
  };
  const toOcel = (e: LogEvent): OcelEventOut => ({
    id: `e${++n}`,
    type: e.activity,
    ms: e.ms,
    offsetMin: e.offsetMin,
    attributes: [
      { name: 'lifecycle', value: e.lifecycle },
      ...(e.resource !== undefined ? [{ name: 'resource', value: e.resource }] : []),
      ...(e.group !== undefined ? [{ name: 'group', value: e.group }] : []),
    ],
    relationships: [{ objectId: e.caseId, qualifier: 'item' }],
  });
  let current: TraceRecord | null = null;
  const toLog = traceToLog(
    model,
    o,
    (e) => {
      const r = current!;
      if (r.event !== 'decide') {
        flushSession();
        w.event(toOcel(e));
        return;
      }
      const key = sessionId(r.node, r.t);
      if (key !== sessionKey) {
        flushSession();
        sessionKey = key;
        session = toOcel(e);
        session.relationships = [{ objectId: key, qualifier: 'session' }];
      }
      session!.relationships.push({ objectId: e.caseId, qualifier: 'decided' });
    },
    () => {},
  );
  run((r) => {
    current = r;
    toLog(r);
  });
  flushSession();
  w.end();
  return n;
}
