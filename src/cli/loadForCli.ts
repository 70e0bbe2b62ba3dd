import type { Model } from '../core/index.js';
import { decodeUtf8, formatIssue, loadScenario } from '../scenario/index.js';
import type { CliIo } from './cliIo.js';
import { UsageError } from './usageError.js';

export interface Loaded {
  file: string;
  text: string;
  doc: Extract<ReturnType<typeof loadScenario>, { ok: true }>['doc'];
  model: Model;
}

export function readText(io: CliIo, file: string): string {
  let content: string | Uint8Array;
  try {
    content = io.readFile(file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : ((err as Error).message ?? String(err));
    throw new UsageError(`${file}: cannot read the file (${why})`);
  }
  if (typeof content === 'string') return content;
  const decoded = decodeUtf8(content);
  if ('error' in decoded) throw new UsageError(`${file}: ${decoded.error}`);
  return decoded.text;
}

/** Reads and loads a scenario (optionally a variant of it); any issue becomes a UsageError listing them all. */
export function loadForCli(io: CliIo, file: string, variant: string | null = null, text = readText(io, file)): Loaded {
  if (variant !== null) {
    const names = variantNames(loadForCli(io, file, null, text).doc);
    if (!names.includes(variant)) {
      const known = names.length === 0 ? 'the file declares no variants' : `the file declares: ${names.join(', ')}`;
      throw new UsageError(`${file}: variants: no variant "${variant}"; ${known}`);
    }
  }
  const loaded = loadScenario(
    { file, text },
    { variant: variant ?? undefined, readFile: (p: string) => readText(io, p) },
  );
  if (!loaded.ok) throw new UsageError(loaded.issues.map(formatIssue).join('\n'), true);
  return { file, text, doc: loaded.doc, model: loaded.model };
}

/** Variant names in sorted order: the order of keys in a file never changes a result. */
export function variantNames(doc: { variants?: Record<string, unknown> }): string[] {
  return Object.keys(doc.variants ?? {}).sort();
}
