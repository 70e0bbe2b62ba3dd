// The `opsim ...` command a tab shows under its button, so that what the page runs can be repeated
// with the CLI (on more cores, in a script). Compare and Select share it, so both spell the file,
// the designs, the seed and the warm-up the same way.

/** A word as a POSIX shell reads it back: quoted only when it needs to be. */
export const shellWord = (s: string): string => (/^[\w.:/@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** `opsim <command> <file name> <args...>`, each word quoted as the shell needs. */
export function cliLine(command: string, file: string, args: readonly string[]): string {
  return [`opsim ${command}`, ...[file.split('/').pop() || 'scenario.yaml', ...args].map(shellWord)].join(' ');
}

/**
 * `--variants a,b` for the designs picked (the base, null, left out), in the page's order; nothing when
 * every variant is picked, since the CLI then takes them all in the same order (by name).
 */
export function variantsArgs(picked: readonly (string | null)[], all: readonly string[]): string[] {
  const variants = picked.filter((d): d is string => d !== null);
  return variants.length === all.length ? [] : ['--variants', variants.join(',')];
}

/** `--seed` and, when the page sets one, `--warmup`: the settings every simulating command shares. */
export function seedWarmupArgs(settings: { seed: string; warmup: string | null }): string[] {
  return ['--seed', settings.seed, ...(settings.warmup === null ? [] : ['--warmup', settings.warmup])];
}
