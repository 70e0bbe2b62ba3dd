// Entry point of the `opsim` binary (bin/opsim.js imports this file): runs main with the real process.
import { main } from './cli.js';
import { nodeIo } from './nodeIo.js';

const io = nodeIo();
main(process.argv.slice(2), { ...io, exit: (code) => process.exit(code) }).catch((err: unknown) => {
  process.stderr.write(`opsim: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
