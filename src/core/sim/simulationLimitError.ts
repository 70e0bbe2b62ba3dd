/** Thrown when a guard trips (too many events, or an item routed in a zero-time cycle). The message says which limit, its value, the simulated time and how to raise or fix it. */
export class SimulationLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulationLimitError';
  }
}
