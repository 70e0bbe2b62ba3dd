// A workload that cannot run yet (its scenario or module has not landed) is reported as skipped
// with the reason, not as a failure of the benchmark itself.
export class SkipWorkload extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'SkipWorkload';
  }
}
