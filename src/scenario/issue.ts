/** One problem found in a scenario file. `path` is dotted (`steps.review.serve.0.pool`); `message` says what was expected and what was found. */
export interface Issue {
  file: string;
  path: string;
  message: string;
  /** 1-based line in the file, when the path could be located in the source text. */
  line?: number;
  /** The variant whose changes produced this issue, when it came from validating a variant. */
  variant?: string;
}

/** "file: path: message", with the line as "file:12:" and the variant named when known. */
export function formatIssue(i: Issue): string {
  const where = i.line === undefined ? i.file : `${i.file}:${i.line}`;
  const variant = i.variant === undefined ? '' : ` variant "${i.variant}":`;
  const path = i.path === '' ? '' : ` ${i.path}:`;
  return `${where}:${variant}${path} ${i.message}`;
}
