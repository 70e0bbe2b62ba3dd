// Entry point of the `opsim` binary (bin/opsim.js imports this file): runs main with the real process.
import { main } from './cli.js';
import { nodeIo } from './nodeIo.js';

// Exit only once stdout has flushed, so a large report piped to another program is never cut short.
const exit = (code: number) => process.stdout.write('', () => process.exit(code));

main(process.argv.slice(2), { ...nodeIo(), exit }).catch((err: unknown) => {
  process.stderr.write(`opsim: ${err instanceof Error ? err.message : String(err)}\n`);
  exit(1);
});
