// One fuzz case through the loader and, when it loads, a short simulation, sorted into the outcome
// classes of the fuzzing report. Only the first three are good.
import { simulate, SimulationLimitError } from '../../src/core/index.js';
import type { RunResult } from '../../src/core/report/runResult.js';
import { formatIssue, loadScenario } from '../../src/scenario/index.js';
import { checkMessage } from '../hostile/messageRules.js';
import type { FuzzCase } from './mutations.js';

export const GOOD = [
  'accepted and simulated',
  'rejected with a clear error',
  'stopped by a guard with a message',
] as const;
export const BAD = [
  'crash',
  'hang',
  'runaway memory',
  'unclear message',
  'non-finite or negative figure',
  'item without an outcome',
] as const;
export type OutcomeClass = (typeof GOOD)[number] | (typeof BAD)[number];

export interface Outcome {
  class: OutcomeClass;
  detail: string;
}

export interface Budget {
  /** Events a simulated case may take (its own limit if lower): fuzzing looks for wrong behaviour, not long runs. */
  maxEvents: number;
  /**
   * A case that takes more CPU time than this (load and run) is a hang. CPU time, not the clock: on a
   * machine shared with other jobs a case that does 4 s of work can take 20 s of wall time.
   */
  hangMs: number;
  /** Heap growth over one case that counts as runaway memory. */
  heapBytes: number;
}

export const QUICK_BUDGET: Budget = { maxEvents: 5_000, hangMs: 10_000, heapBytes: 1e9 };

const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

function figures(r: RunResult): string | undefined {
  const stack: [unknown, string][] = [[r, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path} is ${v}`;
      if (v < 0 && !/(attributes|delta|difference)/i.test(path)) return `${path} is ${v}`;
    } else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k]);
  }
  return undefined;
}

function classifyLoaded(c: FuzzCase, budget: Budget): Outcome {
  let loaded;
  try {
    loaded = loadScenario({ file: c.file, text: c.text });
  } catch (e) {
    return {
      class: 'crash',
      detail: `loadScenario threw: ${clip(e instanceof Error ? (e.stack ?? e.message) : String(e))}`,
    };
  }
  if (!loaded.ok) {
    for (const issue of loaded.issues) {
      const text = formatIssue(issue);
      const broken = checkMessage(text);
      if (broken.length > 0) return { class: 'unclear message', detail: `${broken.join(', ')}: ${clip(text)}` };
    }
    return { class: 'rejected with a clear error', detail: clip(formatIssue(loaded.issues[0])) };
  }
  const model = {
    ...loaded.model,
    limits: { ...loaded.model.limits, maxEvents: Math.min(loaded.model.limits.maxEvents, budget.maxEvents) },
  };
  let result: RunResult;
  try {
    result = simulate(model, { seed: 1, replication: 0 });
  } catch (e) {
    if (e instanceof SimulationLimitError) {
      const broken = checkMessage(e.message);
      return broken.length > 0
        ? { class: 'unclear message', detail: `guard: ${broken.join(', ')}: ${clip(e.message)}` }
        : { class: 'stopped by a guard with a message', detail: clip(e.message) };
    }
    return {
      class: 'crash',
      detail: `simulate threw: ${clip(e instanceof Error ? (e.stack ?? e.message) : String(e))}`,
    };
  }
  const bad = figures(result);
  if (bad !== undefined) return { class: 'non-finite or negative figure', detail: bad };
  const t = result.totals;
  const accounted = t.done + t.doneWithDefect + t.rejected + t.abandoned + t.blocked + t.inSystemAtEnd;
  if (accounted !== t.arrived)
    return { class: 'item without an outcome', detail: `arrived ${t.arrived}, accounted for ${accounted}` };
  return { class: 'accepted and simulated', detail: `${t.arrived} arrived` };
}

/** Runs one case and sorts it; time and heap are measured around it (a hang is found after the fact). */
export function classify(c: FuzzCase, budget: Budget = QUICK_BUDGET): Outcome {
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  // A library's process warning (the YAML parser's, say) would print on the user's terminal beside
  // the message: the case is then not cleanly handled. Warnings are emitted on the next tick, so the
  // call is caught rather than the event.
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => {
    warnings.push(typeof warning === 'string' ? warning : warning.message);
  }) as typeof process.emitWarning;
  let outcome: Outcome;
  try {
    outcome = classifyLoaded(c, budget);
  } finally {
    process.emitWarning = emitWarning;
  }
  if (warnings.length > 0)
    outcome = { class: 'unclear message', detail: `a process warning on the terminal: ${clip(warnings[0])}` };
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (ms > budget.hangMs) return { class: 'hang', detail: `${Math.round(ms)} ms of CPU (${outcome.class})` };
  const grew = process.memoryUsage().heapUsed - heap0;
  if (grew > budget.heapBytes)
    return { class: 'runaway memory', detail: `heap grew ${Math.round(grew / 1e6)} MB (${outcome.class})` };
  return outcome;
}

export const isBad = (o: Outcome): boolean => (BAD as readonly string[]).includes(o.class);
