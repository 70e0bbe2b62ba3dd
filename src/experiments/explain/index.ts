// Explanations of a comparison: each headline move split into parts that add up to it (an
// accountant's bridge): mean cycle time into wait and service per node plus handoffs, cost per done
// item into causes, throughput into arrivals, losses and backlog growth, escalations into executives.
// Each part carries its paired interval; only significant parts moving the same way are named.
export { explainDifferences, fmt, type Explanation } from './explainDifferences.js';
export { decompose, type Contribution, type Decomposition } from './decompose.js';
export { metricParts, DECOMPOSED, type Parts } from './metricParts.js';
