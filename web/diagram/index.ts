// The operating model as a picture: functions as lanes; steps, gates, forums and exits as
// nodes; routes as edges labelled with probabilities or conditions; pools and executives named.
// ELK's layered algorithm places boxes and routes arrows; this folder decides styles and labels.
// After a run the same picture carries the results: nodes shaded by utilisation, queue badges,
// and escalation edges as wide as their load.
export { drawDiagram, type DiagramOverlay } from './drawDiagram.js';
export { diagramGraph, type DiagramGraph } from './diagramGraph.js';
export { layoutDiagram, elkGraph, readElkLayout, type Layout } from './elkLayout.js';
export { variantChanges, type VariantChanges } from './variantChanges.js';
export { modelEdges, type Edge } from './modelEdges.js';
