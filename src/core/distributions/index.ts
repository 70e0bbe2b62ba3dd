// Distributions: one sampler per file, all behind the Sampler interface (a function drawing one value),
// each bound at setup to its own stream. makeSampler turns a model Dist into a sampler.
export type { Sampler } from './sampler.js';
export { makeSampler, makeExclusiveSampler } from './makeSampler.js';
export { constant } from './constant.js';
export { exponential } from './exponential.js';
export { bufferedExponential } from './bufferedExponential.js';
export { bufferedSampler } from './bufferedSampler.js';
export { uniform } from './uniform.js';
export { triangular } from './triangular.js';
export { normal } from './normal.js';
export { lognormal } from './lognormal.js';
export { gamma, standardGamma } from './gamma.js';
export { beta } from './beta.js';
export { empirical } from './empirical.js';
export { standardNormal } from './standardNormal.js';
