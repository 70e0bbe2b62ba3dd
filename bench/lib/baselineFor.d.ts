// Types of baselineFor.js, for the tests (bench/ is JavaScript, not type-checked itself).
export interface RecordedBaseline {
  recorded: { cpu?: string; [field: string]: unknown };
  ratios: Record<string, number>;
}
export function recordedBaselines(doc: unknown): RecordedBaseline[];
export function baselineFor(
  doc: unknown,
  cpu: string,
): { ratios: Record<string, number>; cpu: string; matched: boolean } | null;
export function withBaseline(
  doc: unknown,
  entry: RecordedBaseline,
  note: string,
): { note: string; mode: 'ci'; machines: RecordedBaseline[] };
