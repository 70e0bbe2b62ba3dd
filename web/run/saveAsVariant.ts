// A result's design saved into the scenario as `variants.<name>` (a swept point, an optimiser's
// winner), then opened, so Run, Compare and the CLI (`--variant <name>`) can use it at once.
import { callScenario } from '../load/scenarioClient.js';
import { loadText } from '../load/loadText.js';
import type { Store } from '../state/store.js';

const idPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Adds `variant` as `name` to the file in the page, keeping its comments, and opens it; a problem is a notice. */
export async function saveAsVariant(
  store: Store,
  name: string,
  variant: { description: string; extends?: string[]; changes: unknown[] },
  notice: string,
): Promise<void> {
  const s = store.get();
  if (!idPattern.test(name)) {
    store.set({
      notice: { kind: 'error', text: 'A variant name starts with a letter and has only letters, digits, - and _.' },
    });
    return;
  }
  const variants = (s.loaded?.baseDoc?.variants ?? {}) as Record<string, unknown>;
  const r = await callScenario('addVariant', s.text, s.file, name, variant, variants);
  if (!r.ok) {
    store.set({ notice: { kind: 'error', text: `Could not save the variant: ${r.message}` } });
    return;
  }
  await loadText(store, s.file, r.text, {
    remember: true,
    variant: name,
    seed: s.seed,
    replications: s.replications,
    warmup: s.warmup,
    notice,
  });
}

/** The changes of variant `design` in the file (none for the base), for a new variant that starts from that design. */
export function changesOf(baseDoc: Record<string, unknown>, design: string | null): unknown[] {
  if (design === null) return [];
  return (baseDoc.variants as Record<string, { changes?: unknown[] }> | undefined)?.[design]?.changes ?? [];
}
