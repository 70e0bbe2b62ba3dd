// One event of a case-centric log, as the XES standard names its attributes: case:concept:name,
// concept:name, lifecycle:transition, time:timestamp, org:resource, org:group.

/** The XES lifecycle transitions opsim writes and reads; anything else is read as 'other'. */
export type Lifecycle = 'schedule' | 'start' | 'complete' | 'suspend' | 'resume' | 'other';

export const LIFECYCLES: readonly Lifecycle[] = ['complete', 'start', 'schedule', 'suspend', 'resume', 'other'];

export interface LogEvent {
  caseId: string;
  activity: string;
  lifecycle: Lifecycle;
  /** Milliseconds since 1970-01-01 UTC. */
  ms: number;
  /** Minutes from UTC of the local time the event was recorded in. */
  offsetMin: number;
  resource?: string;
  group?: string;
  /** The kind of work (opsim's item type), written as case:type. */
  caseType?: string;
  /** The case's numeric attributes (opsim's item attributes: risk, value...), the same for each of its events. */
  caseAttributes?: Readonly<Record<string, number>>;
}

export function lifecycleOf(text: string | undefined): Lifecycle {
  const t = (text ?? 'complete').trim().toLowerCase();
  return t === 'schedule' || t === 'start' || t === 'complete' || t === 'suspend' || t === 'resume'
    ? t
    : t === ''
      ? 'complete'
      : 'other';
}
