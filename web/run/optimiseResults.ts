// An optimisation's report drawn, the answer first: the best combination of the design's decisions
// and the guarantee in words, the decisions searched, how the space was searched (certified whole,
// or screened and its finalists certified), the screening's standings, then the certification as a
// selection is drawn, and the winner as a variant to paste or to save into the scenario.
import { el } from '../dom/el.js';
import type { Store } from '../state/store.js';
import type { Decision, KeepUpLimit, OptimiseReport } from '../../src/experiments/index.js';
import { formatInterval, formatMoney } from '../charts/format.js';
import { metricFormatter } from './metrics.js';
import { saveAsVariant } from './saveAsVariant.js';
import { drawSelect, selectWarnings } from './selectResults.js';
import { table } from './table.js';

/** A decision in words: `specialists (pools.specialists.headcount): 2, 3, 4, 5 or 6`. */
export function decisionText(d: Decision, description: string | undefined, currency: string): string {
  const values =
    d.values.length <= 6
      ? d.values.length === 1
        ? String(d.values[0])
        : `${d.values.slice(0, -1).join(', ')} or ${d.values[d.values.length - 1]}`
      : `${d.values[0]} to ${d.values[d.values.length - 1]} (${d.values.length} values)`;
  const price = d.costPerUnit > 0 ? `; ${formatMoney(d.costPerUnit, currency)} a week per unit` : '';
  return `${d.name}${description ? `, ${description}` : ''} (${d.param}): ${values}${price}`;
}

/** The winner as a variant: it extends the variant optimised (if one was), then sets each decision, as `rep.variant` says. */
export function winningVariant(
  rep: OptimiseReport,
  design: string | null,
): { description: string; extends?: string[]; changes: unknown[] } | null {
  if (rep.best === null) return null;
  const sets = rep.decisions.map((d) => ({ op: 'set', path: d.param, value: rep.best!.values[d.name] }));
  const description = `chosen by opsim optimise: ${rep.best.name}`;
  return design === null ? { description, changes: sets } : { description, extends: [design], changes: sets };
}

/** A combination as the tables name it: `authority = 0.99, specialists = 3`. */
function pointText(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([name, v]) => `${name} = ${v}`)
    .join(', ');
}

export function drawOptimise(
  out: HTMLElement,
  rep: OptimiseReport,
  store: Store,
  currency: string,
  descriptions: Record<string, string>,
  onKeepUp: ((limits: KeepUpLimit[]) => void) | null = null,
): void {
  const s = store.get();
  const decided = (s.loaded?.doc.decisions ?? {}) as Record<string, { description?: string }>;
  const fo = metricFormatter(rep.certification?.objective.key ?? 'costPerDone', currency);
  const verdict =
    rep.best === null
      ? rep.rule === 'infeasible'
        ? 'No combination selected: every finalist misses a limit.'
        : 'No combination leads yet.'
      : rep.rule === 'selected'
        ? `Best combination: ${pointText(rep.best.values)}.`
        : `Best so far: ${pointText(rep.best.values)}, with no guarantee.`;
  out.append(
    el(
      'section',
      { class: 'decision', 'data-testid': 'optimise-summary', 'aria-label': 'Optimisation' },
      el('h3', {}, rep.design === 'base' ? 'Optimisation' : `Optimisation of ${rep.design}`),
      el('p', { 'data-testid': 'optimise-verdict' }, el('strong', {}, verdict)),
      // Under the verdict rather than in the certification below, which a long screening table may push out of sight.
      (rep.certification === null ? null : selectWarnings(rep.certification, undefined, onKeepUp)) ?? '',
      // With a certification, its summary below states the guarantee.
      rep.certification === null ? el('p', { 'data-testid': 'optimise-guarantee' }, rep.guarantee) : '',
      el(
        'ul',
        { 'data-testid': 'optimise-decisions' },
        ...rep.decisions.map((d) => el('li', {}, decisionText(d, decided[d.name]?.description, currency))),
      ),
      el(
        'p',
        { 'data-testid': 'optimise-method' },
        rep.method === 'exhaustive'
          ? `${rep.designs} combinations, all certified at once by the selection below: the guarantee covers every one.`
          : `${rep.designs} combinations: screened with OCBA in ${rep.screening!.runs} runs (no stated confidence), then the best ${rep.finalists.length} certified by the selection below on fresh replications: the guarantee covers those finalists.`,
      ),
    ),
  );
  if (rep.screening !== null) {
    // Every combination screened, best first; a long list stays folded, as the CLI shows the top ten.
    const screened = rep.screening.designs;
    out.append(
      el(
        'details',
        { open: screened.length <= 10, 'data-testid': 'optimise-screening-box' },
        el('summary', {}, `Screening, best first (${screened.length} combinations, ${rep.screening.runs} runs)`),
        table(
          [
            ['Combination', 'Replications', 'Objective (mean ± 95% CI)', 'Within the limits'],
            ...screened.map((d) => [
              d.name,
              String(d.replications),
              formatInterval(d.objective, fo),
              d.apparentlyFeasible ? 'yes' : 'no',
            ]),
          ],
          { 'data-testid': 'optimise-screening', class: 'numbers small' },
        ),
      ),
    );
  }
  if (rep.certification !== null) {
    const certification = el('div', { 'data-testid': 'optimise-certification' });
    out.append(el('h3', {}, 'Certification'), certification);
    drawSelect(
      certification,
      { ...rep.certification, guarantee: rep.guarantee },
      currency,
      descriptions,
      undefined,
      true,
    );
  }
  const variant = winningVariant(rep, rep.design === 'base' ? null : rep.design);
  if (rep.variant === null || variant === null) return;
  const name = el('input', {
    type: 'text',
    size: 16,
    value: 'optimised',
    'data-testid': 'optimise-variant-name',
    'aria-label': 'Name of the new variant',
  });
  const save = el('button', { type: 'button', 'data-testid': 'optimise-save' }, 'Save as a variant');
  save.addEventListener('click', () => {
    void saveAsVariant(store, name.value.trim(), variant, `Saved ${rep.best!.name} as variant ${name.value.trim()}.`);
  });
  out.append(
    el('h3', {}, 'The winner as a variant'),
    el('pre', { 'data-testid': 'optimise-variant' }, rep.variant),
    el('div', { class: 'row' }, el('label', {}, 'Save it as ', name), save),
  );
}
