// A short guide on the first visit: what the page is for and the four steps of a decision. It is
// dismissed once and stays dismissed (localStorage); "Guide" in the header brings it back.
import { el } from '../dom/el.js';

const key = 'opsim:guide-dismissed';

export function mountFirstVisitGuide(host: HTMLElement): void {
  const close = el('button', { type: 'button', 'data-testid': 'guide-close' }, 'Got it');
  const box = el(
    'section',
    { class: 'guide', 'data-testid': 'guide', 'aria-label': 'How to use this page' },
    el('h2', {}, 'Compare operating models before you change the company'),
    el(
      'ol',
      {},
      el(
        'li',
        {},
        el('strong', {}, 'Design'),
        ': pick a bundled company (or open your own file) and read its diagram: functions, steps, gates, who decides.',
      ),
      el(
        'li',
        {},
        el('strong', {}, 'Change'),
        ': edit the key numbers (on the left, or below on a phone: headcount, thresholds, budgets) and save them as a variant.',
      ),
      el(
        'li',
        {},
        el('strong', {}, 'Compare'),
        ': run the base and its variants under the same random numbers; the decision summary says which is best and whether it is significant.',
      ),
      el(
        'li',
        {},
        el('strong', {}, 'Take it away'),
        ': every table exports to CSV, every chart to SVG or PNG, Print report makes a board-pack page, Copy link shares the whole design.',
      ),
    ),
    close,
  );
  let dismissed = false;
  try {
    dismissed = localStorage.getItem(key) === '1';
  } catch {
    // Storage disabled: show the guide, it simply cannot stay dismissed.
  }
  box.hidden = dismissed;
  close.addEventListener('click', () => {
    box.hidden = true;
    try {
      localStorage.setItem(key, '1');
    } catch {
      // as above
    }
  });
  host.append(box);
}
