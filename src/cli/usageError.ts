/** A problem with the user's input (arguments, scenario, shard files): exit 2 and print the message, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
