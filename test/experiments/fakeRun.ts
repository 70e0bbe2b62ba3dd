// A hand-made RunResult for tests that exercise experiments without the engine. Every figure derives
// from a few knobs so tests can state closed-form expectations.
import type { RunResult, Percentiles } from '../../src/core/report/runResult.js';

export interface FakeKnobs {
  replication?: number;
  throughput?: number;
  cycle?: number;
  cost?: number;
  escalations?: number;
  escaped?: number;
  utilisation?: number;
  wait?: number;
  wip?: number[];
  /** Hours each item waits for a forum session (a forum node 'review' in the cycle-time ledger). */
  forumWait?: number;
}

const pct = (mean: number): Percentiles => ({ mean, p50: mean, p90: mean * 2, p95: mean * 3 });

export function fakeRun(k: FakeKnobs = {}): RunResult {
  const throughput = k.throughput ?? 10;
  const flow = {
    arrived: throughput,
    done: throughput,
    doneWithDefect: 0,
    rejected: 0,
    abandoned: 0,
    blocked: 0,
    inSystemAtEnd: 1,
    throughputPerWeek: throughput,
    cycleTime: pct(k.cycle ?? 5),
    queueWait: pct(k.wait ?? 1),
    wipMean: 2,
    value: 0,
  };
  return {
    model: 'fake',
    seed: '1',
    replication: k.replication ?? 0,
    horizon: 168,
    warmup: 0,
    events: 100,
    overall: flow,
    byType: { ticket: flow },
    cost: {
      total: (k.cost ?? 50) * throughput,
      perOutcome: k.cost ?? 50,
      perDone: k.cost ?? 50,
      byFunction: { cs: (k.cost ?? 50) * throughput },
      byKind: { agent: 0, human: (k.cost ?? 50) * throughput, executive: 0 },
      byCause: causes((k.cost ?? 50) * throughput),
      byType: {
        ticket: {
          total: (k.cost ?? 50) * throughput,
          perDone: k.cost ?? 50,
          byCause: causes((k.cost ?? 50) * throughput),
        },
      },
    },
    steps: {
      triage: {
        kind: 'step',
        function: 'cs',
        arrivals: throughput,
        completions: throughput,
        utilisation: k.utilisation ?? 0.5,
        availableHours: 40,
        wait: pct(k.wait ?? 1),
        started: throughput,
        startedByType: { ticket: throughput },
        waitByType: { ticket: k.wait ?? 1 },
        timeInStep: pct((k.wait ?? 1) + 1),
        queueMean: 1,
        pWait: 0.5,
        sessions: 0,
        meanBatch: 0,
        wipEnd: 1,
        blocked: 0,
        overflowed: 0,
        abandoned: 0,
        slaEscalations: 0,
      },
    },
    pools: {
      team: {
        kind: 'human',
        utilisation: k.utilisation ?? 0.5,
        availableHours: 40,
        busyHours: 20,
        paidHours: 40,
        overtimeHours: 0,
        tasks: throughput,
        cost: 100,
      },
    },
    executives: {
      coo: {
        escalations: k.escalations ?? 1,
        escalationsPerWeek: k.escalations ?? 1,
        escalationsAdHoc: k.escalations ?? 1,
        escalationsAtForum: 0,
        decided: k.escalations ?? 1,
        decidedPerWeek: k.escalations ?? 1,
        decidedAdHoc: k.escalations ?? 1,
        decidedAtForum: 0,
        abandonedWaiting: 0,
        turnedAway: 0,
        leftBySla: 0,
        waitingAtEnd: 0,
        hoursConsumed: 1,
        budgetPerWeek: 10,
        budgetHours: 10,
        budgetUtilisation: 0.1,
        decisionWait: pct(2),
      },
    },
    quality: {
      errorsMade: 3,
      errorsCaught: 2,
      errorsEscaped: k.escaped ?? 1,
      reworkRounds: 2,
      errorsDiscarded: 0,
      escapedDefectCost: 0,
    },
    totals: {
      arrived: throughput,
      done: throughput,
      doneWithDefect: 0,
      rejected: 0,
      abandoned: 0,
      blocked: 0,
      inSystemAtEnd: 1,
      errorsMade: 3,
      errorsCaught: 2,
      errorsEscaped: k.escaped ?? 1,
      errorsDiscarded: 0,
      errorsOpen: 0,
      escalations: k.escalations ?? 1,
    },
    series: k.wip ? { t: k.wip.map((_, i) => i + 1), wip: k.wip, queues: {} } : null,
    // One visit to triage per item (wait + service) and to the forum when it has one: parts that add up to the cycle time.
    cycleLedger: {
      nodes: {
        review: { visits: k.forumWait ? throughput : 0, waitHours: (k.forumWait ?? 0) * throughput, serviceHours: 0 },
        triage: {
          visits: throughput,
          waitHours: (k.wait ?? 1) * throughput,
          serviceHours: ((k.cycle ?? 5) - (k.wait ?? 1) - (k.forumWait ?? 0)) * throughput,
        },
      },
      handoffHours: 0,
      beforeStartHours: 0,
    },
  };
}

function causes(labour: number) {
  return { labour, idleLabour: 0, agentTasks: 0, rework: 0, escapedDefects: 0, lostWork: 0, delay: 0, slaPenalties: 0 };
}
