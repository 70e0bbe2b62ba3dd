// The numbers people change first when redesigning an operating model, read from the scenario
// document with their field paths. Durations, rates and budgets are text with units ("6h/w").
export interface KeyNumber {
  path: string;
  label: string;
  group: string;
  kind: 'number' | 'text';
  value: number | string;
  min?: number;
  max?: number;
  step?: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function keyNumbers(doc: Obj): KeyNumber[] {
  const out: KeyNumber[] = [];
  const num = (group: string, path: string, label: string, value: unknown, extra: Partial<KeyNumber> = {}) => {
    if (typeof value === 'number') out.push({ path, label, group, kind: 'number', value, ...extra });
  };
  const text = (group: string, path: string, label: string, value: unknown) => {
    if (typeof value === 'string') out.push({ path, label, group, kind: 'text', value });
  };
  const prob = { min: 0, max: 1, step: 0.01 };
  const count = { min: 0, step: 1 };
  const money = { min: 0, step: 0.01 };

  for (const [id, p] of Object.entries(isObj(doc.pools) ? doc.pools : {})) {
    if (!isObj(p)) continue;
    const g = `Pool ${id} (${String(p.kind ?? '?')})`;
    const base = `pools.${id}`;
    num(g, `${base}.capacity`, p.kind === 'agent' ? 'concurrency' : 'capacity', p.capacity, count);
    num(g, `${base}.headcount`, 'headcount', p.headcount, count);
    if (p.kind === 'human' && p.headcount === undefined && p.roster === undefined)
      num(g, `${base}.headcount`, 'headcount', 1, count);
    // A rostered team's size is the heads of each slot.
    (Array.isArray(p.roster) ? p.roster : []).forEach((slot, i) => {
      if (isObj(slot))
        num(g, `${base}.roster.${i}.heads`, `heads ${String(slot.days)} ${String(slot.hours)}`, slot.heads, count);
    });
    if (typeof p.errorRate === 'number') num(g, `${base}.errorRate`, 'error rate', p.errorRate, prob);
    else if (isObj(p.errorRate)) num(g, `${base}.errorRate.default`, 'error rate', p.errorRate.default, prob);
    num(g, `${base}.costPerTask`, 'cost per task', p.costPerTask, money);
    num(g, `${base}.costPerHour`, 'cost per hour', p.costPerHour, money);
    num(g, `${base}.costPerBusyHour`, 'cost per busy hour', p.costPerBusyHour, money);
    text(g, `${base}.budget`, 'decision budget', p.budget);
    text(g, `${base}.rateLimit`, 'rate limit', p.rateLimit);
  }
  for (const [id, s] of Object.entries(isObj(doc.steps) ? doc.steps : {})) {
    if (!isObj(s)) continue;
    const kind = typeof s.kind === 'string' ? s.kind : 'step';
    if (kind === 'exit') continue;
    const g = `${kind === 'step' ? 'Step' : kind === 'gate' ? 'Gate' : 'Forum'} ${id}`;
    const base = `steps.${id}`;
    const next = isObj(s.next) ? s.next : null;
    if (next && isObj(next.thresholds) && Array.isArray(next.thresholds.cuts)) {
      next.thresholds.cuts.forEach((c, i) =>
        num(
          g,
          `${base}.next.thresholds.cuts.${i}`,
          `threshold ${i + 1} on ${String(next.thresholds && (next.thresholds as Obj).attr)}`,
          c,
        ),
      );
    }
    if (next && isObj(next.p))
      for (const [to, p] of Object.entries(next.p)) num(g, `${base}.next.p.${to}`, `share to ${to}`, p, prob);
    num(g, `${base}.detect`, 'detection', s.detect, prob);
    if (isObj(s.rework)) num(g, `${base}.rework.maxRounds`, 'rework rounds allowed', s.rework.maxRounds, count);
    if (isObj(s.sla)) text(g, `${base}.sla.limit`, 'SLA limit', s.sla.limit);
    if (isObj(s.queue)) num(g, `${base}.queue.capacity`, 'queue capacity', s.queue.capacity, count);
    if (kind === 'forum') {
      num(g, `${base}.perSession`, 'decisions per session', s.perSession, count);
      num(g, `${base}.hoursPerDecision`, 'hours per decision', s.hoursPerDecision, { min: 0, step: 0.05 });
      if (isObj(s.schedule)) {
        if (typeof s.schedule.every === 'string')
          text(g, `${base}.schedule.every`, 'cadence (week, month, 2w…)', s.schedule.every);
      }
    }
  }
  for (const [id, t] of Object.entries(isObj(doc.itemTypes) ? doc.itemTypes : {})) {
    if (!isObj(t)) continue;
    const g = `Item type ${id}`;
    if (isObj(t.arrivals)) text(g, `itemTypes.${id}.arrivals.poisson`, 'arrivals', t.arrivals.poisson);
    num(g, `itemTypes.${id}.defectCost`, 'cost of an escaped defect', t.defectCost, money);
  }
  return out;
}
