// XES (IEEE 1849) read as it streams in, with saxes (a maintained, namespace-aware SAX parser
// without Node dependencies). Elements are matched by local name, so "xes:event" in a file that
// binds a prefix reads like "event"; a byte-order mark is skipped.

import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { LogColumns } from './logColumns.js';
import { LogCollector, type ReadLog } from './logCollector.js';
import { LogReadError } from './logReadError.js';

export interface ChunkReader {
  write(chunk: string): void;
  finish(): ReadLog;
}

const ATTR_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

export function xesReader(columns: LogColumns, file: string): ChunkReader {
  const collector = new LogCollector();
  const parser = new SaxesParser({ xmlns: true, position: true });
  let sawLog = false;
  let depth = 0;
  let traceDepth = -1;
  let eventDepth = -1;
  let traceAttrs: Record<string, string> = {};
  /** The trace's <int> and <float> attributes: the case's numeric attributes. */
  let traceNumbers: Record<string, string> | undefined;
  let eventAttrs: Record<string, string> = {};
  let traces = 0;
  let eventsInTrace = 0;
  let firstChunk = true;
  let failure: LogReadError | null = null;
  const where = () => `${file}: line ${parser.line}`;

  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++;
    const name = tag.local;
    if (depth === 1) {
      if (name !== 'log')
        throw new LogReadError(`${where()}: the root element is <${tag.name}>, expected <log> (an XES file)`);
      sawLog = true;
      return;
    }
    if (name === 'trace' && depth === 2) {
      traceDepth = depth;
      traceAttrs = {};
      traceNumbers = undefined;
      traces++;
      eventsInTrace = 0;
    } else if (name === 'event' && traceDepth > 0 && depth === 3) {
      eventDepth = depth;
      eventAttrs = {};
      eventsInTrace++;
    } else if (ATTR_TAGS.has(name)) {
      const key = tag.attributes.key;
      const value = tag.attributes.value;
      const k = typeof key === 'string' ? key : key?.value;
      const v = typeof value === 'string' ? value : value?.value;
      if (k === undefined) return;
      if (eventDepth > 0 && depth === eventDepth + 1) eventAttrs[k] = v ?? '';
      else if (traceDepth > 0 && eventDepth < 0 && depth === traceDepth + 1) {
        traceAttrs[k] = v ?? '';
        if (name === 'int' || name === 'float') (traceNumbers ??= {})[k] = v ?? '';
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (eventDepth > 0 && depth === eventDepth && tag.local === 'event') {
      const caseId = traceAttrs[caseKey(columns)] ?? traceAttrs['concept:name'];
      collector.add(
        {
          caseId: caseId ?? `(trace ${traces})`,
          activity: eventAttrs[columns.activity],
          timestamp: eventAttrs[columns.timestamp],
          lifecycle: eventAttrs[columns.lifecycle],
          resource: eventAttrs[columns.resource],
          group: eventAttrs[columns.group],
          caseType: traceAttrs['type'] ?? traceAttrs[columns.type],
          caseAttributes: traceNumbers,
        },
        `${file}: line ${parser.line}: <event> ${eventsInTrace} of trace ${caseId ?? traces}`,
      );
      eventDepth = -1;
    } else if (traceDepth > 0 && depth === traceDepth && tag.local === 'trace') traceDepth = -1;
    depth--;
  });
  parser.on('error', (err) => {
    failure ??= new LogReadError(`${file}: not well-formed XML: ${err.message}`);
  });
  const check = () => {
    if (failure !== null) throw failure;
  };
  return {
    write(chunk) {
      let text = chunk;
      if (firstChunk) {
        text = text.replace(/^\uFEFF/, '');
        firstChunk = false;
      }
      try {
        parser.write(text);
      } catch (err) {
        if (err instanceof LogReadError) throw err;
        failure ??= new LogReadError(`${file}: not well-formed XML: ${(err as Error).message}`);
      }
      check();
    },
    finish() {
      try {
        parser.close();
      } catch (err) {
        failure ??= new LogReadError(`${file}: not well-formed XML: ${(err as Error).message}`);
      }
      check();
      if (!sawLog) throw new LogReadError(`${file}: no <log> element (expected an XES file)`);
      return collector.finish();
    },
  };
}

/** The trace attribute holding the case id: XES puts it in the trace's concept:name. */
function caseKey(columns: LogColumns): string {
  return columns.case.startsWith('case:') ? columns.case.slice(5) : columns.case;
}
