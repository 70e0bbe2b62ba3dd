// OCEL 2.0 JSON (ocel-standard.org): object types, event types, objects, events. An event relates
// to every object it touches, with a qualifier. The document puts all objects before all events,
// so a streaming writer is told the objects first and then the events (the simulation export runs
// the replication twice to do that: the engine is deterministic, so both passes see the same run).

import { formatIsoTime } from '../model/isoTime.js';
import type { TextSink } from './logSink.js';

export interface OcelType {
  name: string;
  attributes: { name: string; type: 'string' | 'integer' | 'float' | 'boolean' | 'time' }[];
}

export interface OcelEventOut {
  id: string;
  type: string;
  ms: number;
  offsetMin: number;
  attributes: { name: string; value: string }[];
  relationships: { objectId: string; qualifier: string }[];
}

export interface OcelWriter {
  /** An object; attribute values are written as text, typed by its object type's declaration. */
  object(id: string, type: string, attributes?: { name: string; time: string; value: string }[]): void;
  /** Call once, after the last object. */
  beginEvents(): void;
  event(e: OcelEventOut): void;
  end(): void;
}

export function ocelWriter(sink: TextSink, objectTypes: OcelType[], eventTypes: OcelType[]): OcelWriter {
  sink(`{"objectTypes":${JSON.stringify(objectTypes)},\n"eventTypes":${JSON.stringify(eventTypes)},\n"objects":[`);
  let first = true;
  const sep = () => {
    const s = first ? '\n' : ',\n';
    first = false;
    return s;
  };
  return {
    object(id, type, attributes = []) {
      sink(`${sep()}${JSON.stringify({ id, type, attributes, relationships: [] })}`);
    },
    beginEvents() {
      sink('],\n"events":[');
      first = true;
    },
    event(e) {
      sink(
        `${sep()}${JSON.stringify({ id: e.id, type: e.type, time: formatIsoTime(e.ms, e.offsetMin), attributes: e.attributes, relationships: e.relationships })}`,
      );
    },
    end() {
      sink(']}\n');
    },
  };
}
