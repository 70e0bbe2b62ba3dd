// The Node code path the page must agree with byte for byte: `opsim run --json`, called through
// the CLI's main() with files served from memory and every job run in-process.
import { main } from '../../src/cli/index.js';

export async function cliRunJson(file: string, text: string, args: string[]): Promise<string> {
  return cliJson('run', file, text, args);
}

/** `opsim <command> <file> --json ...args`, for run, compare, sweep and select. */
export async function cliJson(
  command: 'run' | 'compare' | 'sweep' | 'select' | 'optimise',
  file: string,
  text: string,
  args: string[],
): Promise<string> {
  let out = '';
  let err = '';
  const code = await main([command, file, '--json', ...args], {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readFile: (path) => {
      if (path === file || path.endsWith(`/${file}`)) return text;
      throw new Error(`no file ${path}`);
    },
    writeFile: () => {
      throw new Error('not expected');
    },
    isTTY: false,
    cpus: 1,
  });
  if (code !== 0) throw new Error(`opsim ${command} exited with ${code}: ${err}`);
  return out;
}
