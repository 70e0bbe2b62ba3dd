/** Where a writer puts its text, chunk by chunk (a file, a download, a string in a test). */
export type TextSink = (chunk: string) => void;

/** A case-centric writer: events in the order they happen, a case closed when it leaves. */
export interface CaseLogWriter {
  event(e: import('../model/logEvent.js').LogEvent): void;
  /** The case will have no more events (formats that nest events by case may flush it). */
  closeCase(caseId: string): void;
  end(): void;
}

/** Collects a writer's output in memory (tests, the web page's small downloads). */
export function stringSink(): { sink: TextSink; text: () => string } {
  const parts: string[] = [];
  return { sink: (c) => void parts.push(c), text: () => parts.join('') };
}
