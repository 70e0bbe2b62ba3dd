// The report as a plain-text table (terminal) and as Markdown (bench/results/latest.md, and the
// source of the Performance table in README.md). Both come from the same rows.
import { fmt, pct, mb } from './runBench.js';

const si = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));

function keyFigure(r) {
  const c = r.checks[0];
  if (!c) return '';
  if (c.exact === undefined) return r.checks.map((k) => `${k.figure} ${k.ok ? 'yes' : 'NO'}`).join(', ');
  return `${c.figure} ${fmt(c.value)} (exact ${fmt(c.exact)} ±${pct(c.tolerance)})`;
}

export function reportRows(report) {
  const header = [
    'workload',
    'items',
    'events/s',
    'items/s',
    'ms/rep',
    'peak heap MB',
    'ceiling /s',
    'ratio',
    report.mode === 'ci' ? 'baseline' : 'target',
    'key figure',
    'status',
  ];
  const rows = report.results.map((r) => {
    if (r.skipped) return [r.workload, '', '', '', '', '', '', '', '', `skipped: ${r.skipped}`, 'skip'];
    if (r.error) return [r.workload, '', '', '', '', '', '', '', '', r.error.split('\n')[0].slice(0, 80), 'ERROR'];
    const e = r.engine;
    const ceilingRate =
      r.ratioBasis === 'items' ? `${si(r.ceiling.itemsPerSec)} items` : `${si(r.ceiling.eventsPerSec)} ev`;
    const ok = r.checks.every((c) => c.ok) && (r.baselineRatio === undefined || r.ratio >= r.baselineRatio * 0.75);
    const ref =
      report.mode === 'ci'
        ? (r.baselineRatio?.toFixed(3) ?? '-')
        : r.target
          ? `>= ${r.target.toFixed(2)} ${r.ratio >= r.target ? 'met' : 'not met'}`
          : '-';
    return [
      r.workload,
      si(e.items),
      si(e.eventsPerSec),
      si(e.itemsPerSec),
      e.msPerReplication.toFixed(1),
      mb(e.peakHeapBytes),
      ceilingRate,
      `${r.ratio.toFixed(3)} (${r.ratioBasis === 'items' ? 'time' : 'events/s'})`,
      ref,
      keyFigure(r),
      ok ? 'ok' : 'FAIL',
    ];
  });
  return { header, rows };
}

/** Which processor's baseline a CI run was judged against (bench/lib/baselineFor.js). */
function baselineLines(report) {
  const b = report.baseline;
  if (!b) return [];
  return [
    b.matched
      ? `baseline: the one recorded on this processor (${b.cpu})`
      : `baseline: none recorded on ${report.machine.cpu}; each ratio judged against the lowest recorded (${b.cpu})`,
  ];
}

function derivedLines(report) {
  return (report.derived ?? []).map((d) => {
    const ref =
      report.mode === 'ci'
        ? `baseline ${d.baselineRatio?.toFixed(3) ?? '-'}`
        : `target >= ${d.target} ${d.value >= d.target ? 'met' : 'not met'}`;
    return `${d.label}: ${d.value.toFixed(3)} (${ref})`;
  });
}

function memoryLines(report) {
  const m = report.memory;
  if (!m) return [];
  return m.runs
    .map((run) =>
      run.error
        ? `M/M/1 memory run failed: ${run.error.split('\n')[0]}`
        : `M/M/1 ${si(run.items)} items: peak live heap ${mb(run.peakLiveHeapBytes)} MB (before the run ${mb(run.baselineHeapBytes)} MB; peak before collection ${mb(run.peakUsedHeapBytes)} MB; ${run.samples} samples)`,
    )
    .concat(
      m.growth === null
        ? []
        : [
            `peak live heap growth from the short to the long run: ${pct(m.growth)} (limit ${pct(m.limit)}) ${m.ok ? 'ok' : 'FAIL'}`,
          ],
    );
}

export function formatText(report) {
  const { header, rows } = reportRows(report);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  const m = report.machine;
  return [
    `opsim bench (${report.mode}) ${report.date}  node ${m.node}, ${m.cpu}, ${m.cores} cores, load average ${m.loadAverage?.join(' ') ?? '?'}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...baselineLines(report),
    ...derivedLines(report),
    ...memoryLines(report),
    '',
    ...(report.failures.length ? ['FAILURES:', ...report.failures.map((f) => `  - ${f}`)] : ['all checks passed']),
  ].join('\n');
}

function checkRows(report) {
  const rows = [];
  for (const r of report.results) {
    for (const c of r.checks ?? []) {
      if (c.exact === undefined)
        rows.push(`| ${r.workload} | ${c.label} | ${c.value ? 'yes' : 'no'} | | | | ${c.ok ? 'ok' : 'FAIL'} |`);
      else
        rows.push(
          `| ${r.workload} | ${c.label} | ${fmt(c.value)} | ${fmt(c.exact)} | ${c.relError === null ? '' : pct(c.relError)} | ±${pct(c.tolerance)} | ${c.ok ? 'ok' : 'FAIL'} |`,
        );
    }
  }
  if (rows.length === 0) return [];
  return [
    'Key figures of the engine (last measured run):',
    '',
    '| workload | figure | value | exact | error | tolerance | |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

export function formatMarkdown(report) {
  const { header, rows } = reportRows(report);
  const m = report.machine;
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [
    `# opsim benchmark (${report.mode})`,
    '',
    `${report.date}, Node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.platform}, load average ${m.loadAverage?.join(' ') ?? '?'}. Seed \`${report.seed}\`.`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
    '',
    ...baselineLines(report).map((l) => `- ${l}`),
    ...derivedLines(report).map((l) => `- ${l}`),
    ...memoryLines(report).map((l) => `- ${l}`),
    '',
    ...checkRows(report),
    ...(report.failures.length
      ? ['**Failures**', '', ...report.failures.map((f) => `- ${esc(f)}`)]
      : ['All checks passed.']),
    '',
  ].join('\n');
}
