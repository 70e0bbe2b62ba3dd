// Results survive a reload, and past runs can be reopened: each finished run, comparison, sweep, selection or optimisation
// is kept in IndexedDB (through idb-keyval: reports of a few hundred kilobytes would not fit
// localStorage's few megabytes) with everything needed to reopen it: the scenario text, design
// and settings. The newest of each kind comes back on reload when the work is the same; the
// twelve most recent are listed in the Recent runs tab. Storage may be refused (private windows):
// then nothing is kept and the page says so once.
import { get, getMany, setMany } from 'idb-keyval';

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

// Saves one after another: each reads the lists and writes them back, and two at once (a run and a
// comparison finishing together) would each write a list without the other's result.
let saving: Promise<unknown> = Promise.resolve();

export function saveResult(r: SavedResult): Promise<string | null> {
  const next = saving.then(() => writeResult(r));
  saving = next;
  return next;
}

async function writeResult(r: SavedResult): Promise<string | null> {
  try {
    // Both lists in one write (setMany is one IndexedDB transaction): written one after the other, a
    // reload between the two brought the result back on the page but left it out of Recent runs.
    const [latest, recent] = await getMany<unknown>([latestKey, recentKey]);
    const newest = (latest as Partial<Record<ResultKind, SavedResult>> | undefined) ?? {};
    const listed = (recent as SavedResult[] | undefined) ?? [];
    await setMany([
      [latestKey, { ...newest, [r.kind]: r }],
      [recentKey, [r, ...listed.filter((x) => !(x.kind === r.kind && x.key === r.key))].slice(0, recentLimit)],
    ]);
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
