// The validation of a fit as a plain-text table (the CLI prints it; the fitted file carries it as comments).

import { formatIsoTime } from '../model/isoTime.js';
import type { FitValidation } from './validateFit.js';

const num = (x: number) =>
  !Number.isFinite(x) ? '-' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);

export function validationTable(v: FitValidation, offsetMin = 0): string {
  const head = v.heldOut
    ? `Validation on the held-out part of the log, ${formatIsoTime(v.split, offsetMin).slice(0, 10)} to ${formatIsoTime(v.end, offsetMin).slice(0, 10)} (fitted on the part before it),`
    : `In-sample validation (the log is shorter than 8 weeks), ${formatIsoTime(v.split, offsetMin).slice(0, 10)} to ${formatIsoTime(v.end, offsetMin).slice(0, 10)},`;
  const rows = v.rows.map((r) => [
    r.kpi,
    num(r.log),
    `${num(r.sim.mean)} ± ${num(r.sim.half)}`,
    `${num(r.pi[0])} .. ${num(r.pi[1])}`,
    r.verdict,
  ]);
  const header = ['figure', 'log', 'simulated (mean ± 95% CI)', '95% prediction interval', 'log is'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const within = v.rows.filter((r) => r.verdict === 'within').length;
  const judged = v.rows.filter((r) => r.verdict !== 'n/a').length;
  return (
    [
      head,
      `${v.replications} replications of the fitted scenario; the log's figure should fall in the prediction interval 95% of the time.`,
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      `${within} of ${judged} figures within their prediction interval.`,
    ].join('\n') + '\n'
  );
}
