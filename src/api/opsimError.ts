import { formatIssue, type Issue } from '../scenario/index.js';

/**
 * The one error the library throws for something the caller can fix or must know: an invalid scenario
 * or option (`kind: 'invalid'`, every issue with its file, field path and, when known, line), shards
 * that cannot be merged (`'shard'`), or a simulation guard that tripped (`'limit'`). Cancellation through
 * an AbortSignal rejects with the signal's reason instead, as fetch does.
 */
export class OpsimError extends Error {
  override name = 'OpsimError';
  readonly kind: 'invalid' | 'shard' | 'limit';
  readonly issues: readonly Issue[];

  constructor(kind: OpsimError['kind'], issues: readonly Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.kind = kind;
    this.issues = issues;
  }
}

/** invalid(file, path, message): an OpsimError of one issue about the caller's input. */
export function invalid(file: string, path: string, message: string): OpsimError {
  return new OpsimError('invalid', [{ file, path, message }]);
}
