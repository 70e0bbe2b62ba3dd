// Cost per done item by design, stacked by cause (labour, idle labour, agent tasks, rework, escaped
// defects, and the customer costs: lost work, delay, SLA penalties, when a design has them), with
// the 95% CI of the total as an error bar.
import * as d3 from 'd3';
import { chartFrame, legend, palette } from './frame.js';

export interface CostStack {
  label: string;
  /** Per done item, by cause. */
  parts: Record<string, number>;
  total: { mean: number; lo: number; hi: number };
}

export const causeLabels: Record<string, string> = {
  labour: 'Labour',
  idleLabour: 'Idle labour',
  agentTasks: 'Agent tasks',
  rework: 'Rework',
  escapedDefects: 'Escaped defects',
  lostWork: 'Lost work',
  delay: 'Delay',
  slaPenalties: 'SLA penalties',
};

export function stackedCostChart(
  host: HTMLElement,
  o: { stacks: CostStack[]; currency: string; format: (v: number) => string },
): void {
  const f = chartFrame(host, {
    title: 'Cost per done item, by cause',
    xLabel: 'Design',
    yLabel: `Cost per done item (${o.currency})`,
    testId: 'chart-cost',
    width: 520,
    marginRight: 120,
  });
  // Causes no design has (most files price no delay) stay out of the stack and the legend.
  const causes = Object.keys(causeLabels).filter((c) => o.stacks.some((s) => (s.parts[c] ?? 0) !== 0));
  const x = d3
    .scaleBand()
    .domain(o.stacks.map((s) => s.label))
    .range([0, f.width])
    .padding(0.3);
  const top =
    d3.max(o.stacks, (s) =>
      Math.max(
        s.total.hi,
        d3.sum(causes, (c) => s.parts[c] ?? 0),
      ),
    ) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([f.height, 0]);
  f.plot.append('g').attr('transform', `translate(0,${f.height})`).call(d3.axisBottom(x));
  f.plot.append('g').call(
    d3
      .axisLeft(y)
      .ticks(5)
      .tickFormat((v) => o.format(Number(v))),
  );
  const series = d3
    .stack<CostStack>()
    .keys(causes)
    .value((s, c) => Math.max(0, s.parts[c] ?? 0))(o.stacks);
  f.plot
    .append('g')
    .selectAll('g')
    .data(series)
    .join('g')
    .attr('fill', (_, i) => palette[i])
    .attr('data-cause', (s) => s.key)
    .selectAll('rect')
    .data((s) => s.map((d) => ({ d, key: s.key })))
    .join('rect')
    .attr('class', 'bar')
    .attr('x', ({ d }) => x(d.data.label)!)
    .attr('width', x.bandwidth())
    .attr('y', ({ d }) => y(d[1]))
    .attr('height', ({ d }) => y(d[0]) - y(d[1]))
    .append('title')
    .text(({ d, key }) => `${d.data.label}, ${causeLabels[key]}: ${o.format(d[1] - d[0])} per done item`);
  const cx = (s: CostStack) => x(s.label)! + x.bandwidth() / 2;
  f.plot
    .append('g')
    .selectAll('path')
    .data(o.stacks)
    .join('path')
    .attr('class', 'error-bar')
    .attr(
      'd',
      (s) =>
        `M${cx(s) - 6},${y(s.total.lo)}H${cx(s) + 6}M${cx(s)},${y(s.total.lo)}V${y(s.total.hi)}M${cx(s) - 6},${y(s.total.hi)}H${cx(s) + 6}`,
    )
    .append('title')
    .text(
      (s) => `${s.label}: total ${o.format(s.total.mean)} (95% CI ${o.format(s.total.lo)} – ${o.format(s.total.hi)})`,
    );
  legend(
    { ...f, width: f.width + 115 },
    causes.map((c, i) => ({ label: causeLabels[c], colour: palette[i] })),
  );
}
