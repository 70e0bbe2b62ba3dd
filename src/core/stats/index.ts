// Statistics accumulators: time-weighted averages, Welford mean/variance, and a fixed-memory
// percentile sketch (relative error below 0.8%). Memory never grows with run length.
export { TimeWeighted } from './timeWeighted.js';
export { Welford } from './welford.js';
export { PercentileSketch } from './percentileSketch.js';
