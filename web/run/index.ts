// Running designs: the worker pool (one Web Worker per core; nothing simulates on the page's
// thread), the runner that turns the current scenario into jobs and reports with src/experiments
// (the same code the CLI uses, so the same seed and warm-up give the same report JSON), and the
// Run, Compare, Sweep and Over-time panels that show the results, each with the warm-up it used.
export { createRunner, type Runner, type RunnerState } from './runner.js';
export { createBrowserPool } from './browserPool.js';
