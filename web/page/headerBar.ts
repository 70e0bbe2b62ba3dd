// The bar at the top: load controls, share controls, undo, and the status line.
import { el } from '../dom/el.js';
import { mountLoadPanel } from '../load/loadPanel.js';
import type { Store } from '../state/store.js';
import { mountShareControls } from '../share/shareControls.js';

export function mountHeaderBar(host: HTMLElement, store: Store, onUndo: () => void): void {
  const load = el('div', { class: 'group' });
  mountLoadPanel(load, store);
  const share = el('div', { class: 'group' });
  mountShareControls(share, store);
  const undoButton = el(
    'button',
    { type: 'button', 'data-testid': 'undo', title: 'Undo the last load or edit' },
    'Undo',
  );
  undoButton.addEventListener('click', onUndo);
  const print = el(
    'button',
    { type: 'button', 'data-testid': 'print', title: 'Print this tab as a report (or save it as PDF)' },
    'Print report',
  );
  print.addEventListener('click', () => window.print());
  const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'status' });
  host.append(el('h1', {}, 'opsim'), load, share, undoButton, print, status);
  const render = () => {
    const s = store.get();
    undoButton.disabled = s.history.length === 0;
    status.textContent = s.notice?.text ?? '';
    status.className = `status ${s.notice?.kind ?? ''}`;
  };
  store.subscribe(render);
  render();
}
