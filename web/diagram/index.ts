// The operating model as a picture: functions as lanes; steps, gates, forums and exits as
// nodes; routes as edges labelled with probabilities or conditions; pools and executives named.
// After a run the same picture carries the results: nodes shaded by utilisation, queue badges,
// and escalation edges as wide as their load.
export { drawDiagram, type DiagramOverlay } from './drawDiagram.js';
export { layoutModel, type Layout } from './layoutModel.js';
export { modelEdges, type Edge } from './modelEdges.js';
