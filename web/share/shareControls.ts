import { el } from '../dom/el.js';
import type { Store } from '../state/store.js';
import { downloadText } from './downloadText.js';
import { encodeShareLink } from './encodeShareLink.js';

/** "Download scenario" and "Copy link". The link is also shown in a field, for browsers without clipboard access. */
export function mountShareControls(host: HTMLElement, store: Store): void {
  const download = el('button', { type: 'button', 'data-testid': 'download' }, 'Download scenario');
  const copy = el('button', { type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
  const linkField = el('input', {
    type: 'text',
    readonly: true,
    class: 'link-field',
    'data-testid': 'share-link',
    'aria-label': 'Share link',
    hidden: true,
  });
  download.addEventListener('click', () => {
    const s = store.get();
    downloadText(
      s.file.split('/').pop() || 'scenario.yaml',
      s.text,
      /\.json$/i.test(s.file) ? 'application/json' : 'application/yaml',
    );
  });
  copy.addEventListener('click', async () => {
    const s = store.get();
    const r = encodeShareLink(
      {
        v: 1,
        file: s.file,
        text: s.text,
        variant: s.variant,
        seed: s.seed,
        replications: s.replications,
        warmup: s.warmup,
      },
      location,
    );
    if (!r.ok) {
      store.set({ notice: { kind: 'error', text: r.message } });
      return;
    }
    linkField.value = r.url;
    linkField.hidden = false;
    linkField.select();
    try {
      await navigator.clipboard.writeText(r.url);
      store.set({
        notice: {
          kind: 'info',
          text: `Link copied (${r.url.length.toLocaleString('en-US')} characters). Opening it restores this design and run settings.`,
        },
      });
    } catch {
      store.set({ notice: { kind: 'info', text: 'Copy the link from the field next to the buttons.' } });
    }
  });
  host.append(download, copy, linkField);
  const render = () => {
    const empty = store.get().text === '';
    download.disabled = empty;
    copy.disabled = empty;
  };
  store.subscribe(render);
  render();
}
