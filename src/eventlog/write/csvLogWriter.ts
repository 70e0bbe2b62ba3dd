// CSV with the XES standard's column names, one event a row, as PM4Py, Disco and Celonis import it.
// Item attributes follow case:type as case-level columns (case:risk, case:value), in the model's order.

import { formatIsoTime } from '../model/isoTime.js';
import type { LogEvent } from '../model/logEvent.js';
import type { CaseLogWriter, TextSink } from './logSink.js';

export const CSV_COLUMNS = [
  'case:concept:name',
  'case:type',
  'concept:name',
  'lifecycle:transition',
  'time:timestamp',
  'org:resource',
  'org:group',
] as const;

/** RFC 4180 quoting: only fields holding a comma, quote or line break are quoted. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLogWriter(sink: TextSink, attributes: readonly string[] = []): CaseLogWriter {
  const [caseId, caseType, ...rest] = CSV_COLUMNS;
  sink(`${[caseId, caseType, ...attributes.map((a) => `case:${a}`), ...rest].map(csvField).join(',')}\n`);
  return {
    event(e: LogEvent) {
      const row = [
        e.caseId,
        e.caseType ?? '',
        ...attributes.map((a) => {
          const v = e.caseAttributes?.[a];
          return v === undefined ? '' : String(v);
        }),
        e.activity,
        e.lifecycle,
        formatIsoTime(e.ms, e.offsetMin),
        e.resource ?? '',
        e.group ?? '',
      ];
      sink(`${row.map(csvField).join(',')}\n`);
    },
    closeCase() {},
    end() {},
  };
}
