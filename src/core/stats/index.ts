// Statistics accumulators: time-weighted averages, Welford mean/variance, and a fixed-memory
// percentile sketch (relative error below 0.8%), whose arrays a run's Float64Arena hands out from a
// few blocks. Memory never grows with run length.
export { TimeWeighted } from './timeWeighted.js';
export { Welford } from './welford.js';
export { PercentileSketch } from './percentileSketch.js';
export { Float64Arena } from './float64Arena.js';
