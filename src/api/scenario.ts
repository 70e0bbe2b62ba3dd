import type { Model } from '../core/index.js';
import { openScenario, PERIOD_KINDS, type OpenScenario, type PeriodKind, type ScenarioDoc } from '../scenario/index.js';
import { invalid, OpsimError } from './opsimError.js';

/** A validated scenario: the resolved document, the base design compiled, its variants and sweeps by name. */
export interface Scenario {
  readonly file: string;
  readonly doc: ScenarioDoc;
  /** The base design, compiled: what `run` runs without a variant. */
  readonly model: Model;
  /** Variant names, sorted: the order of keys in a file never changes a result. */
  readonly variants: readonly string[];
  /** Declared sweeps by name: the parameter path and its values. */
  readonly sweeps: Readonly<Record<string, { param: string; values: unknown[] }>>;
}

export interface LoadOptions {
  /** The name used in issues and reports' messages (default `scenario.yaml`). */
  file?: string;
  /** Reads a file named by `extends`, given its path resolved against the extending file. Without it, `extends` is an issue. */
  readFile?: (path: string, fromFile: string) => string | Uint8Array;
}

// The file as opened (read and validated once), kept out of the public object: a variant compiles from it.
const sources = new WeakMap<Scenario, OpenScenario>();

/**
 * loadScenario(source, options): YAML or JSON text, or an already parsed document, validated and
 * compiled. Throws an OpsimError listing every issue with its field path (and line, for text).
 */
export function loadScenario(source: string | object, options: LoadOptions = {}): Scenario {
  const file = options.file ?? 'scenario.yaml';
  if (typeof source !== 'string' && (source === null || typeof source !== 'object' || Array.isArray(source))) {
    throw invalid(file, '', 'expected the scenario as YAML or JSON text, or as a parsed document (an object)');
  }
  // A parsed document goes through the same parser as JSON text, so it meets the same limits and checks.
  const text = typeof source === 'string' ? source : JSON.stringify(source);
  const opened = openScenario({ file, text }, { readFile: options.readFile });
  if (!opened.ok) throw new OpsimError('invalid', opened.issues);
  const loaded = opened.scenario.design();
  if (!loaded.ok) throw new OpsimError('invalid', loaded.issues);
  const scenario: Scenario = {
    file,
    doc: loaded.doc,
    model: loaded.model,
    variants: loaded.variants,
    sweeps: loaded.sweeps,
  };
  sources.set(scenario, opened.scenario);
  return scenario;
}

/** asScenario(source): a Scenario as given, or text / a document loaded with default options. */
export function asScenario(source: Scenario | string | object): Scenario {
  return typeof source === 'object' && source !== null && sources.has(source as Scenario)
    ? (source as Scenario)
    : loadScenario(source);
}

/** designModel(scenario, variant): the base model, or a variant's compiled from the same source. */
export function designModel(scenario: Scenario, variant: string | null): Model {
  return design(scenario, variant).model;
}

/** design(scenario, variant): the document and compiled model of the base, or of a variant. */
export function design(scenario: Scenario, variant: string | null): { doc: ScenarioDoc; model: Model } {
  if (variant === null) return scenario;
  if (!scenario.variants.includes(variant)) {
    const known =
      scenario.variants.length === 0
        ? 'the file declares no variants'
        : `the file declares: ${scenario.variants.join(', ')}`;
    throw invalid(scenario.file, 'variants', `no variant "${variant}"; ${known}`);
  }
  const loaded = sources.get(scenario)!.design(variant);
  if (!loaded.ok) throw new OpsimError('invalid', loaded.issues);
  return loaded;
}

/** readPeriods(value): the `periods` option checked: week, month, quarter or absent. */
export function readPeriods(value: unknown): PeriodKind | undefined {
  if (value === undefined) return undefined;
  if ((PERIOD_KINDS as readonly unknown[]).includes(value)) return value as PeriodKind;
  throw invalid('options', 'periods', `expected week, month or quarter, got ${JSON.stringify(value)}`);
}
