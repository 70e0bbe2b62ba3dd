// POSIX-style path arithmetic for `extends`, without Node's path module (the browser uses this too).

/** `target` relative to the directory of `fromFile`, normalised; absolute targets are kept. */
export function resolvePath(target: string, fromFile: string): string {
  const base = target.startsWith('/') ? [] : fromFile.split('/').slice(0, -1);
  const out: string[] = [];
  const parts = [...base, ...target.split('/')];
  const absolute = (target.startsWith('/') || fromFile.startsWith('/')) as boolean;
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(p);
  }
  return (absolute ? '/' : '') + out.join('/');
}
