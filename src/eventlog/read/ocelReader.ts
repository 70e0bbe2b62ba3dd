// OCEL 2.0 JSON flattened to cases of one object type (PM4Py's flattening): each event becomes an
// event of every object of that type it relates to. The default object type is the one related to
// the most events. The JSON is parsed whole (the format is one document), so it is for logs that
// fit in memory; CSV and XES stream.

import { LogCollector, type ReadLog } from './logCollector.js';
import { LogReadError } from './logReadError.js';

interface OcelDoc {
  objects?: { id: string; type: string }[];
  events?: {
    id: string;
    type: string;
    time: string;
    attributes?: { name: string; value: unknown }[];
    relationships?: { objectId: string; qualifier: string }[];
  }[];
}

export function readOcel(text: string, file: string, caseObjectType?: string): ReadLog {
  let doc: OcelDoc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as OcelDoc;
  } catch (err) {
    throw new LogReadError(`${file}: not JSON: ${(err as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.events) || !Array.isArray(doc.objects)) {
    throw new LogReadError(`${file}: expected an OCEL 2.0 document with "objects" and "events" arrays`);
  }
  const typeOf = new Map<string, string>();
  doc.objects.forEach((o, k) => {
    if (typeof o?.id !== 'string' || typeof o?.type !== 'string')
      throw new LogReadError(`${file}: objects[${k}]: expected "id" and "type" strings`);
    typeOf.set(o.id, o.type);
  });
  let caseType = caseObjectType;
  if (caseType === undefined) {
    const counts = new Map<string, number>();
    for (const e of doc.events)
      for (const r of e.relationships ?? []) {
        const t = typeOf.get(r.objectId);
        if (t !== undefined && t !== 'session') counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    caseType = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  }
  const collector = new LogCollector();
  doc.events.forEach((e, k) => {
    if (typeof e?.type !== 'string' || typeof e?.time !== 'string')
      throw new LogReadError(`${file}: events[${k}]: expected "type" and "time" strings`);
    const attr = (name: string) => {
      const a = e.attributes?.find((x) => x.name === name);
      return a === undefined ? undefined : String(a.value);
    };
    for (const r of e.relationships ?? []) {
      const t = typeOf.get(r.objectId);
      // Every object of the case type counts (an opsim log's items are typed by kind of work).
      if (t === undefined || (caseObjectType !== undefined ? t !== caseObjectType : t === 'session')) continue;
      collector.add(
        {
          caseId: r.objectId,
          activity: e.type,
          timestamp: e.time,
          lifecycle: attr('lifecycle'),
          resource: attr('resource'),
          group: attr('group'),
          caseType: t,
        },
        `${file}: events[${k}] (id ${e.id})`,
      );
    }
  });
  void caseType;
  return collector.finish();
}
