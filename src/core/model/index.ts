// The Model contract: the compiled model the engine runs (model.ts), and the few pure functions of
// it that the layer compiling and checking it needs as well, so that a condition's comparison or a
// distribution's mean has one meaning. Nothing here runs the engine: src/scenario may import this
// entry for values, and the page's main bundle stays free of the engine.
export type * from './model.js';
export { compareOp } from './compareOp.js';
export { distMean } from './distMean.js';
