// Reads back from a compiled Model the parameters a validation test assumes, so a test cannot
// silently check theory against a scenario file that says something else.
import type { Dist, Model, StepNode } from '../../src/core/model/model.js';

export function arrivalRatePerHour(model: Model, typeId: string): number {
  const type = model.itemTypes.find((t) => t.id === typeId);
  if (!type) throw new Error(`no item type ${typeId}`);
  if (type.arrivals.kind !== 'poisson') throw new Error(`${typeId} arrivals are ${type.arrivals.kind}, not poisson`);
  return type.arrivals.ratePerHour;
}

export interface Station {
  servers: number;
  /** Service distribution of each item type, from the step's only serving pool. */
  service: Record<string, Dist>;
}

export function stationOf(model: Model, stepId: string): Station {
  const node = model.nodes.find((n) => n.id === stepId);
  if (!node || node.kind !== 'step') throw new Error(`no work step ${stepId}`);
  const step = node as StepNode;
  if (step.servers.length !== 1) throw new Error(`${stepId} has ${step.servers.length} serving pools, expected 1`);
  const server = step.servers[0];
  const service: Record<string, Dist> = {};
  model.itemTypes.forEach((t, i) => (service[t.id] = server.service[i]));
  return { servers: model.pools[server.pool].capacity, service };
}
