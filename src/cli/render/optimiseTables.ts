import type { OptimiseReport } from '../../experiments/index.js';
import { formatCount, formatNumber } from './formatNumber.js';
import { selectPreamble, selectTables } from './selectTables.js';
import type { Table } from './table.js';

/** The lines above an optimise report's tables: the space searched, the pick and its guarantee. */
export function optimisePreamble(r: OptimiseReport): string {
  const lines = [
    r.design === 'base' ? r.scenario : `${r.scenario} — ${r.design}`,
    `decisions: ${r.decisions.map((d) => `${d.name} (${d.param}) in ${d.values.length === 1 ? d.values[0] : `${d.values[0]}..${d.values[d.values.length - 1]}`}${d.costPerUnit > 0 ? `, ${formatNumber(d.costPerUnit)}/week per unit` : ''}`).join('; ')}`,
    `${r.designs} designs; ${r.method === 'exhaustive' ? 'all certified by select' : `screened by OCBA (${formatCount(r.screening!.runs)} runs), ${r.finalists.length} finalists certified by select`}`,
  ];
  const head = lines.join('\n') + '\n';
  if (r.certification === null) return `${head}\nBest so far: ${r.best?.name ?? 'none'}\n${r.guarantee}\n\n`;
  // The certification's own preamble, without the scenario's name already printed above.
  return (
    head +
    selectPreamble({ ...r.certification, guarantee: r.guarantee })
      .split('\n')
      .slice(1)
      .join('\n')
  );
}

export function optimiseTables(r: OptimiseReport, full: boolean): Table[] {
  const tables: Table[] = [];
  if (r.screening !== null) {
    const shown = full ? r.screening.designs : r.screening.designs.slice(0, 10);
    tables.push({
      title: `Screening (best first${shown.length < r.screening.designs.length ? `; top ${shown.length} of ${r.screening.designs.length}` : ''}; mean ± 95% CI)`,
      columns: ['design', 'replications', 'objective', 'within limits'],
      rows: shown.map((d) => [
        d.name,
        String(d.replications),
        { ci: d.objective },
        d.apparentlyFeasible ? 'yes' : 'no',
      ]),
    });
  }
  if (r.certification !== null) tables.push(...selectTables(r.certification));
  return tables;
}

/** The winning design as a variant to paste into the file, for text and Markdown. */
export function optimiseVariant(r: OptimiseReport, format: 'text' | 'md'): string {
  if (r.variant === null) return '';
  const title = 'Winning design as a variant (paste under variants: in the scenario file)';
  return format === 'md' ? `\n### ${title}\n\n\`\`\`yaml\n${r.variant}\`\`\`\n` : `\n${title}\n${r.variant}`;
}
