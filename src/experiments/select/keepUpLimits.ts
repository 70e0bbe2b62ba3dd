import { WARN } from '../warnings.js';
import type { SelectReport } from './selectReport.js';

/** An upper limit on a selection figure (a share): `key <= limit`. */
export interface KeepUpLimit {
  key: string;
  limit: number;
}

/**
 * The limits that would keep the selected design's overload out of the choice: one per pool busy
 * above WARN.poolUtilisation and per executive above WARN.budgetUse, and one on the share of arrivals
 * lost above WARN.lostShare (its warnings), unless the selection already limits that figure. A
 * selection ranks on its objective alone, so a design whose cost per done item is low because its
 * people cannot keep up is a legitimate winner; these limits ask for one that keeps up. The CLI prints
 * them as --constraint options, the page in words.
 */
export function keepUpLimits(r: SelectReport): KeepUpLimit[] {
  const selected = r.designs.find((d) => d.name === r.selected);
  if (selected === undefined) return [];
  const limited = new Set(r.constraints.map((c) => c.key));
  const out: KeepUpLimit[] = [];
  for (const w of selected.warnings) {
    const figure =
      w.kind === 'poolSaturated'
        ? { key: `utilisation:${w.subjects[0]}`, limit: WARN.poolUtilisation }
        : w.kind === 'executiveOverBudget'
          ? { key: `budgetUse:${w.subjects[0]}`, limit: WARN.budgetUse }
          : w.kind === 'workLost'
            ? { key: 'lostShare', limit: WARN.lostShare }
            : null;
    if (figure !== null && !limited.has(figure.key)) out.push(figure);
  }
  return out;
}

/** The limit as a --constraint takes it ("95%"), for the CLI's line and the page's form alike. */
export function keepUpValue(l: KeepUpLimit): string {
  return `${Number((l.limit * 100).toPrecision(6))}%`;
}
