// A fast-check generator of valid scenario documents (docs/scenario-format.md): 1–4 stages (work
// steps, gates, forums) in a line whose routes only point forward, to exits or to an escalation,
// so every item eventually leaves; loops come only from rework, which is bounded by maxRounds.
// Service times are set from the arrival rates, counting every visit rework may add, so that no
// step's own pool is loaded past 0.85, which keeps queues short and runs cheap.
//
// `stable` leaves out everything that makes items leave other than `done` or holds capacity back
// (rejections, blocking, patience, SLAs, calendars, rate limits, budgets, serve conditions that
// push work onto the shared pool, initial WIP), for laws such as Little's that need a stable
// system in which every arrival finishes as an item with a cycle time.
import fc from 'fast-check';

export interface ScenarioOptions {
  stable: boolean;
  horizonHours: number;
  warmupHours: number;
}

type Target = number; // an index into the stage's list of possible targets, taken modulo its length

type RoutePlan =
  | { kind: 'fixed'; a: Target }
  | { kind: 'p'; a: Target; b: Target; p: number }
  | { kind: 'byType'; a: Target; b: Target }
  | { kind: 'byRisk'; a: Target; b: Target; cut: number }
  | { kind: 'byHistory'; a: Target; b: Target; rounds: boolean };

type ServicePlan =
  | { dist: 'exponential' }
  | { dist: 'constant' }
  | { dist: 'lognormal' | 'gamma' | 'normal'; cv: number }
  | { dist: 'uniform' }
  | { dist: 'erlang'; k: number };

interface StagePlan {
  kind: 'step' | 'gate' | 'forum';
  fn: number;
  capacity: number;
  human: boolean;
  alsoShared: boolean;
  service: ServicePlan;
  load: number;
  route: RoutePlan;
  queue: { capacity: number; overflow: Target | null } | null;
  priority: 'fifo' | 'byType' | 'byRisk';
  errorRate: number;
  rework: { detect: number; back: Target; maxRounds: number; exceededDone: boolean } | null;
  slaHours: number | null;
  /** The SLA escalates through a gate (of no function) to the escalation step, rather than straight to it. */
  slaViaGate: boolean;
  perSession: number | null;
  /** Only items with risk below this may use the step's own pool (the shared pool takes the rest). */
  onlyBelow: number | null;
  rateLimitPerHour: number | null;
  schedule: 'periodic' | 'weekly';
  /** With a priority: pre-emptive (resume or restart) or not. */
  preempt: 'resume' | 'restart' | null;
}

interface TypePlan {
  rate: number;
  arrivalKind: 'poisson' | 'weekly' | 'batch';
  entry: Target;
  patienceHours: number | null;
  defectCost: number;
  value: number;
  riskMean: number;
}

interface Plan {
  stages: StagePlan[];
  types: TypePlan[];
  escalation: boolean;
  execBudgetHours: number | null;
  teamHeadcount: number;
  shiftEnd: 'finish' | 'pause';
  handoffHours: number | null;
  initialWaiting: number;
  traceEveryHours: number | null;
}

const round = (x: number, digits = 3) => Number(x.toFixed(digits));
const hours = (h: number) => `${round(h, 6)}h`;
// Integers in thousandths: fast-check's doubles crowd at the bounds (many exact zeros), these spread evenly.
const prob = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((x) => x / 1000);

const routePlan: fc.Arbitrary<RoutePlan> = fc.oneof(
  fc.record({ kind: fc.constant('fixed' as const), a: fc.nat(7) }),
  fc.record({ kind: fc.constant('p' as const), a: fc.nat(7), b: fc.nat(7), p: prob(0.05, 0.95) }),
  fc.record({ kind: fc.constant('byType' as const), a: fc.nat(7), b: fc.nat(7) }),
  fc.record({ kind: fc.constant('byRisk' as const), a: fc.nat(7), b: fc.nat(7), cut: prob(0.1, 0.9) }),
  fc.record({ kind: fc.constant('byHistory' as const), a: fc.nat(7), b: fc.nat(7), rounds: fc.boolean() }),
);

const servicePlan: fc.Arbitrary<ServicePlan> = fc.oneof(
  fc.constant({ dist: 'exponential' as const }),
  fc.constant({ dist: 'constant' as const }),
  fc.constant({ dist: 'uniform' as const }),
  fc.record({ dist: fc.constantFrom('lognormal' as const, 'gamma' as const, 'normal' as const), cv: prob(0.2, 1.5) }),
  fc.record({ dist: fc.constant('erlang' as const), k: fc.integer({ min: 1, max: 4 }) }),
);

function stagePlan(stable: boolean): fc.Arbitrary<StagePlan> {
  return fc.record({
    kind: fc.constantFrom('step' as const, 'step' as const, 'step' as const, 'gate' as const, 'forum' as const),
    fn: fc.nat(1),
    capacity: fc.integer({ min: 1, max: 4 }),
    human: stable ? fc.constant(false) : fc.boolean(),
    alsoShared: fc.boolean(),
    service: servicePlan,
    load: prob(0.1, 0.85),
    route: routePlan,
    queue: stable
      ? fc.constant(null)
      : fc.option(fc.record({ capacity: fc.nat(5), overflow: fc.option(fc.nat(7), { freq: 2 }) })),
    priority: fc.constantFrom('fifo' as const, 'byType' as const, 'byRisk' as const),
    errorRate: fc.oneof(fc.constant(0), prob(0.02, 0.3)),
    rework: fc.option(
      fc.record({
        detect: prob(0.2, 1),
        back: fc.nat(7),
        maxRounds: fc.integer({ min: 1, max: 3 }),
        exceededDone: stable ? fc.constant(true) : fc.boolean(),
      }),
    ),
    slaHours: stable ? fc.constant(null) : fc.option(prob(0.05, 3), { freq: 2 }),
    slaViaGate: fc.boolean(),
    perSession: fc.option(fc.integer({ min: 1, max: 30 })),
    onlyBelow: stable ? fc.constant(null) : fc.option(prob(0.2, 0.8), { freq: 3 }),
    rateLimitPerHour: stable ? fc.constant(null) : fc.option(fc.integer({ min: 1, max: 20 }), { freq: 3 }),
    schedule: fc.constantFrom('periodic' as const, 'weekly' as const),
    preempt: fc.constantFrom(null, null, 'resume' as const, 'restart' as const),
  });
}

function typePlan(stable: boolean): fc.Arbitrary<TypePlan> {
  return fc.record({
    rate: prob(0.2, 3),
    arrivalKind: fc.constantFrom('poisson' as const, 'poisson' as const, 'weekly' as const, 'batch' as const),
    entry: fc.nat(7),
    patienceHours: stable ? fc.constant(null) : fc.option(prob(0.2, 8)),
    defectCost: fc.integer({ min: 0, max: 500 }),
    value: fc.integer({ min: 0, max: 1000 }),
    riskMean: prob(0.15, 0.8),
  });
}

function planArbitrary(stable: boolean): fc.Arbitrary<Plan> {
  return fc.record({
    stages: fc.array(stagePlan(stable), { minLength: 1, maxLength: 4 }),
    types: fc.array(typePlan(stable), { minLength: 1, maxLength: 2 }),
    escalation: fc.boolean(),
    execBudgetHours: stable ? fc.constant(null) : fc.option(prob(0.5, 10)),
    teamHeadcount: fc.integer({ min: 1, max: 3 }),
    shiftEnd: fc.constantFrom('finish' as const, 'pause' as const),
    handoffHours: fc.option(prob(0.05, 2)),
    initialWaiting: stable ? fc.constant(0) : fc.nat(4),
    traceEveryHours: fc.option(fc.constantFrom(6, 12, 24)),
  });
}

/** Builds the document a plan describes. Pure: the same plan always gives the same document. */
export function buildScenario(plan: Plan, options: ScenarioOptions): Record<string, unknown> {
  const { stable } = options;
  const stages = plan.stages.map((s, k) => (k === 0 ? { ...s, kind: 'step' as const } : s));
  const ids = stages.map((s, k) => `${s.kind === 'step' ? 's' : s.kind === 'gate' ? 'g' : 'f'}${k}`);
  const typeIds = plan.types.map((_, t) => `t${t}`);
  const lambda = plan.types.reduce((sum, t) => sum + round(t.rate), 0);
  // Visits to a station are bounded by 1 + the rework rounds an item may have in all.
  const visits = 1 + stages.reduce((sum, s) => sum + (s.rework ? s.rework.maxRounds : 0), 0);
  const stepIndices = stages.flatMap((s, k) => (s.kind === 'step' ? [k] : []));

  const targetsAfter = (k: number) => [
    ...ids.slice(k + 1),
    'done',
    ...(stable ? [] : ['rejected']),
    ...(plan.escalation ? ['esc'] : []),
  ];
  const pick = (list: string[], t: Target) => list[t % list.length];
  const route = (k: number, r: RoutePlan): unknown => {
    const to = targetsAfter(k);
    const a = pick(to, r.a);
    const b = r.kind === 'fixed' ? a : pick(to, r.b);
    switch (r.kind) {
      case 'fixed':
        return a;
      case 'p':
        return a === b ? a : { p: { [a]: r.p, [b]: round(1 - r.p) } };
      case 'byType':
        return { when: [{ if: { type: [typeIds[0]] }, to: a }], otherwise: b };
      case 'byRisk':
        return { thresholds: { attr: 'risk', cuts: [r.cut], to: [a, b] } };
      case 'byHistory':
        return {
          when: [{ if: r.rounds ? { reworkRounds: { gte: 1 } } : { functionsTouched: { gt: 1 } }, to: a }],
          otherwise: b,
        };
    }
  };
  const serviceTime = (s: ServicePlan, mean: number): unknown => {
    switch (s.dist) {
      case 'constant':
        return hours(mean);
      case 'exponential':
        return { dist: 'exponential', mean: hours(mean) };
      case 'uniform':
        return { dist: 'uniform', min: hours(mean / 2), max: hours((mean * 3) / 2) };
      case 'erlang':
        return { dist: 'erlang', mean: hours(mean), k: s.k };
      default:
        return { dist: s.dist, mean: hours(mean), cv: s.cv };
    }
  };

  const pools: Record<string, unknown> = {
    shared: { kind: 'agent', capacity: 1, costPerTask: 0.5, costPerBusyHour: 2 },
  };
  const steps: Record<string, unknown> = {
    done: { kind: 'exit', outcome: 'done' },
  };
  if (!stable) steps.rejected = { kind: 'exit', outcome: 'rejected' };
  const usesTeam = stages.some((s) => s.kind === 'step' && s.human);
  if (usesTeam) {
    pools.team = {
      kind: 'human',
      headcount: plan.teamHeadcount,
      calendar: 'office',
      costPerHour: 50,
      errorRate: 0.05,
      shiftEnd: plan.shiftEnd,
    };
  }
  if (plan.escalation || stages.some((s) => s.kind === 'forum')) {
    pools.exec = {
      kind: 'executive',
      calendar: 'always',
      costPerHour: 300,
      ...(plan.execBudgetHours !== null ? { budget: `${plan.execBudgetHours}h/w` } : {}),
    };
  }
  if (plan.escalation) {
    steps.esc = {
      function: 'f0',
      serve: [{ pool: 'exec', time: { dist: 'exponential', mean: hours(0.3 / (lambda * visits)) } }],
      next: 'done',
    };
    steps['esc-gate'] = { kind: 'gate', next: 'esc' };
  }

  stages.forEach((s, k) => {
    const id = ids[k];
    const node: Record<string, unknown> = { function: `f${s.fn}`, next: route(k, s.route) };
    if (s.rework) {
      const back = stepIndices.filter((j) => j <= k);
      node.detect = s.rework.detect;
      node.rework = {
        to: ids[back[s.rework.back % back.length]],
        maxRounds: s.rework.maxRounds,
        exceeded: s.rework.exceededDone ? 'done' : 'rejected',
      };
    }
    if (s.kind === 'gate') {
      node.kind = 'gate';
    } else if (s.kind === 'forum') {
      node.kind = 'forum';
      node.schedule =
        s.schedule === 'periodic' ? { every: '12h', first: '6h' } : { every: 'week', day: 'mon', at: '10:00' };
      if (s.perSession !== null && !stable) node.perSession = s.perSession;
      node.chair = 'exec';
      node.hoursPerDecision = 0.01;
    } else {
      const pool = `p${k}`;
      const mean = (s.load * s.capacity) / (lambda * visits);
      pools[pool] = {
        kind: 'agent',
        capacity: s.capacity,
        costPerTask: round(s.load),
        costPerBusyHour: 1,
        errorRate: s.errorRate,
        ...(s.rateLimitPerHour !== null ? { rateLimit: `${s.rateLimitPerHour}/h` } : {}),
      };
      // A condition on the preferred pool only when another pool can take what it refuses.
      const when = s.alsoShared && s.onlyBelow !== null ? { when: { attr: 'risk', lt: s.onlyBelow } } : {};
      node.serve = [
        { pool: s.human ? 'team' : pool, time: serviceTime(s.service, mean), ...when },
        ...(s.alsoShared ? [{ pool: 'shared', time: { dist: 'exponential', mean: hours(mean) } }] : []),
      ];
      const queue: Record<string, unknown> = {};
      if (s.priority !== 'fifo') {
        queue.discipline = 'priority';
        queue.priority = s.priority === 'byType' ? { byType: [...typeIds].reverse() } : { attr: 'risk', order: 'desc' };
        if (s.preempt !== null) queue.preempt = s.preempt;
      }
      if (s.queue) {
        queue.capacity = s.queue.capacity;
        if (s.queue.overflow !== null) queue.overflow = pick(targetsAfter(k), s.queue.overflow);
      }
      if (Object.keys(queue).length > 0) node.queue = queue;
      if (s.slaHours !== null && plan.escalation)
        node.sla = {
          limit: hours(s.slaHours),
          escalateTo: s.slaViaGate ? 'esc-gate' : 'esc',
          // A breach penalty on some SLAs, derived from values already drawn (the other laws' samples stay as they were).
          ...(s.slaViaGate ? { penalty: Math.round(s.slaHours * 40) } : {}),
        };
    }
    steps[id] = node;
  });

  // Weekly profiles and batches keep about the same average rate as the Poisson stream would.
  const arrivals = (t: TypePlan): unknown => {
    const rate = round(t.rate);
    if (t.arrivalKind === 'batch') return { batch: Math.max(1, Math.round(rate * 12)), every: '12h', first: '1h' };
    if (t.arrivalKind === 'weekly') {
      const busy = `${round(rate * 2)}/h`;
      return { weekly: { mon: busy, tue: busy, wed: busy, thu: busy, fri: busy, hours: '08:00-20:00' } };
    }
    return { poisson: `${rate}/h` };
  };
  const itemTypes: Record<string, unknown> = {};
  plan.types.forEach((t, i) => {
    itemTypes[typeIds[i]] = {
      arrivals: arrivals(t),
      entry: ids[stepIndices[t.entry % stepIndices.length]],
      attributes: { risk: { dist: 'beta', mean: t.riskMean, cv: 0.3 } },
      defectCost: t.defectCost,
      value: t.value,
      // Customer costs on some types, derived from values already drawn (the other laws' samples stay as they were).
      ...(t.value % 3 === 1 ? { abandonCost: t.defectCost * 2, delayCostPerHour: t.value % 13 } : {}),
      ...(t.patienceHours !== null ? { patience: { dist: 'exponential', mean: hours(t.patienceHours) } } : {}),
    };
  });

  const doc: Record<string, unknown> = {
    opsim: 1,
    name: 'generated',
    currency: 'USD',
    horizon: hours(options.horizonHours),
    functions: ['f0', 'f1'],
    calendars: { office: { week: 'weekdays 09:00-17:00' }, always: { week: 'always' } },
    pools,
    itemTypes,
    steps,
  };
  if (options.warmupHours > 0) doc.warmup = hours(options.warmupHours);
  if (plan.handoffHours !== null)
    doc.handoffs = [{ from: 'any', to: 'any', delay: { dist: 'exponential', mean: hours(plan.handoffHours) } }];
  if (plan.initialWaiting > 0)
    doc.initialWip = [{ type: typeIds[0], step: ids[0], waiting: plan.initialWaiting, age: '2h' }];
  if (plan.traceEveryHours !== null) doc.trace = { every: hours(plan.traceEveryHours) };
  return doc;
}

/** Valid scenario documents with a seed to run them with. */
export function scenarioArbitrary(
  options: ScenarioOptions,
): fc.Arbitrary<{ doc: Record<string, unknown>; seed: number }> {
  return fc
    .record({ plan: planArbitrary(options.stable), seed: fc.nat(1_000_000) })
    .map(({ plan, seed }) => ({ doc: buildScenario(plan, options), seed }));
}
