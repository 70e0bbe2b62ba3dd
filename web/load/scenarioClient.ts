// The page's handle on the scenario worker. Every call has a deadline: a scenario that takes
// too long to parse (a hostile file, or simply too big) gets a message, the worker is replaced,
// and the page carries on.
import { releaseProxy, wrap, type Remote } from 'comlink';
import type { ScenarioService } from './scenarioService.js';

const deadlineMs = 20_000;

let worker: Worker | null = null;
let remote: Remote<ScenarioService> | null = null;

function service(): Remote<ScenarioService> {
  if (!remote) {
    worker = new Worker(new URL('./scenarioWorker.ts', import.meta.url), { type: 'module', name: 'opsim-scenario' });
    remote = wrap<ScenarioService>(worker);
  }
  return remote;
}

function restart(): void {
  remote?.[releaseProxy]();
  worker?.terminate();
  worker = null;
  remote = null;
}

export class ScenarioTimeout extends Error {
  constructor() {
    super(
      `Reading the scenario took more than ${deadlineMs / 1000} seconds; it is too big or too complex for the page. Use the CLI for it.`,
    );
    this.name = 'ScenarioTimeout';
  }
}

/** Calls one method of the scenario service in the worker, with the deadline. */
export async function callScenario<K extends keyof ScenarioService>(
  method: K,
  ...args: Parameters<ScenarioService[K]>
): Promise<ReturnType<ScenarioService[K]>> {
  const s = service();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      restart();
      reject(new ScenarioTimeout());
    }, deadlineMs);
  });
  try {
    const call = (s[method] as unknown as (...a: unknown[]) => Promise<ReturnType<ScenarioService[K]>>)(...args);
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
