// The messages between the page and the event-log worker: plain data both ways, errors as text.
// A drift check's replications run on the page's simulation workers: the event-log worker asks the
// page for them (MeasureRequest), and the page answers with what they measured (MeasureReply).
import type { DriftReport, MeasuredRun, WindowJob } from '../../src/eventlog/index.js';

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

/** The event-log worker asks the page to run drift's replications `jobs` for request `id`. */
export interface MeasureRequest {
  id: number;
  measure: number;
  jobs: WindowJob[];
}

/** The page's answer to MeasureRequest `measure`: results in job order, or why there are none. */
export interface MeasureReply {
  measure: number;
  results: (MeasuredRun | undefined)[];
  cancelled: boolean;
  error?: string;
}

export function isMeasureRequest(m: EventLogResponse | MeasureRequest): m is MeasureRequest {
  return 'measure' in m;
}
