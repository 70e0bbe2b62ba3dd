// Deterministic elementary functions: log and exp ported from fdlibm, built from IEEE arithmetic
// only, so every JavaScript engine returns the same bits. The engine draws random variates with
// these rather than Math.log/Math.exp, whose last bit the spec leaves to each engine.
export { log } from './log.js';
export { exp } from './exp.js';
