import type { RunResult } from '../core/index.js';

/**
 * The headline metrics of one replication, flat and keyed so that compare, sweep, Pareto and explain
 * can treat them alike. Keys are fixed names, or a name and an id joined by ':'
 * (`escalationsPerWeek:coo`, `utilisation:reviewers`); ids cannot contain ':'.
 */
export type Headline = Record<string, number>;

export function headlineOf(run: RunResult): Headline {
  const out: Headline = {
    throughputPerWeek: run.overall.throughputPerWeek,
    cycleTime: run.overall.cycleTime.mean,
    costPerOutcome: run.cost.perOutcome,
    escalationsPerWeek: 0,
    escapedDefects: run.quality.errorsEscaped,
  };
  let escalations = 0;
  for (const [id, exec] of Object.entries(run.executives)) {
    escalations += exec.escalationsPerWeek;
    out[`escalationsPerWeek:${id}`] = exec.escalationsPerWeek;
  }
  out.escalationsPerWeek = escalations;
  for (const [id, pool] of Object.entries(run.pools)) out[`utilisation:${id}`] = pool.utilisation;
  return out;
}

export interface MetricInfo {
  label: string;
  unit: 'per week' | 'hours' | 'money' | 'count' | 'share';
  /** Which direction is an improvement; utilisation is neither. */
  better: 'lower' | 'higher' | 'neither';
}

const BASE: Record<string, MetricInfo> = {
  throughputPerWeek: { label: 'throughput', unit: 'per week', better: 'higher' },
  cycleTime: { label: 'mean cycle time', unit: 'hours', better: 'lower' },
  costPerOutcome: { label: 'cost per outcome', unit: 'money', better: 'lower' },
  escalationsPerWeek: { label: 'escalations', unit: 'per week', better: 'lower' },
  escapedDefects: { label: 'escaped defects', unit: 'count', better: 'lower' },
  utilisation: { label: 'utilisation', unit: 'share', better: 'neither' },
};

export function metricInfo(key: string): MetricInfo {
  const [name, id] = key.split(':');
  const base = BASE[name];
  if (!base) return { label: key, unit: 'count', better: 'neither' };
  if (id === undefined) return base;
  return { ...base, label: name === 'utilisation' ? `utilisation of ${id}` : `${base.label} to ${id}` };
}

/** Short objective names accepted by --objectives, mapped to headline keys. Any headline key works too. */
export const OBJECTIVE_ALIASES: Record<string, string> = {
  cost: 'costPerOutcome',
  escalations: 'escalationsPerWeek',
  defects: 'escapedDefects',
  throughput: 'throughputPerWeek',
  cycle: 'cycleTime',
};
