import { el } from '../dom/el.js';

export interface Tab {
  id: string;
  label: string;
  panel: HTMLElement;
}

/** Accessible tabs; the chosen one is remembered in `data-active` for tests and styles. */
export function mountTabs(
  host: HTMLElement,
  tabs: Tab[],
  onShow: (id: string) => void = () => {},
): (id: string) => void {
  const bar = el('div', { role: 'tablist', class: 'tabs' });
  const buttons = tabs.map((t) => {
    const b = el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}`, 'data-tab': t.id },
      t.label,
    );
    b.addEventListener('click', () => show(t.id));
    return b;
  });
  bar.append(...buttons);
  // Arrow keys move between tabs, as in every tab list.
  bar.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next.focus();
    show(next.dataset.tab!);
  });
  host.append(bar);
  for (const t of tabs) {
    t.panel.id = `panel-${t.id}`;
    t.panel.setAttribute('role', 'tabpanel');
    t.panel.setAttribute('aria-labelledby', `tab-${t.id}`);
    t.panel.classList.add('panel');
    host.append(t.panel);
  }
  function show(id: string) {
    tabs.forEach((t, i) => {
      const on = t.id === id;
      t.panel.hidden = !on;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
    });
    host.setAttribute('data-active', id);
    onShow(id);
  }
  show(tabs[0].id);
  return show;
}
