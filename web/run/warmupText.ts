// The warm-up a report used, in words, shown with every result: a number read without its warm-up
// cannot be compared with the CLI's, or with a run made under another setting.
import { format } from 'd3';
import { formatDuration } from '../charts/format.js';
import type { WarmupInfo } from '../../src/experiments/index.js';

/** Hours as the CLI writes a warm-up: `36`, `52.78`, `2,184`; no unit conversion, so the two can be compared. */
export const formatHours = format(',.4~r');

export function warmupText(w: WarmupInfo): string {
  const hours = `Warm-up ${formatHours(w.hours)} h`;
  if (w.method === 'scenario') return `${hours} (the scenario's).`;
  if (w.method === 'fixed') return `${hours} (set in the run settings).`;
  const p = w.pilot;
  if (p === null) return `${hours} (auto, MSER-5).`;
  const n = p.truncatedBatches;
  const cut = n === 0 ? 'no batch cut' : n === 1 ? 'the first batch cut' : `the first ${n} batches cut`;
  return `${hours} (auto, MSER-5 on ${p.replications} pilot replication${p.replications === 1 ? '' : 's'}: ${p.samples} samples of work in progress, one every ${formatDuration(p.sampleEveryHours)}, in batches of ${p.batchSize}; ${cut}).`;
}
