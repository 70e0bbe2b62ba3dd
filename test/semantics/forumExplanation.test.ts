// Moving an executive's decisions from ad hoc into a weekly forum: the executive's ad-hoc demand
// falls to nothing, the forum's decisions rise to the same demand, and the explanation of the
// cycle-time change names the forum's batching wait. Poisson arrivals at 0.5 an hour (84 a week);
// ad hoc, the VP decides each in 6 minutes (exponential) with no budget limit; at the forum, every held
// item is decided at the weekly session, so each waits Uniform(0, 168 h): 84 h on average.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/report/runResult.js';
import { buildCompareReport, type CompareReport } from '../../src/experiments/compareReport.js';
import { compileText, replicate } from '../support/index.js';

const design = (entry: string) => `
opsim: 1
name: ad hoc or weekly
horizon: 27w
warmup: 1w
functions: [ops]
calendars:
  always: { week: always }
pools:
  vp: { kind: executive, calendar: always, costPerHour: 200 }
itemTypes:
  refund: { arrivals: { poisson: 0.5/h }, entry: ${entry} }
steps:
  decide:
    function: ops
    serve:
      - pool: vp
        time: { dist: exponential, mean: 6m }
    next: done
  review:
    kind: forum
    function: ops
    schedule: { every: 1w, first: 24h }
    chair: vp
    hoursPerDecision: 0.1
    next: done
  done: { kind: exit, outcome: done }
`;

describe('decisions moved from ad hoc into a weekly forum', () => {
  let base: RunResult[];
  let forum: RunResult[];
  let report: CompareReport;
  beforeAll(() => {
    base = replicate(compileText(design('decide')), 5, 'semantics');
    forum = replicate(compileText(design('review')), 5, 'semantics');
    const warmup = { method: 'scenario' as const, hours: 168, pilot: null };
    const spec = {
      scenario: 'ad hoc or weekly',
      seed: 'semantics',
      horizonHours: 27 * 168,
      warmup,
      designs: [
        { name: 'base', variant: null },
        { name: 'weekly', variant: 'weekly' },
      ],
    };
    report = buildCompareReport(spec, [base, forum], { rule: 'fixed', target: null, maxReplications: null });
  });

  it('moves the demand from ad-hoc decisions to forum decisions, the total unchanged', () => {
    for (const r of base) {
      const vp = r.executives.vp;
      expect(vp.decidedAtForum).toBe(0);
      expect(vp.decidedAdHoc).toBe(r.steps.decide.completions);
      expect(vp.escalations).toBe(r.steps.decide.arrivals);
    }
    for (const r of forum) {
      const vp = r.executives.vp;
      expect(vp.decidedAdHoc).toBe(0);
      expect(vp.decidedAtForum).toBe(r.steps.review.completions);
      expect(vp.escalations).toBe(r.steps.review.arrivals);
    }
    const adHoc = (runs: RunResult[]) => runs.reduce((s, r) => s + r.executives.vp.decidedAdHoc, 0);
    const atForum = (runs: RunResult[]) => runs.reduce((s, r) => s + r.executives.vp.decidedAtForum, 0);
    expect(adHoc(base)).toBeGreaterThan(5 * 26 * 80);
    expect(adHoc(forum)).toBe(0);
    expect(atForum(forum)).toBeGreaterThan(5 * 26 * 80);
  });

  it("names the forum's batching wait as what made cycle time longer, with visits per item and hours per visit", () => {
    const cycle = report.explanations.find((e) => e.metric === 'cycleTime')!;
    // The forum wait is the whole move; the ad-hoc step's 6 minutes of service (and its few minutes of
    // queueing) disappear, which is named as moving the other way.
    expect(cycle.text).toMatch(
      new RegExp(
        '^Mean cycle time rose [\\d,]+% in weekly \\(0\\.\\d\\d h -> 8\\d\\.\\d h, difference \\+8\\d\\.\\d ± \\d\\.\\d\\d h\\)\\. ' +
          'Of that: batching wait at forum review \\+8\\d\\.\\d ± \\d\\.\\d\\d h \\(100%; 1\\.00 visits per item x 8\\d\\.\\d h per visit, no visits before\\)\\. ' +
          'Against the move: service at decide -0\\.10 ± 0\\.00 h \\(no visits now, was 1\\.00 x 0\\.10 h\\); ' +
          'wait at decide -0\\.0\\d ± 0\\.00 h \\(no visits now, was 1\\.00 x 0\\.0\\d h\\)\\.$',
      ),
    );
    const parts = cycle.decomposition!.parts;
    expect(parts.find((c) => c.part === 'wait:review')!.difference.significant).toBe(true);
    expect(parts.find((c) => c.part === 'service:decide')!.difference.mean).toBeLessThan(0);
  });
});
