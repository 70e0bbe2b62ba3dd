// What an interrupted run, comparison or sweep reports: how many replications it covers, and for
// several designs or points that they are the ones every one of them finished (so their differences
// still come from common random numbers).

/** "the report covers 12 of 200 replications of each design, the ones every design finished". */
export function coverageNote(covered: number, requested: number, each: 'design' | 'point' | null): string {
  const of = `the report covers ${covered} of ${requested} replications`;
  return each === null ? of : `${of} of each ${each}, the ones every ${each} finished`;
}
