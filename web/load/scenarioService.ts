// Everything the page asks of the scenario layer, as one object of plain functions with plain,
// cloneable answers. It runs in a worker (scenarioWorker.ts): parsing and validating a scenario
// takes hundreds of milliseconds for a real company file, and seconds for a big one, which must
// not freeze the page. Tests call it directly.
import type { Model } from '../../src/core/index.js';
import { formatIssue, loadScenario, modelFromDoc, openScenario, type Built } from '../../src/scenario/index.js';
import { decisionSpace, gridPoints, type Decision, type SweepParam } from '../../src/experiments/index.js';
import { parse } from 'yaml';
import type { Issue, Loaded } from '../state/appState.js';
import { setInText } from '../edit/setInText.js';
import { readBundled } from './bundled.js';
import { linesOfPaths } from './lineOfPath.js';

/** A failed load also returns the text as parsed (if it parses), so the form can still show its numbers. */
export type LoadOutcome =
  { ok: true; loaded: Loaded } | { ok: false; issues: Issue[]; rawDoc: Record<string, unknown> | null };

export type ModelsOutcome = { ok: true; models: Model[] } | { ok: false; message: string };

export const scenarioService = {
  /** Loads `text` with `variant`; when the variant is unknown, falls back to the base design (`variant` in the answer says which). */
  load(file: string, text: string, variant: string | null): { outcome: LoadOutcome; variant: string | null } {
    const first = loadOne(file, text, variant);
    if (first.ok || variant === null) return { outcome: first, variant };
    const base = loadOne(file, text, null);
    return base.ok ? { outcome: base, variant: null } : { outcome: first, variant };
  },

  /** One compiled model per design (null = base), or the first design's problem. */
  designModels(file: string, text: string, designs: (string | null)[]): ModelsOutcome {
    const models: Model[] = [];
    // Read and validated once for all designs; each design is then only compiled.
    const opened = openScenario({ file, text }, { readFile: readBundled });
    for (const v of designs) {
      const r = opened.ok ? opened.scenario.design(v ?? undefined) : opened;
      if (!r.ok)
        return {
          ok: false,
          message: `Design ${v ?? 'base'} does not load: ${r.issues[0]?.path} ${r.issues[0]?.message}`,
        };
      models.push(r.model);
    }
    return { ok: true, models };
  },

  /** One compiled model per point of the grid of `params` (the first varying slowest), as `opsim sweep` builds them. */
  sweepModels(file: string, text: string, variant: string | null, params: SweepParam[]): ModelsOutcome {
    const models: Model[] = [];
    // The design is loaded once; each point only sets its values, validates and compiles.
    const design = loadScenario(
      { file, text },
      variant === null ? { readFile: readBundled } : { variant, readFile: readBundled },
    );
    for (const [index, point] of gridPoints(params).entries()) {
      const params = Object.entries(point).map(([path, value]) => ({ path, value }));
      const built: Built = !design.ok
        ? { ok: false, issues: design.issues.map(formatIssue) }
        : params.length === 0
          ? { ok: true, model: design.model }
          : modelFromDoc(design.doc, file, params);
      if (!built.ok) {
        const where = Object.entries(point)
          .map(([p, v]) => `${p} = ${String(v)}`)
          .join(', ');
        return { ok: false, message: `Sweep point ${index} (${where}): ${built.issues[0] ?? 'invalid'}` };
      }
      models.push(built.model);
    }
    return { ok: true, models };
  },

  /**
   * The design's decisions and one compiled model per combination of their values, as `opsim
   * optimise` builds them, or what is wrong (no decisions, too many, a combination that does not validate).
   */
  decisionModels(
    file: string,
    text: string,
    variant: string | null,
  ): { ok: true; decisions: Decision[]; models: Model[] } | { ok: false; message: string } {
    const design = loadScenario(
      { file, text },
      variant === null ? { readFile: readBundled } : { variant, readFile: readBundled },
    );
    if (!design.ok) return { ok: false, message: `The design does not load: ${formatIssue(design.issues[0])}` };
    const space = decisionSpace(design.doc, file);
    if ('error' in space) return { ok: false, message: `${space.path}: ${space.error}` };
    if ('issues' in space) return { ok: false, message: `Decisions ${space.name}: ${space.issues[0]}` };
    return { ok: true, decisions: space.decisions, models: space.models };
  },

  /** Writes values at field paths, keeping comments (see edit/setInText.ts). */
  setIn(
    text: string,
    file: string,
    changes: { path: string; value: unknown }[],
  ): { ok: true; text: string } | { ok: false; message: string } {
    try {
      return { ok: true, text: setInText(text, file, changes) };
    } catch (err) {
      return { ok: false, message: (err as Error).message };
    }
  },

  /**
   * One form edit written into the text: the value at its path, or, in a file that `extends`
   * another (which may only list changes), one more `set` in its `changes`.
   */
  edit(
    text: string,
    file: string,
    path: string,
    value: unknown,
  ): { ok: true; text: string } | { ok: false; message: string } {
    const own = parseDoc(text);
    if (typeof own?.extends === 'string') {
      const n = Array.isArray(own.changes) ? own.changes.length : 0;
      return scenarioService.setIn(text, file, [{ path: `changes.${n}`, value: { op: 'set', path, value } }]);
    }
    return scenarioService.setIn(text, file, [{ path, value }]);
  },

  /**
   * Adds `variants.<name>` to `text`. A file that extends another and sets no `variants` of its own
   * inherits the base's; setting one would replace that list, so `inherited` is carried over.
   */
  addVariant(
    text: string,
    file: string,
    name: string,
    variant: unknown,
    inherited: Record<string, unknown>,
  ): { ok: true; text: string } | { ok: false; message: string } {
    const own = parseDoc(text);
    if (own === null) return { ok: false, message: 'the text does not parse' };
    const existing = (own.variants ?? (typeof own.extends === 'string' ? inherited : {})) as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(existing, name))
      return { ok: false, message: `There is already a variant called ${name}.` };
    if (typeof own.extends === 'string' && own.variants === undefined)
      return scenarioService.setIn(text, file, [{ path: 'variants', value: { ...inherited, [name]: variant } }]);
    return scenarioService.setIn(text, file, [{ path: `variants.${name}`, value: variant }]);
  },

  /** The text as plain data, or null when it does not parse to a mapping. */
  parse(text: string): Record<string, unknown> | null {
    return parseDoc(text);
  },
};

export type ScenarioService = typeof scenarioService;

function loadOne(file: string, text: string, variant: string | null): LoadOutcome {
  let r: ReturnType<typeof loadScenario>;
  let opened: ReturnType<typeof openScenario>;
  try {
    opened = openScenario({ file, text }, { readFile: readBundled });
    r = opened.ok ? opened.scenario.design(variant ?? undefined) : opened;
  } catch (err) {
    // The scenario layer promises issues, not exceptions; if one escapes, show it as an issue.
    return { ok: false, issues: [{ file, path: '', message: String((err as Error)?.message ?? err) }], rawDoc: null };
  }
  if (!r.ok) {
    // Locate issues the loader could not place, so the page can show them next to their line.
    const lines = linesOfPaths(
      text,
      r.issues.map((i) => i.path),
    );
    const issues = r.issues.map((i, k) => ({ ...i, line: i.line ?? lines[k] }));
    return { ok: false, issues, rawDoc: parseDoc(text) };
  }
  const sweeps: Loaded['sweeps'] = {};
  for (const [id, s] of Object.entries(r.sweeps)) {
    sweeps[id] = {
      param: s.param,
      values: s.values.filter((v): v is number | string | boolean =>
        ['number', 'string', 'boolean'].includes(typeof v),
      ),
    };
  }
  const doc = r.doc as unknown as Record<string, unknown>;
  // The form edits the base design, so it needs the base document even when a variant is shown.
  let baseDoc = doc;
  if (variant !== null && opened.ok) baseDoc = opened.scenario.doc as unknown as Record<string, unknown>;
  return { ok: true, loaded: { doc, baseDoc, model: r.model, variants: [...r.variants], sweeps } };
}

function parseDoc(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = parse(text, { maxAliasCount: 100 });
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
