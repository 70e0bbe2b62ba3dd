/** Draws one value per call. Samplers are created once at setup, each bound to its own stream. */
export type Sampler = () => number;
