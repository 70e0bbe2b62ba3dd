// Getting a scenario onto the page: the bundled files, opening a file, drag and drop, pasting
// text, and showing validation issues next to the lines they refer to. Every path in ends in
// `loadText`, which enforces the size limit and asks src/scenario to validate and compile.
export { bundledScenarios } from './bundled.js';
export { loadText } from './loadText.js';
export { mountLoadPanel } from './loadPanel.js';
export { mountIssuesView } from './issuesView.js';
