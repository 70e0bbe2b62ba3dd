// The test support kit: the one way the tests load a scenario (or fail with its issues), run
// replications with the suite's seed convention, take a Student-t interval, check Little's law and
// per-station figures of queueing networks, build models (or one-step scenario texts) by hand, and
// move a document's pool prices on its timeline.
// Suites import from here rather than from each other, so a convention changes in one place.
export * from './bundledScenarios.js';
export * from './confidence.js';
export * from './load.js';
export * from './modelBuilder.js';
export * from './movingPrices.js';
export * from './oneStepScenario.js';
export * from './queueingChecks.js';
export * from './replicate.js';
export * from './reviewModel.js';
