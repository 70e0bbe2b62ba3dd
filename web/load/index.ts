// Getting a scenario onto the page: the bundled files (which also serve `extends`), opening a
// file, drag and drop, pasting or editing text, and showing validation issues next to the lines
// they refer to. Every path in ends in `loadText`, which enforces the size limit and asks the
// scenario worker (scenarioService in a Web Worker, with a deadline) to validate and compile.
export { bundledScenarios, readBundled } from './bundled.js';
export { loadText } from './loadText.js';
export { mountLoadPanel } from './loadPanel.js';
export { mountIssuesView } from './issuesView.js';
export { callScenario } from './scenarioClient.js';
export { scenarioService, type ScenarioService, type LoadOutcome } from './scenarioService.js';
