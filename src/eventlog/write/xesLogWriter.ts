// XES (IEEE 1849-2016): one <trace> per case with its <event>s, the standard extensions declared
// (concept, lifecycle, time, org) and each attribute in its XES type. Events arrive interleaved
// across cases, so a case's events wait in memory until it closes: memory grows with the work in
// progress, not with the length of the run.

import { formatIsoTime } from '../model/isoTime.js';
import type { LogEvent } from '../model/logEvent.js';
import type { CaseLogWriter, TextSink } from './logSink.js';

export function xmlAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
  <global scope="trace">
    <string key="concept:name" value="__INVALID__"/>
  </global>
  <global scope="event">
    <string key="concept:name" value="__INVALID__"/>
    <string key="lifecycle:transition" value="complete"/>
    <date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>
  </global>
  <classifier name="Activity" keys="concept:name"/>
  <classifier name="Activity and transition" keys="concept:name lifecycle:transition"/>
`;

function eventXml(e: LogEvent): string {
  let s = `    <event>\n      <string key="concept:name" value="${xmlAttr(e.activity)}"/>\n      <string key="lifecycle:transition" value="${e.lifecycle}"/>\n      <date key="time:timestamp" value="${formatIsoTime(e.ms, e.offsetMin)}"/>\n`;
  if (e.resource !== undefined) s += `      <string key="org:resource" value="${xmlAttr(e.resource)}"/>\n`;
  if (e.group !== undefined) s += `      <string key="org:group" value="${xmlAttr(e.group)}"/>\n`;
  return `${s}    </event>\n`;
}

export function xesLogWriter(sink: TextSink, logName: string): CaseLogWriter {
  sink(`${HEADER}  <string key="concept:name" value="${xmlAttr(logName)}"/>\n`);
  const open = new Map<string, { type?: string; attributes?: Readonly<Record<string, number>>; events: string[] }>();
  const flush = (caseId: string) => {
    const c = open.get(caseId);
    if (c === undefined) return;
    open.delete(caseId);
    let s = `  <trace>\n    <string key="concept:name" value="${xmlAttr(caseId)}"/>\n`;
    if (c.type !== undefined) s += `    <string key="type" value="${xmlAttr(c.type)}"/>\n`;
    for (const [name, v] of Object.entries(c.attributes ?? {}))
      s += `    <float key="${xmlAttr(name)}" value="${String(v)}"/>\n`;
    sink(s + c.events.join('') + '  </trace>\n');
  };
  return {
    event(e) {
      let c = open.get(e.caseId);
      if (c === undefined) open.set(e.caseId, (c = { type: e.caseType, attributes: e.caseAttributes, events: [] }));
      c.events.push(eventXml(e));
    },
    closeCase: flush,
    end() {
      for (const id of [...open.keys()]) flush(id);
      sink('</log>\n');
    },
  };
}
