import {
  constraintText,
  keepUpLimits,
  keepUpValue,
  type SelectReport,
  selectionInfo,
} from '../../experiments/index.js';
import { formatCount, formatNumber } from './formatNumber.js';
import type { Cell, Table } from './table.js';

const labelOf = (key: string) => {
  const info = selectionInfo(key);
  return `${info.label}${info.unit === 'hours' ? ' (h)' : info.unit === 'per week' ? ' (/week)' : ''}`;
};

const cellOf = (key: string, ci: SelectReport['designs'][number]['objective']): Cell =>
  ci.n === 0 ? '-' : selectionInfo(key).unit === 'share' ? { ci, as: 'percent' } : { ci };

/** The lines above a select report's table: what was asked, what was chosen, and the guarantee. */
export function selectPreamble(r: SelectReport, width = 100): string {
  const pct = `${Number((r.confidence * 100).toPrecision(6))}%`;
  const p = r.procedure;
  const lines = [
    r.scenario,
    `seed ${r.seed}, horizon ${formatNumber(r.horizonHours)} h, warm-up ${formatNumber(r.warmup.hours)} h (${r.warmup.method})`,
    `objective: ${r.objective.direction} ${r.objective.label}, indifference zone ${formatNumber(r.delta)}, confidence ${pct}`,
  ];
  if (r.constraints.length > 0) lines.push(`constraints: ${r.constraints.map(constraintText).join('; ')}`);
  lines.push(
    `procedure: ${p.name === 'AK' ? 'feasibility check then KN (Andradóttir & Kim 2010; Kim & Nelson 2001)' : 'KN (Kim & Nelson 2001)'}, ` +
      `first stage ${p.firstStage}, batches of ${p.batch}, ${p.commonRandomNumbers ? 'common random numbers' : 'independent sampling'}; ` +
      `${formatCount(r.replications.used)} replications used (${formatCount(r.replications.simulated)} simulated)`,
    '',
    `Selected: ${r.selected ?? 'none'}`,
  );
  const warnings = contenderWarnings(r);
  if (warnings.length > 0) {
    lines.push(...warnings.map((w) => wrap(`! ${w}`, width, '  ')));
    // The way out of an overloaded pick, in the command's own syntax.
    const limits = keepUpLimits(r);
    if (limits.length > 0)
      lines.push(
        wrap(
          `To choose among designs that keep up, add ${limits.map((l) => `--constraint '${l.key}<=${keepUpValue(l)}'`).join(' ')} to the command.`,
          width,
        ),
      );
    lines.push('');
  }
  lines.push(wrap(r.guarantee, width));
  return lines.join('\n') + '\n\n';
}

/**
 * The warnings of the selected design, then of any other design still in contention, named: right under
 * the pick, since an overloaded design's means are not steady-state figures (its cost per done item
 * looks cheap while work piles up) and the guarantee says nothing of that.
 */
export function contenderWarnings(r: SelectReport): string[] {
  const selected = r.designs.filter((d) => d.name === r.selected);
  const others = r.designs.filter((d) => d.status === 'survivor');
  return [
    ...selected.flatMap((d) => d.warnings.map((w) => w.text)),
    ...others.flatMap((d) => d.warnings.map((w) => `${d.name} (still in contention): ${w.text}`)),
  ];
}

export function selectTables(r: SelectReport): Table[] {
  const keys = r.constraints.map((c) => c.key);
  return [
    {
      title: `Designs (mean ± 95% CI over the replications each used)`,
      // Figures in words, as the objective's: the keys (budgetUse:vp-support) are what the options take.
      columns: [
        'design',
        'status',
        labelOf(r.objective.key),
        ...keys.map(labelOf),
        'replications',
        'simulated',
        'reason',
      ],
      rows: r.designs.map((d) => [
        d.name,
        d.status,
        cellOf(r.objective.key, d.objective),
        ...keys.map((k) => cellOf(k, d.constraints[k])),
        String(d.replications),
        String(d.simulated),
        d.reason,
      ]),
    },
  ];
}

function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
