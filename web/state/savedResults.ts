// Results survive a reload, and past runs can be reopened: each finished run, comparison, sweep, selection or optimisation
// is kept in IndexedDB (through idb-keyval: reports of a few hundred kilobytes would not fit
// localStorage's few megabytes) with everything needed to reopen it: the scenario text, design
// and settings. The newest of each kind comes back on reload when the work is the same; the
// twelve most recent are listed in the Recent runs tab. Storage may be refused (private windows):
// then nothing is kept and the page says so once.
import { get, set } from 'idb-keyval';

export type ResultKind = 'run' | 'compare' | 'sweep' | 'select' | 'optimise';

export interface SavedResult {
  kind: ResultKind;
  /** The runner's key for the work it was made from (file, text, variant, seed, replications, warm-up). */
  key: string;
  json: string;
  /** ISO time it finished (wall clock: this is the page, not the engine). */
  at: string;
  title: string;
  file: string;
  text: string;
  variant: string | null;
  seed: string | null;
  replications: number | null;
  warmup: string | null;
}

const latestKey = 'opsim:results:latest:v1';
const recentKey = 'opsim:results:recent:v1';
export const recentLimit = 12;

export async function saveResult(r: SavedResult): Promise<string | null> {
  try {
    const latest = (await get<Partial<Record<ResultKind, SavedResult>>>(latestKey)) ?? {};
    await set(latestKey, { ...latest, [r.kind]: r });
    const recent = (await get<SavedResult[]>(recentKey)) ?? [];
    await set(recentKey, [r, ...recent.filter((x) => !(x.kind === r.kind && x.key === r.key))].slice(0, recentLimit));
    return null;
  } catch {
    return 'The browser refused to store results; they will not survive a reload.';
  }
}

export async function latestResults(): Promise<Partial<Record<ResultKind, SavedResult>>> {
  try {
    return (await get<Partial<Record<ResultKind, SavedResult>>>(latestKey)) ?? {};
  } catch {
    return {};
  }
}

export async function recentResults(): Promise<SavedResult[]> {
  try {
    return (await get<SavedResult[]>(recentKey)) ?? [];
  } catch {
    return [];
  }
}
