/**
 * A problem with the user's input (arguments, scenario, shard files): exit 2 and print the message, no
 * stack. `issues` errors are already formatted `file: path: message` lines and are printed as they are.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly issues = false,
  ) {
    super(message);
  }
}
