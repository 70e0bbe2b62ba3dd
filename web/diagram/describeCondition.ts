import type { Condition, Model } from '../../src/core/index.js';

const ops = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', neq: '≠' } as const;

/** A condition as people write it: `risk ≥ 0.7`, `type deal`, `functions touched > 1`. */
export function describeCondition(c: Condition, model: Model): string {
  switch (c.kind) {
    case 'attr':
      return `${model.attributes[c.attr] ?? '?'} ${ops[c.op]} ${c.value}`;
    case 'type':
      return `type ${c.types.map((t) => model.itemTypes[t]?.id ?? '?').join('|')}`;
    case 'functionsTouched':
      return `functions touched ${ops[c.op]} ${c.value}`;
    case 'reworkRounds':
      return `rework rounds ${ops[c.op]} ${c.value}`;
    case 'all':
      return c.of.map((x) => describeCondition(x, model)).join(' and ');
    case 'any':
      return c.of.map((x) => describeCondition(x, model)).join(' or ');
  }
}
