import { clear, el } from '../dom/el.js';

/**
 * The designs a comparison or a selection runs: the base (always) and a tick per variant, all ticked
 * at first. `picked()` is the base (null) then the ticked variants, in the order shown (by name).
 */
export function designChoices(testId: string, emptyHint: string) {
  const box = el('fieldset', { class: 'designs', 'data-testid': testId });
  let shown: string | null = null;
  return {
    element: box,
    /** Redraws the ticks when the variants changed (a new file, a saved variant); keeps them otherwise. */
    refresh(variants: readonly string[]): void {
      const sig = variants.join('\n');
      if (sig === shown) return;
      shown = sig;
      clear(box);
      box.append(
        el('legend', {}, 'Designs (the base is always included)'),
        el('label', {}, el('input', { type: 'checkbox', value: '', checked: true, disabled: true }), ' base'),
        ...variants.map((v) => el('label', {}, el('input', { type: 'checkbox', value: v, checked: true }), ` ${v}`)),
      );
      if (variants.length === 0) box.append(el('span', { class: 'hint' }, ` ${emptyHint}`));
    },
    picked(): (string | null)[] {
      const names = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) =>
        i.value === '' ? null : i.value,
      );
      return names.includes(null) ? names : [null, ...names];
    },
    /** Ticks exactly these variants (a kept result's designs). */
    setPicked(variants: readonly (string | null)[]): void {
      for (const i of box.querySelectorAll<HTMLInputElement>('input:not([disabled])'))
        i.checked = variants.includes(i.value);
    },
  };
}
