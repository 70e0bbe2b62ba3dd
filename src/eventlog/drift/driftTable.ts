// The drift report as text: one line per KPI and window, flagged lines marked, then a summary.

import type { DriftReport } from './driftCheck.js';

const num = (x: number) =>
  !Number.isFinite(x)
    ? '-'
    : Math.abs(x) >= 100
      ? x.toFixed(0)
      : Math.abs(x) >= 10
        ? x.toFixed(1)
        : Math.abs(x) >= 1
          ? x.toFixed(2)
          : x.toFixed(3);

export function driftTable(r: DriftReport): string {
  const header = ['figure', 'window', 'observed', 'prediction interval', 'status'];
  const rows = r.cells.map((c) => [
    c.kpi,
    `${r.windows[c.window].from.slice(0, 10)}..${r.windows[c.window].to.slice(0, 10)}`,
    num(c.observed),
    `${num(c.lo)} .. ${num(c.hi)}`,
    c.status === 'within' || c.status === 'n/a'
      ? c.status
      : `${c.status} by ${(100 * Math.abs(c.beyond)).toFixed(1)}% of the mean  <-- drift`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const summary = r.drift
    ? `Drift: ${r.flagged.join(', ')} outside the scenario's prediction interval.`
    : "No drift: every figure is within the scenario's prediction interval.";
  return (
    [
      `Observed log: ${r.observed.events.toLocaleString('en-US')} events of ${r.observed.cases.toLocaleString('en-US')} cases, ${r.observed.from.slice(0, 10)} to ${r.observed.to.slice(0, 10)}.`,
      `Against ${r.scenario}, design ${r.design}, seed ${r.seed}: ${r.windows.length} windows of ${r.windowHours} h, ${r.replications} simulated replications over the same dates.`,
      `Each interval is where one more simulated run would fall with probability ${(100 * (1 - r.perCell)).toFixed(3)}% (${(100 * r.alpha).toFixed(0)}% over all ${r.cells.length} figures, Bonferroni).`,
      '',
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      summary,
    ].join('\n') + '\n'
  );
}
