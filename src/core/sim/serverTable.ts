import type { Model, StepNode } from '../model/model.js';
import type { Stream } from '../rng/stream.js';
import type { Sampler } from '../distributions/index.js';
import { PriorityLine } from '../queue/priorityLine.js';
import { compileCondition, type ItemTest } from './conditions.js';
import { serverSamplers } from './serverSamplers.js';

/**
 * Servers: one pool serving one step, numbered model-wide in node order and, within a step, in
 * order of preference (StepTable.firstServer). Per-type figures are stored server * types + type.
 */
export class ServerTable {
  readonly count: number;
  /** Item types: the stride of serviceTime and errorRate. */
  readonly typeCount: number;
  readonly pool: Int32Array;
  readonly step: Int32Array;
  /** The server's `when` condition; null when it serves every item. */
  readonly condition: (ItemTest | null)[];
  /**
   * For a server with a condition at a FIFO step: the token of the last line entry it has looked at
   * and found not eligible (or stale); -1 before the first look. See firstEligible.
   */
  readonly scannedToken: Float64Array;
  /**
   * For a server with a condition at a priority step: a line of its own holding the entries
   * eligible for it (an entry's eligibility is fixed while it waits), in the step's priority order;
   * null otherwise. See firstEligible.
   */
  readonly eligibleLine: (PriorityLine | null)[];
  /** Service time per server and item type. */
  readonly serviceTime: Sampler[];
  /** Probability that a task leaves an error, per server and item type. */
  readonly errorRate: Float64Array;
  /** 1 when a start on this server needs serviceExtras (escalation step, pause, rate limit or budget, monitor); see markExtras. */
  readonly startNeedsExtras: Uint8Array;
  /** 1 when a completion needs serviceExtras (pause, calendar, errors, monitor); see markExtras. */
  readonly completionNeedsExtras: Uint8Array;

  constructor(model: Model, stream: (name: string) => Stream) {
    const types = (this.typeCount = model.itemTypes.length);
    const servers: { node: number; pool: number; s: StepNode['servers'][number] }[] = [];
    model.nodes.forEach((node, n) => {
      if (node.kind === 'step') for (const s of node.servers) servers.push({ node: n, pool: s.pool, s });
    });
    const count = (this.count = servers.length);
    this.pool = new Int32Array(count);
    this.step = new Int32Array(count);
    this.condition = [];
    this.scannedToken = new Float64Array(count).fill(-1);
    this.eligibleLine = [];
    this.serviceTime = [];
    this.errorRate = new Float64Array(count * types);
    this.startNeedsExtras = new Uint8Array(count);
    this.completionNeedsExtras = new Uint8Array(count);
    servers.forEach(({ node, pool, s }, k) => {
      this.pool[k] = pool;
      this.step[k] = node;
      this.condition.push(s.when ? compileCondition(s.when) : null);
      const priority = (model.nodes[node] as StepNode).discipline.kind !== 'fifo';
      this.eligibleLine.push(s.when && priority ? new PriorityLine() : null);
      const u = stream(`service:${model.nodes[node].id}:${model.pools[pool].id}`);
      for (const sampler of serverSamplers(s.service, types, u)) this.serviceTime.push(sampler);
      const rates = s.errorRate ?? model.pools[pool].errorRate;
      for (let ty = 0; ty < types; ty++) this.errorRate[k * types + ty] = rates[ty] ?? 0;
    });
  }

  /** Flags the servers whose starts and completions need the less common bookkeeping (serviceExtras). */
  markExtras(startNeeds: (server: number) => boolean, completionNeeds: (server: number) => boolean): void {
    for (let k = 0; k < this.count; k++) {
      this.startNeedsExtras[k] = startNeeds(k) ? 1 : 0;
      this.completionNeedsExtras[k] = completionNeeds(k) ? 1 : 0;
    }
  }
}
