// Statistics accumulators: time-weighted averages, Welford mean/variance, and a fixed-memory
// percentile sketch (relative error at most 1%). Memory never grows with run length.
export { TimeWeighted } from './timeWeighted.js';
export { Welford } from './welford.js';
export { PercentileSketch } from './percentileSketch.js';
