// Routes and conditions: ids to indices.

import type { Condition, Route, RouteTarget } from '../../core/index.js';
import type { ConditionDoc, RouteDoc } from '../doc/scenarioDoc.js';
import { at, type Indexes } from './indexes.js';

const OPS = ['lt', 'lte', 'gt', 'gte', 'eq', 'neq'] as const;
type Op = (typeof OPS)[number];

function comparison(c: object): { op: Op; value: number } {
  const op = OPS.find((o) => o in c)!;
  return { op, value: (c as Record<Op, number>)[op] };
}

export function compileCondition(c: ConditionDoc, ix: Indexes): Condition {
  if ('attr' in c) return { kind: 'attr', attr: at(ix.attributes, c.attr), ...comparison(c) };
  if ('type' in c)
    return { kind: 'type', types: [...new Set(c.type.map((t) => at(ix.types, t)))].sort((a, b) => a - b) };
  if ('functionsTouched' in c) return { kind: 'functionsTouched', ...comparison(c.functionsTouched) };
  if ('reworkRounds' in c) return { kind: 'reworkRounds', ...comparison(c.reworkRounds) };
  if ('all' in c) return { kind: 'all', of: c.all.map((x) => compileCondition(x, ix)) };
  return { kind: 'any', of: c.any.map((x) => compileCondition(x, ix)) };
}

export function compileRoute(r: RouteDoc, ix: Indexes): Route {
  if (typeof r === 'string') return { kind: 'fixed', to: at(ix.nodes, r) };
  if ('p' in r) {
    // Branches in id order: the draw maps to the same branch whatever the key order in the file.
    const ids = Object.keys(r.p).sort();
    return { kind: 'probabilistic', branches: ids.map((id) => ({ to: at(ix.nodes, id), p: r.p[id] })) };
  }
  if ('split' in r) {
    // A list keeps the file's order, so the draw maps to the branches in that order.
    return { kind: 'probabilistic', branches: r.split.map((b) => ({ to: compileTarget(b.to, ix), p: b.p })) };
  }
  if ('when' in r) {
    return {
      kind: 'conditional',
      branches: r.when.map((b) => ({ when: compileCondition(b.if, ix), to: compileTarget(b.to, ix) })),
      otherwise: compileTarget(r.otherwise, ix),
    };
  }
  const t = r.thresholds;
  return {
    kind: 'thresholds',
    attr: at(ix.attributes, t.attr),
    cuts: [...t.cuts],
    to: t.to.map((to) => compileTarget(to, ix)),
  };
}

/** A branch's target: a step id becomes its node index, a nested routing rule its compiled route. */
function compileTarget(r: RouteDoc, ix: Indexes): RouteTarget {
  return typeof r === 'string' ? at(ix.nodes, r) : compileRoute(r, ix);
}
