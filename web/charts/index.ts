// Charts, one per file, drawn with d3 into a host element. Each has a title, axis labels with
// units, a legend when it shows more than one series, and tooltips (SVG <title>, so they work
// without script and cannot carry markup). Numbers are formatted by format.ts.
export { ciBarChart, type CiBar } from './ciBarChart.js';
export { stackedCostChart } from './stackedCostChart.js';
export { groupedCiChart } from './groupedCiChart.js';
export { sweepLineChart } from './sweepLineChart.js';
export { paretoScatter } from './paretoScatter.js';
export { timeSeriesChart } from './timeSeriesChart.js';
export * from './format.js';
export { periodChart, type PeriodSeries } from './periodChart.js';
