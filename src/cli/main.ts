// Entry point of the `opsim` binary (bin/opsim.js imports this file): runs main with the real process.
import { main } from './cli.js';
import { nodeIo } from './nodeIo.js';

// A failed write to stdout (a full disk, a pipe whose reader has gone) does not throw where the
// report is written: the stream only errors. Its errors are collected here and reported at exit, so
// that a report that was not written never ends in silence with exit 0.
process.stdout.on('error', () => undefined);

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EPIPE: 'the program reading the output closed it',
  EBADF: 'the output is closed',
};

function writeFailure(err: Error & { code?: string }): string {
  const why =
    err.code !== undefined && Object.hasOwn(WRITE_FAILURES, err.code) ? WRITE_FAILURES[err.code] : err.message;
  return `could not write the output: ${why}${err.code === undefined ? '' : ` (${err.code})`}`;
}

// Exit only once stdout has flushed, so a large report piped to another program is never cut short.
const exit = (code: number) =>
  process.stdout.write('', (err) => {
    const failed = err ?? process.stdout.errored;
    if (failed) {
      process.stderr.write(`opsim: ${writeFailure(failed)}\n`);
      process.exit(code === 0 ? 1 : code);
    }
    process.exit(code);
  });

main(process.argv.slice(2), { ...nodeIo(), exit }).catch((err: unknown) => {
  process.stderr.write(`opsim: ${err instanceof Error ? err.message : String(err)}\n`);
  exit(1);
});
