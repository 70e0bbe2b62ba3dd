import type { Model } from '../core/index.js';
import { decodeUtf8, formatIssue, openScenario, type loadScenario } from '../scenario/index.js';
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
  return openForCli(io, file, text).design(variant);
}

/** A file opened once for several of its designs (see openScenario): `design` loads one, as loadForCli does. */
export interface OpenedForCli {
  readonly doc: Loaded['doc'];
  design(variant: string | null): Loaded;
}

export function openForCli(io: CliIo, file: string, text = readText(io, file)): OpenedForCli {
  const opened = openScenario({ file, text }, { readFile: (p: string) => readText(io, p) });
  if (!opened.ok) throw new UsageError(opened.issues.map(formatIssue).join('\n'), true);
  const { scenario } = opened;
  let base: Loaded | null = null;
  const design = (variant: string | null): Loaded => {
    if (variant === null) return (base ??= loaded(null));
    // A variant's file must load as a whole first: the base, with its sweep points, is part of it.
    design(null);
    return loaded(variant);
  };
  const loaded = (variant: string | null): Loaded => {
    if (variant !== null && !scenario.variants.includes(variant)) throw noVariant(file, variant, scenario.variants);
    const result = scenario.design(variant ?? undefined);
    if (!result.ok) throw new UsageError(result.issues.map(formatIssue).join('\n'), true);
    return { file, text, doc: result.doc, model: result.model };
  };
  return { doc: scenario.doc, design };
}

/**
 * The variants a command runs besides the base: those `--variants a,b` lists, in its order, or every
 * declared one (by name) without it. A name listed twice or not declared is a usage error.
 */
export function variantsOption(file: string, declared: readonly string[], option: string | undefined): string[] {
  const names =
    option === undefined
      ? [...declared]
      : option
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== '');
  // An empty value (`--variants ''`, a script's empty list) names nothing: say so, rather than
  // "the file declares no variants" further on, which is false when it declares some.
  if (option !== undefined && names.length === 0)
    throw new UsageError(
      `--variants: expected variant names separated by commas, found ${JSON.stringify(option)}; ${declaredText(declared)}`,
    );
  for (const [i, name] of names.entries()) {
    if (names.indexOf(name) !== i) throw new UsageError(`--variants: "${name}" is listed twice`);
    if (!declared.includes(name)) throw noVariant(file, name, declared);
  }
  return names;
}

function noVariant(file: string, name: string, declared: readonly string[]): UsageError {
  return new UsageError(`${file}: variants: no variant "${name}"; ${declaredText(declared)}`);
}

function declaredText(declared: readonly string[]): string {
  return declared.length === 0 ? 'the file declares no variants' : `the file declares: ${declared.join(', ')}`;
}
