import { formatIssue, loadScenario } from '../../scenario/index.js';
import type { CliIo } from '../cliIo.js';
import { readText } from '../loadForCli.js';

/** opsim validate: every issue as `file: path: message` (exit 2), or "ok". */
export function validateCommand(io: CliIo, file: string): number {
  const text = readText(io, file);
  const loaded = loadScenario({ file, text }, { readFile: (p: string) => readText(io, p) });
  if (loaded.ok) {
    io.stdout('ok\n');
    return 0;
  }
  io.stderr(loaded.issues.map((i) => `${formatIssue(i)}\n`).join(''));
  return 2;
}
