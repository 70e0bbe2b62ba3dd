import { FeasibilityCheck, type Feasibility, type Limit } from './feasibilityCheck.js';
import { KnScreening } from './knScreening.js';

/** The statistical problem, with designs as indices 0..k−1 and figures as positions in an observation. */
export interface SelectionProblem {
  designs: number;
  /** Observation position 0 is the objective. */
  direction: 'min' | 'max';
  /** Constraint c is observation position c + 1. */
  constraints: readonly Limit[];
  /** Indifference zone δ > 0, in the objective's unit. */
  delta: number;
  /** 1 − α, in (0.5, 1). */
  confidence: number;
  /** First-stage observations n0 >= 2. */
  firstStage: number;
  /** Replications of each surviving design asked for at once after the first stage. */
  batch: number;
  /** Most stages a phase may take; reaching it stops with rule 'cap' and no guarantee. */
  maxReplications: number;
}

/**
 * sample(designs, from, to): observations of replications [from, to) of the given designs:
 * values[i][j] is design designs[i]'s replication from + j, an array of figures (objective first).
 * Returns null when cancelled.
 */
export type Sampler = (designs: readonly number[], from: number, to: number) => Promise<number[][][] | null>;

export type DesignStatus = 'selected' | 'eliminated' | 'infeasible' | 'undecided' | 'survivor';

export interface DesignOutcome {
  status: DesignStatus;
  /** Phase I (only with constraints): the feasibility decision, when, and which constraints failed. */
  feasibility: { decision: Feasibility | 'undecided'; stage: number; failed: number[] } | null;
  /** Phase II: screened out at this stage by that design. */
  eliminated: { stage: number; by: number } | null;
  /** Observations the procedure used, in replication order (objective first). */
  observations: number[][];
  /** The replication each observation came from, counted from the procedure's first replication. */
  used: number[];
  /** Replications simulated, including those of a batch that arrived after the design was decided. */
  simulated: number;
}

export interface SelectionOutcome {
  /** selected: the procedure ended with its guarantee; cap: a phase reached maxReplications;
   *  cancelled: interrupted, the pick is the leader so far; infeasible: no design was found feasible. */
  rule: 'selected' | 'cap' | 'cancelled' | 'infeasible';
  selected: number | null;
  /** The survivors' sums were equal when every triangle had closed; the first was taken. */
  tie: boolean;
  designs: DesignOutcome[];
  /** α given to feasibility (Phase I) and to comparison (Phase II). */
  alpha: { feasibility: number; comparison: number };
  /** First replication index of Phase II: Phase II draws fresh replications, common to all its designs. */
  phase2Start: number;
  /** KN's h² in Phase II (0 with fewer than two feasible designs). */
  h2: number;
}

/**
 * selectBest(problem, sample): the two-phase procedure of Andradóttir and Kim (2010) (see
 * feasibilityCheck.ts): Phase I checks every design's constraints sequentially with α/2; Phase II runs
 * KN (knScreening.ts) with α/2 among the designs found feasible, on fresh replications (indices from
 * the end of Phase I, the same for every design, so common random numbers still pair them and the
 * Phase II data are independent of which designs Phase I let through). Without constraints Phase II is
 * plain KN with all of α. By the Bonferroni inequality, P(correct selection) ≥ 1 − α when the best
 * feasible design beats every other feasible design by δ and no design lies within ε of a limit.
 *
 * Decisions depend only on observations in replication order, never on how they were batched or on
 * the number of workers that produced them.
 */
export async function selectBest(p: SelectionProblem, sample: Sampler): Promise<SelectionOutcome> {
  const steps = selectionSteps(p);
  let step = steps.next();
  while (!step.done) step = steps.next(await sample(...step.value));
  return step.value;
}

/** selectBestSync(p, sample): selectBest with observations already at hand (a replay of stored figures). */
export function selectBestSync(
  p: SelectionProblem,
  sample: (...request: SampleRequest) => number[][][] | null,
): SelectionOutcome {
  const steps = selectionSteps(p);
  let step = steps.next();
  while (!step.done) step = steps.next(sample(...step.value));
  return step.value;
}

/** What the procedure asks for next: replications [from, to) of these designs. */
export type SampleRequest = [designs: readonly number[], from: number, to: number];

/** The procedure as a generator: it yields each request for observations and is resumed with them (null: cancelled). */
function* selectionSteps(p: SelectionProblem): Generator<SampleRequest, SelectionOutcome, number[][][] | null> {
  // 1 − 0.95 is 0.050000000000000044 in binary; the report states α as the user would write it.
  const alpha = Number((1 - p.confidence).toPrecision(12));
  const split =
    p.constraints.length > 0
      ? { feasibility: alpha / 2, comparison: alpha / 2 }
      : { feasibility: 0, comparison: alpha };
  const designs: DesignOutcome[] = Array.from({ length: p.designs }, () => ({
    status: 'survivor' as DesignStatus,
    feasibility: null,
    eliminated: null,
    observations: [],
    used: [],
    simulated: 0,
  }));
  const result = (
    rule: SelectionOutcome['rule'],
    selected: number | null,
    phase2Start: number,
    h2 = 0,
    tie = false,
  ): SelectionOutcome => {
    if (selected !== null) designs[selected].status = 'selected';
    return { rule, selected, tie, designs, alpha: split, phase2Start, h2 };
  };

  // Phase I: feasibility.
  let candidates = designs.map((_, d) => d);
  let phase2Start = 0;
  if (p.constraints.length > 0) {
    const beta = split.feasibility / (p.designs * p.constraints.length);
    const checks = designs.map(() => new FeasibilityCheck(p.constraints, beta, p.firstStage));
    let r = 0;
    for (;;) {
      const open = candidates.filter((d) => checks[d].outcome === null);
      if (open.length === 0) break;
      if (r >= p.maxReplications) {
        for (const d of open) designs[d].feasibility = { decision: 'undecided', stage: r, failed: checks[d].open() };
        break;
      }
      const to = Math.min(p.maxReplications, r === 0 ? p.firstStage : r + p.batch);
      const values = yield [open, r, to];
      if (values === null) return result('cancelled', null, r);
      for (let j = 0; j < to - r; j++) {
        open.forEach((d, i) => {
          if (j === 0) designs[d].simulated += to - r;
          if (checks[d].outcome !== null) return;
          designs[d].observations.push(values[i][j]);
          designs[d].used.push(r + j);
          checks[d].advance(values[i][j].slice(1));
        });
      }
      r = to;
    }
    phase2Start = r;
    for (const [d, check] of checks.entries()) {
      if (check.outcome !== null) designs[d].feasibility = { ...check.outcome };
      if (designs[d].feasibility?.decision === 'infeasible') designs[d].status = 'infeasible';
      if (designs[d].feasibility?.decision === 'undecided') designs[d].status = 'undecided';
    }
    candidates = candidates.filter((d) => designs[d].feasibility?.decision === 'feasible');
    if (candidates.length === 0)
      return result(checks.some((c) => c.outcome === null) ? 'cap' : 'infeasible', null, phase2Start);
    if (candidates.length === 1)
      return result(checks.some((c) => c.outcome === null) ? 'cap' : 'selected', candidates[0], phase2Start);
  }

  // Phase II: KN among the candidates, on the maximisation scale.
  const sign = p.direction === 'max' ? 1 : -1;
  const kn = new KnScreening(candidates.length, split.comparison, p.delta, p.firstStage);
  let r = 0;
  while (!kn.done()) {
    if (r >= p.maxReplications) {
      for (const i of kn.survivors()) designs[candidates[i]].status = 'survivor';
      return result('cap', candidates[kn.leader()], phase2Start, kn.h2);
    }
    const alive = kn.survivors();
    const to = Math.min(p.maxReplications, r === 0 ? p.firstStage : r + p.batch);
    const values = yield [alive.map((i) => candidates[i]), phase2Start + r, phase2Start + to];
    if (values === null)
      return result('cancelled', r >= p.firstStage ? candidates[kn.leader()] : null, phase2Start, kn.h2);
    for (const i of alive) designs[candidates[i]].simulated += to - r;
    for (let j = 0; j < to - r && !kn.done(); j++) {
      const x = new Array<number>(candidates.length).fill(0);
      const still = kn.survivors();
      alive.forEach((i, a) => {
        if (!still.includes(i)) return;
        x[i] = sign * values[a][j][0];
        designs[candidates[i]].observations.push(values[a][j]);
        designs[candidates[i]].used.push(phase2Start + r + j);
      });
      kn.advance(x);
    }
    r = to;
  }
  for (const [i, d] of candidates.entries()) {
    const e = kn.elimination(i);
    if (e !== null) {
      designs[d].status = 'eliminated';
      designs[d].eliminated = { stage: e.stage, by: candidates[e.by] };
    }
  }
  return result('selected', candidates[kn.leader()], phase2Start, kn.h2, kn.tie);
}
