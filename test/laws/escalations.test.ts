import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/index.js';
import { compileDocument } from '../support/index.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

// The engine counts an escalation once: when an item enters an escalation step (served only by
// executives) or a forum, and an SLA breach once where it lands. The generator sends SLA breaches
// to the escalation step, straight or through a gate, so without warm-up the whole count is the
// arrivals at escalation steps and forums, and each executive's decisions are the completions there.
const options = { stable: false, horizonHours: 168, warmupHours: 0 };

describe('escalations', () => {
  it('totals.escalations = arrivals at escalation steps and forums, so an SLA breach into an escalation counts once', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const model = compileDocument(doc);
        const r = simulate(model, { seed, replication: 0 });
        const escalationNodes = model.nodes
          .filter((n) => (n.kind === 'step' && n.escalation) || n.kind === 'forum')
          .map((n) => n.id);
        const arrivals = escalationNodes.reduce((sum, id) => sum + r.steps[id].arrivals, 0);
        expect(r.totals.escalations).toBe(arrivals);
      }),
      lawRuns(701, 40),
    );
  });

  it("each executive's decisions are those made at its escalation steps and the forums it chairs; its escalations are what entered them", () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc, seed }) => {
        const model = compileDocument(doc);
        const r = simulate(model, { seed, replication: 0 });
        for (const [e, pool] of model.pools.entries()) {
          if (pool.kind !== 'executive') continue;
          let decisions = 0;
          let received = 0;
          for (const n of model.nodes) {
            if (n.kind === 'step' && n.escalation && n.servers.every((s) => s.pool === e)) {
              decisions += r.steps[n.id].completions;
              received += r.steps[n.id].arrivals;
            }
            if (n.kind === 'forum' && n.chair === e) {
              decisions += r.steps[n.id].completions;
              received += r.steps[n.id].arrivals;
            }
          }
          const x = r.executives[pool.id];
          expect(x.decided, pool.id).toBe(decisions);
          expect(x.decidedAdHoc + x.decidedAtForum, pool.id).toBe(decisions);
          expect(x.escalations, pool.id).toBe(received);
          expect(x.escalationsAdHoc + x.escalationsAtForum, pool.id).toBe(received);
        }
        const received = Object.values(r.executives).reduce((sum, x) => sum + x.escalations, 0);
        expect(received).toBeLessThanOrEqual(r.totals.escalations);
      }),
      lawRuns(702, 30),
    );
  });
});
