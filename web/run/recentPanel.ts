// The Recent runs tab: the last runs, comparisons and sweeps (kept in IndexedDB), each reopened
// with one click: its scenario text, design and settings come back, and its result with them.
import { clear, el } from '../dom/el.js';
import { loadText } from '../load/loadText.js';
import { recentResults, type SavedResult } from '../state/savedResults.js';
import type { Store } from '../state/store.js';
import type { Runner } from './runner.js';

export function mountRecentPanel(
  host: HTMLElement,
  store: Store,
  runner: Runner,
  show: (tab: string) => void,
): () => void {
  const list = el('ol', { class: 'recent', 'data-testid': 'recent-runs' });
  host.append(
    el(
      'p',
      { class: 'hint' },
      'Your last runs, comparisons, sweeps and selections, kept in this browser. Reopening one brings back its scenario, design, settings and result.',
    ),
    list,
  );
  const reopen = async (r: SavedResult) => {
    const ok = await loadText(store, r.file, r.text, {
      remember: true,
      fresh: true,
      variant: r.variant,
      seed: r.seed,
      replications: r.replications,
      warmup: r.warmup,
      notice: `Reopened: ${r.title}.`,
    });
    const loaded = store.get().loaded;
    if (!ok || !loaded) return;
    runner.restore(r.kind, r.json, r.key, loaded.model);
    show(r.kind === 'optimise' ? 'select' : r.kind);
  };
  const render = async () => {
    const items = await recentResults();
    clear(list);
    if (items.length === 0)
      list.append(
        el(
          'li',
          { class: 'hint' },
          'Nothing yet: results appear here when a run, comparison, sweep or selection finishes.',
        ),
      );
    for (const r of items) {
      const button = el('button', { type: 'button', 'data-testid': 'reopen' }, 'Reopen');
      button.addEventListener('click', () => void reopen(r));
      list.append(
        el(
          'li',
          {},
          el('strong', {}, r.title),
          ` — ${r.file}${r.variant ? ` (${r.variant})` : ''}, seed ${r.seed ?? 'default'}, ${new Date(r.at).toLocaleString()} `,
          button,
        ),
      );
    }
  };
  return () => void render();
}
