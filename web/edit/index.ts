// Changing the design: a form of the key numbers (headcount, agent concurrency, error rates,
// costs, gate thresholds, review cadence, arrival rates), edits written into the scenario text
// (comments and layout kept), saving the edits as a new variant, and undo.
export { keyNumbers, type KeyNumber } from './keyNumbers.js';
export { setInText } from './setInText.js';
export { mountEditPanel } from './editPanel.js';
