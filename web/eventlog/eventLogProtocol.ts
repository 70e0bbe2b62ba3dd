// The messages between the page and the event-log worker: plain data both ways, errors as text.
import type { DriftReport } from '../../src/eventlog/index.js';

export type EventLogRequest =
  | {
      id: number;
      kind: 'export';
      file: string;
      scenarioText: string;
      variant: string | null;
      seed: string | number;
      replication: number;
      format: 'csv' | 'xes' | 'ocel';
    }
  | {
      id: number;
      kind: 'drift';
      file: string;
      scenarioText: string;
      variant: string | null;
      seed: string | number;
      logName: string;
      logText: string;
      windowHours: number;
      replications: number;
    };

export type EventLogResponse =
  | { id: number; ok: true; kind: 'export'; text: string }
  | { id: number; ok: true; kind: 'drift'; report: DriftReport; table: string; warnings: string[] }
  | { id: number; ok: false; message: string };
