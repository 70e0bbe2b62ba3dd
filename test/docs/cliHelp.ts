// The options each `opsim` command accepts, read from its own --help (so from the commander
// definitions in src/cli/cli.ts), for the tests that hold the docs to the CLI.
import { runCli } from '../cli/memoryIo.js';

export interface CliOption {
  /** `--max-replications` */
  name: string;
  /** The help's description, wrapped lines joined. */
  description: string;
  /** The default the help states, `(default 200)` or commander's `(default: "13w")`, without quotes. */
  default: string | undefined;
}

async function help(argv: string[]): Promise<string> {
  const r = await runCli([...argv, '--help'], {});
  if (r.code !== 0) throw new Error(`opsim ${argv.join(' ')} --help exited with ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Entries of a help section (`Options:` or `Commands:`), each with its wrapped lines joined. */
function entries(text: string, section: string): string[] {
  const lines = text.slice(text.indexOf(`${section}:\n`) + section.length + 2).split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (!line.startsWith(' ')) break;
    if (/^ {2}\S/.test(line)) out.push(line.trim());
    else out[out.length - 1] += ` ${line.trim()}`;
  }
  return out;
}

/** Every command but `help`, with its options (not `--help`). */
export async function cliCommands(): Promise<Map<string, CliOption[]>> {
  const commands = entries(await help([]), 'Commands')
    .map((e) => e.split(' ')[0])
    .filter((c) => c !== 'help');
  const out = new Map<string, CliOption[]>();
  for (const command of commands) {
    const options = entries(await help([command]), 'Options')
      .map((e) => {
        const m = /^(?:-\w, )?(--[\w-]+)(?: <[^>]*>| \[[^\]]*\])?\s+(.*)$/.exec(e)!;
        const stated = /\(default:? "?([^)"]*)"?\)/.exec(m[2]);
        return { name: m[1], description: m[2], default: stated?.[1] };
      })
      .filter((o) => o.name !== '--help');
    out.set(command, options);
  }
  return out;
}
