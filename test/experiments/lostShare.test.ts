// lostShare, the figure select limits for a pick that loses work, is what the workLost warning reads:
// the abandoned and the blocked together over the window's arrivals. Checked against the headline's
// two shares it adds up from, run by run, on scenarios that abandon (patience) and block (a full queue).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { headlineOf, measure, warningInputs, warningsOf, WARN } from '../../src/experiments/index.js';
import { compileFile } from '../support/load.js';

describe('lostShare', () => {
  it('is abandonedShare + blockedShare in every run, and the share the workLost warning compares with its 2%', () => {
    const read = measure(['lostShare', 'abandonedShare', 'blockedShare']);
    let lossy = 0;
    let warnedDesigns = 0;
    for (const file of [
      'scenarios/validation/mmc-abandon.yaml',
      'scenarios/validation/mmck.yaml',
      'scenarios/company/support-vp.yaml',
    ]) {
      const model = compileFile(file);
      const runs = [0, 1, 2].map((replication) => simulate(model, { seed: 11, replication }));
      for (const run of runs) {
        const [lost, abandoned, blocked] = read(run);
        expect(lost).toBeCloseTo(abandoned + blocked, 12);
        const o = run.overall;
        expect(lost).toBe((o.abandoned + o.blocked) / o.arrived);
        if (lost > 0) lossy++;
      }
      // The warning fires exactly when the mean of the runs' lostShare is above WARN.lostShare.
      const mean = runs.reduce((s, r) => s + read(r)[0], 0) / runs.length;
      const warned = warningsOf(runs.map(warningInputs)).some((w) => w.kind === 'workLost');
      expect(warned, file).toBe(mean > WARN.lostShare);
      if (warned) warnedDesigns++;
      expect(headlineOf(runs[0]).abandonedShare).toBe(read(runs[0])[1]);
    }
    // The scenarios do lose work, and at least one past the warning's 2%: neither check is vacuous.
    expect(lossy).toBeGreaterThan(3);
    expect(warnedDesigns).toBeGreaterThan(0);
  });
});
