// The guarantee of `opsim select` tested as a guarantee: 100 independent macro-replications (different
// seeds) of the M/M/c staffing problem of test/experiments/select/mmcStaffing.ts, whose best design is
// known from Erlang C and leads the next by 0.266 with δ = 0.25. The first 20 are repeated with
// independent sampling to measure what common random numbers save. Slow (minutes), so it runs only with
// OPSIM_SLOW=1: `npm run test:slow`. The observed figures are recorded in docs/report-format.md.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestServers, selectStaffing } from '../experiments/select/mmcStaffing.js';

const MACRO = Number(process.env.OPSIM_PCS_MACRO ?? 100);
const PAIRED = Math.min(MACRO, 20);
/** OPSIM_PCS_LOG=<file> appends a line every 10 macro-replications, so a long run shows where it is. */
const note = (line: string) => (process.env.OPSIM_PCS_LOG ? appendFileSync(process.env.OPSIM_PCS_LOG, `${line}\n`) : undefined);

describe.runIf(process.env.OPSIM_SLOW === '1')('select on M/M/c staffing (known best from Erlang C)', () => {
  it(`selects the best staffing level in at least 95% of ${MACRO} macro-replications; common random numbers spend fewer replications`, async () => {
    const best = `c=${bestServers()}`;
    let correct = 0;
    let replications = 0;
    let crnPaired = 0;
    let independentPaired = 0;
    let independentCorrect = 0;
    for (let m = 0; m < MACRO; m++) {
      const crn = await selectStaffing(`pcs-${m}`);
      expect(crn.rule).toBe('selected');
      if (crn.selected === best) correct++;
      replications += crn.replications.used;
      if ((m + 1) % 10 === 0) note(`${m + 1} macro-replications: ${correct} correct, mean ${(replications / (m + 1)).toFixed(1)} replications`);
      if (m >= PAIRED) continue;
      const independent = await selectStaffing(`pcs-${m}`, { commonRandomNumbers: false });
      if (independent.selected === best) independentCorrect++;
      crnPaired += crn.replications.used;
      independentPaired += independent.replications.used;
    }
    const pcs = correct / MACRO;
    note(
      `select M/M/c: ${MACRO} macro-replications, PCS ${pcs.toFixed(3)}, mean ${(replications / MACRO).toFixed(1)} replications per selection; ` +
        `first ${PAIRED}: common random numbers ${(crnPaired / PAIRED).toFixed(1)}, independent ${(independentPaired / PAIRED).toFixed(1)} ` +
        `replications per selection (independent PCS ${(independentCorrect / PAIRED).toFixed(2)})`,
    );
    expect(pcs).toBeGreaterThanOrEqual(0.95);
    expect(crnPaired).toBeLessThan(0.75 * independentPaired);
  }, 3_600_000);
});
