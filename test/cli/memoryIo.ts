// An in-memory CliIo: files from a map, output captured, no TTY, in-process workers unless a test
// injects spawnWorker.
import type { CliIo } from '../../src/cli/cliIo.js';
import { main } from '../../src/cli/cli.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
  written: Record<string, string>;
}

export function memoryIo(
  files: Record<string, string | Uint8Array>,
  extra: Partial<CliIo> = {},
): CliIo & { out: string[]; err: string[]; written: Record<string, string> } {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  return {
    out,
    err,
    written,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => {
      const text = files[p] ?? written[p];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: (p, t) => {
      written[p] = t;
    },
    isTTY: false,
    cpus: 1,
    ...extra,
  };
}

export async function runCli(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  extra: Partial<CliIo> = {},
): Promise<Captured> {
  const io = memoryIo(files, extra);
  const code = await main(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), written: io.written };
}
