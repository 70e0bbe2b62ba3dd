import { readWarmup, type WarmupOption } from '../experiments/index.js';
import { UsageError } from './usageError.js';
import { PERIOD_KINDS, type PeriodKind } from '../scenario/index.js';

/**
 * Largest count an option takes (replications, workers): the scenario format's limit on replications,
 * so that `--replications 1e9` is refused at once rather than queued.
 */
export const MAX_COUNT = 100_000;

export function parseCount(option: string, text: string | undefined, min = 1): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${option}: expected a whole number >= ${min}, got "${shortText(text)}"`);
  if (n > MAX_COUNT)
    throw new UsageError(
      `${option}: expected at most ${MAX_COUNT.toLocaleString('en-US')} (the limit), got ${n.toLocaleString('en-US')}`,
    );
  return n;
}

const shortText = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** "--precision 5%" or "0.05" => 0.05. */
export function parsePrecision(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.trim();
  const value = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new UsageError(
      `--precision: expected a share of the mean such as 5% or 0.05 (between 0 and 100%), got "${text}"`,
    );
  }
  return value;
}

/** "--warmup auto" | a duration such as "2w" | absent; the rules live in src/experiments, shared with the web page. */
export function parseWarmup(text: string | undefined, horizonHours: number): WarmupOption {
  const r = readWarmup(text, horizonHours);
  if ('error' in r) throw new UsageError(`--warmup: ${r.error}`);
  return r.warmup;
}

export function outputFormat(opts: { json?: boolean; csv?: boolean; md?: boolean }): 'json' | 'csv' | 'md' | 'text' {
  const chosen = (['json', 'csv', 'md'] as const).filter((f) => opts[f]);
  if (chosen.length > 1)
    throw new UsageError(`choose one output format, got ${chosen.map((f) => `--${f}`).join(' and ')}`);
  return chosen[0] ?? 'text';
}

/** "--periods week|month|quarter" | absent: figures per calendar period as well as for the whole window. */
export function parsePeriods(text: string | undefined): PeriodKind | undefined {
  if (text === undefined) return undefined;
  if ((PERIOD_KINDS as readonly string[]).includes(text)) return text as PeriodKind;
  throw new UsageError(`--periods: expected week, month or quarter, got "${text}"`);
}
