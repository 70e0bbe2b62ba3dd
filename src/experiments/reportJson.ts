/**
 * reportJson(report): the report as JSON text, two-space indented with a final newline. Reports are
 * built with a fixed key order and carry no timestamps, so equal inputs give byte-identical text.
 */
export function reportJson(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
