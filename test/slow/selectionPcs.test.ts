// The guarantee of `opsim select` tested as a guarantee, on the M/M/c staffing problems of
// test/experiments/select/mmcStaffing.ts, whose best design is known from Erlang C:
// - 100 independent macro-replications (different seeds) of the clear problem (best leads by 2.21, δ = 1):
//   the probability of correct selection must be at least 95%;
// - macro-replications of the close problem (best leads by 0.266, δ = 0.25) run with common and with
//   independent random numbers: common random numbers must spend clearly fewer replications.
// Slow (minutes on a busy machine), so it runs only with OPSIM_SLOW=1: `npm run test:slow`.
// OPSIM_PCS_LOG=<file> appends progress and the results there. Observed figures: docs/report-format.md.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestServers, selectStaffing } from '../experiments/select/mmcStaffing.js';

const MACRO = Number(process.env.OPSIM_PCS_MACRO ?? 100);
const PAIRED = Number(process.env.OPSIM_CRN_MACRO ?? 6);
const note = (line: string) => {
  console.log(line);
  if (process.env.OPSIM_PCS_LOG) appendFileSync(process.env.OPSIM_PCS_LOG, `${line}\n`);
};

describe.runIf(process.env.OPSIM_SLOW === '1')('select on M/M/c staffing (known best from Erlang C)', () => {
  it(`selects the best staffing level in at least 95% of ${MACRO} macro-replications`, async () => {
    const best = `c=${bestServers('clear')}`;
    let correct = 0;
    let replications = 0;
    for (let m = 0; m < MACRO; m++) {
      const r = await selectStaffing(`pcs-${m}`, { problem: 'clear' });
      expect(r.rule).toBe('selected');
      if (r.selected === best) correct++;
      replications += r.replications.used;
      if ((m + 1) % 10 === 0)
        note(
          `clear problem, ${m + 1} macro-replications: ${correct} correct, mean ${(replications / (m + 1)).toFixed(1)} replications`,
        );
    }
    note(
      `select M/M/c (clear): ${MACRO} macro-replications, PCS ${(correct / MACRO).toFixed(3)}, mean ${(replications / MACRO).toFixed(1)} replications per selection`,
    );
    expect(correct / MACRO).toBeGreaterThanOrEqual(0.95);
  }, 3_600_000);

  it(`spends clearly fewer replications with common random numbers than without (${PAIRED} macro-replications of the close problem)`, async () => {
    const best = `c=${bestServers('close')}`;
    let crn = 0;
    let independent = 0;
    let crnCorrect = 0;
    let independentCorrect = 0;
    for (let m = 0; m < PAIRED; m++) {
      const a = await selectStaffing(`crn-${m}`, { problem: 'close' });
      const b = await selectStaffing(`crn-${m}`, { problem: 'close', commonRandomNumbers: false });
      crn += a.replications.used;
      independent += b.replications.used;
      if (a.selected === best) crnCorrect++;
      if (b.selected === best) independentCorrect++;
      note(
        `close problem, macro ${m + 1}: common ${a.replications.used} (${a.selected}), independent ${b.replications.used} (${b.selected})`,
      );
    }
    note(
      `select M/M/c (close): ${PAIRED} macro-replications, mean replications ${(crn / PAIRED).toFixed(1)} with common random numbers, ` +
        `${(independent / PAIRED).toFixed(1)} independent; correct ${crnCorrect} and ${independentCorrect}`,
    );
    expect(crn).toBeLessThan(0.75 * independent);
  }, 3_600_000);
});
