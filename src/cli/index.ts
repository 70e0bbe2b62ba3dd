// The `opsim` command line: run, validate, compare, sweep, merge. cli.ts parses arguments (commander)
// and calls the commands in ./commands with an injected CliIo; render/ turns reports into text, CSV and
// Markdown tables; nodeIo.ts is the only Node-specific file; main.ts is the binary.

export { main } from './cli.js';
export type { CliIo } from './cliIo.js';
export { UsageError } from './usageError.js';
