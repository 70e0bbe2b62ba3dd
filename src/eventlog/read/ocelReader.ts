// OCEL 2.0 JSON flattened to cases of one object type (PM4Py's flattening): each event becomes an
// event of every object of that type it relates to. Read as it streams in with @streamparser/json
// (a maintained streaming JSON parser without Node dependencies): each element of "objects" and
// "events" is parsed alone and dropped once read (keepStack: false), so memory holds the object
// types by id and the columnar log, never the document. The standard puts objects before events;
// a file with events first has them kept, compactly, until the objects are known.

import { JSONParser } from '@streamparser/json';
import { LogCollector, type RawEvent, type ReadLog } from './logCollector.js';
import { LogReadError } from './logReadError.js';
import type { ChunkReader } from './xesReader.js';

interface OcelObject {
  id?: unknown;
  type?: unknown;
  attributes?: unknown;
}

interface OcelEvent {
  id?: unknown;
  type?: unknown;
  time?: unknown;
  attributes?: unknown;
  relationships?: unknown;
}

/** An event read before the objects it relates to: what flattening needs of it. */
interface Pending {
  raw: Omit<RawEvent, 'caseId' | 'caseType'>;
  objectIds: string[];
  where: string;
}

/** ocelReader(file, caseObjectType): an OCEL 2.0 JSON document read chunk by chunk. */
export function ocelReader(file: string, caseObjectType?: string): ChunkReader {
  const collector = new LogCollector();
  const typeOf = new Map<string, string>();
  /** Each object's attributes (the last value of each, as the standard lets them change over time). */
  const attributesOf = new Map<string, Record<string, string>>();
  const pending: Pending[] = [];
  const parser = new JSONParser({ paths: ['$.objects.*', '$.events.*'], keepStack: false });
  let objects = 0;
  let events = 0;
  let started = false;
  let failure: LogReadError | null = null;
  const fail = (message: string) => {
    failure ??= new LogReadError(message);
    throw failure;
  };
  const near = () =>
    events > 0 ? ` (after events[${events - 1}])` : objects > 0 ? ` (after objects[${objects - 1}])` : '';

  // Events the flattening leaves out, said in the warnings rather than dropped without a word: a
  // relationship to an object the document never declares (a typo, a cut-down export), and an event
  // related to no object of the case type at all.
  const undeclared = { count: 0, first: '' };
  const caseless = { count: 0, first: '' };
  const note = (tally: { count: number; first: string }, where: string) => {
    if (tally.count++ === 0) tally.first = where;
  };
  const flatten = (p: Pending) => {
    let cases = 0;
    for (const id of p.objectIds) {
      const t = typeOf.get(id);
      if (t === undefined) {
        note(undeclared, `${p.where}, object ${JSON.stringify(id)}`);
        continue;
      }
      // Every object of the case type counts (an opsim log's items are typed by kind of work).
      if (caseObjectType !== undefined ? t !== caseObjectType : t === 'session') continue;
      cases++;
      collector.add({ ...p.raw, caseId: id, caseType: t, caseAttributes: attributesOf.get(id) }, p.where);
    }
    if (cases === 0) note(caseless, p.where);
  };

  parser.onValue = ({ value, key, stack }) => {
    const array = stack[stack.length - 1]?.key;
    if (typeof key !== 'number') fail(`${file}: "${String(array)}" must be an array, found an object`);
    if (array === 'objects') {
      const o = value as OcelObject | null;
      if (o === null || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.type !== 'string')
        fail(`${file}: objects[${objects}]: expected an object with "id" and "type" strings`);
      typeOf.set(o!.id as string, o!.type as string);
      if (o!.attributes !== undefined && !Array.isArray(o!.attributes))
        fail(`${file}: objects[${objects}]: "attributes" must be an array of { name, time, value }`);
      let attributes: Record<string, string> | undefined;
      for (const a of (o!.attributes ?? []) as { name?: unknown; value?: unknown }[])
        if (
          a !== null &&
          typeof a === 'object' &&
          typeof a.name === 'string' &&
          a.value !== null &&
          a.value !== undefined
        )
          (attributes ??= {})[a.name] = String(a.value);
      if (attributes !== undefined) attributesOf.set(o!.id as string, attributes);
      objects++;
      return;
    }
    const e = value as OcelEvent | null;
    const k = events++;
    if (e === null || typeof e !== 'object' || typeof e.type !== 'string' || typeof e.time !== 'string')
      fail(`${file}: events[${k}]: expected "type" and "time" strings`);
    const where = `${file}: events[${k}] (id ${String(e!.id)})`;
    const attributes = Array.isArray(e!.attributes) ? (e!.attributes as { name?: unknown; value?: unknown }[]) : [];
    const attr = (name: string) => {
      const a = attributes.find((x) => x !== null && typeof x === 'object' && x.name === name);
      return a === undefined || a.value === null || a.value === undefined ? undefined : String(a.value);
    };
    if (e!.relationships !== undefined && !Array.isArray(e!.relationships))
      fail(`${where}: "relationships" must be an array of { objectId, qualifier }`);
    const objectIds: string[] = [];
    for (const r of (e!.relationships ?? []) as { objectId?: unknown }[])
      if (r !== null && typeof r === 'object' && typeof r.objectId === 'string') objectIds.push(r.objectId);
    const p: Pending = {
      raw: {
        activity: e!.type as string,
        timestamp: e!.time as string,
        lifecycle: attr('lifecycle'),
        resource: attr('resource'),
        group: attr('group'),
      },
      objectIds,
      where,
    };
    if (objects > 0) flatten(p);
    else pending.push(p);
  };

  return {
    write(chunk) {
      if (failure) throw failure;
      let text = chunk;
      if (!started) {
        text = text.replace(/^\uFEFF/, '');
        const first = /\S/.exec(text);
        if (first === null) return;
        started = true;
        if (first[0] !== '{')
          fail(`${file}: expected an OCEL 2.0 JSON document (an object with "objects" and "events" arrays)`);
      }
      try {
        parser.write(text);
      } catch (err) {
        if (err instanceof LogReadError) throw err;
        fail(`${file}: not valid JSON${near()}: ${(err as Error).message}`);
      }
    },
    finish() {
      if (failure) throw failure;
      if (!started || !parser.isEnded)
        fail(`${file}: the JSON document ends too early${near()} (is the file complete?)`);
      if (objects === 0 || events === 0)
        fail(
          `${file}: expected an OCEL 2.0 document with "objects" and "events" arrays; found ${objects} objects and ${events} events`,
        );
      for (const p of pending) flatten(p);
      const read = collector.finish();
      if (undeclared.count > 0)
        read.warnings.push(
          `${undeclared.count} relationships name an object the document does not declare (first at ${undeclared.first}); they were left out`,
        );
      if (caseless.count > 0)
        read.warnings.push(
          `${caseless.count} events relate to no ${caseObjectType === undefined ? 'case' : `"${caseObjectType}"`} object and were left out (first at ${caseless.first})`,
        );
      return read;
    },
  };
}

/** readOcel(text, file, caseObjectType): a whole OCEL 2.0 document given as text. */
export function readOcel(text: string, file: string, caseObjectType?: string): ReadLog {
  const reader = ocelReader(file, caseObjectType);
  reader.write(text);
  return reader.finish();
}
