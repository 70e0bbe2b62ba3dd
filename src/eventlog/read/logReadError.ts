/** A log that cannot be read: the message names the row or element and what was expected. */
export class LogReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogReadError';
  }
}
