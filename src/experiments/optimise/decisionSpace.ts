import type { Model } from '../../core/index.js';
import { modelFromDoc, rangeValues, type ScenarioDoc } from '../../scenario/index.js';
import { gridPoints } from '../sweepReport.js';

export interface Decision {
  name: string;
  param: string;
  values: number[];
  /** Money per week per unit of the value; 0 when the decision has no price outside the simulation. */
  costPerUnit: number;
}

/** One design of the space: a value for every decision, by decision name. */
export type DesignPoint = Record<string, number>;

/** decisionsOf(doc): the file's decisions in name order, ranges expanded. */
export function decisionsOf(doc: {
  decisions?: Record<string, { param: string; values: unknown; costPerUnit?: number }>;
}): Decision[] {
  return Object.keys(doc.decisions ?? {})
    .sort()
    .map((name) => {
      const d = doc.decisions![name];
      const v = d.values as number[] | { from: number; to: number; step: number };
      return {
        name,
        param: d.param,
        values: Array.isArray(v) ? [...v] : rangeValues(v.from, v.to, v.step),
        costPerUnit: d.costPerUnit ?? 0,
      };
    });
}

/** Every combination of values, the first decision varying slowest. */
export function designPoints(decisions: readonly Decision[]): DesignPoint[] {
  const byName = gridPoints(decisions.map((d) => ({ path: d.name, values: d.values })));
  return byName as DesignPoint[];
}

export function designName(point: DesignPoint): string {
  return Object.entries(point)
    .map(([name, v]) => `${name}=${v}`)
    .join(', ');
}

/** decisionCost(decisions, point): Σ value × costPerUnit, per week. */
export function decisionCost(decisions: readonly Decision[], point: DesignPoint): number {
  let cost = 0;
  for (const d of decisions) cost += point[d.name] * d.costPerUnit;
  return cost;
}

/** The params to set for a point: each decision's path and value. */
export function pointParams(decisions: readonly Decision[], point: DesignPoint): { path: string; value: number }[] {
  return decisions.map((d) => ({ path: d.param, value: point[d.name] }));
}

/**
 * The winning design as a variant to paste under `variants:` in the scenario file; when the design
 * searched was a variant (`design`), the winner extends it, so that pasted it is the design certified.
 */
export function variantText(
  name: string,
  decisions: readonly Decision[],
  point: DesignPoint,
  note: string,
  design: string | null = null,
): string {
  const lines = [`  ${name}:`, `    description: ${JSON.stringify(note)}`];
  if (design !== null) lines.push(`    extends: [${design}]`);
  lines.push('    changes:');
  for (const d of decisions) lines.push(`      - { op: set, path: ${d.param}, value: ${point[d.name]} }`);
  return `${lines.join('\n')}\n`;
}

/** Most designs a decision space may hold: each is compiled before the search starts. */
export const MAX_DESIGNS = 2000;

/**
 * decisionSpace(doc, file): the file's decisions, their design points' models in order, or what is
 * wrong (no decisions, too many designs, a point that does not validate).
 */
export function decisionSpace(
  doc: ScenarioDoc,
  file: string,
): { decisions: Decision[]; models: Model[] } | { path: string; error: string } | { name: string; issues: string[] } {
  const decisions = decisionsOf(doc as Parameters<typeof decisionsOf>[0]);
  if (decisions.length === 0)
    return {
      path: 'decisions',
      error: 'the file declares no decisions; add decisions: { <name>: { param, values } } (docs/scenario-format.md)',
    };
  const points = designPoints(decisions);
  if (points.length > MAX_DESIGNS)
    return {
      path: 'decisions',
      error: `${points.length} combinations, over the limit of ${MAX_DESIGNS}; use fewer values or a larger step`,
    };
  const models: Model[] = [];
  for (const point of points) {
    const built = modelFromDoc(doc, file, pointParams(decisions, point));
    if (!built.ok) return { name: designName(point), issues: built.issues };
    models.push(built.model);
  }
  return { decisions, models };
}
