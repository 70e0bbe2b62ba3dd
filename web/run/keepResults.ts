// Wires the runner to savedResults: every finished run, comparison, sweep, selection or optimisation is kept (with the work it
// came from), and on reload the newest of each kind comes back when the work is the same.
import type { Store } from '../state/store.js';
import { latestResults, saveResult, type ResultKind } from '../state/savedResults.js';
import type { Runner } from './runner.js';

const kinds: ResultKind[] = ['run', 'compare', 'sweep', 'select', 'optimise'];

function title(kind: ResultKind, report: Record<string, unknown>): string {
  const reps = `${String(report.replications)} replications`;
  if (kind === 'run') return `Run of ${String(report.design)}, ${reps}`;
  if (kind === 'compare') return `Comparison of ${(report.designs as unknown[]).length} designs, ${reps}`;
  if (kind === 'optimise') {
    const best = report.best as { name: string } | null;
    return `Optimisation of ${String(report.designs)} designs: ${best?.name ?? 'none'}`;
  }
  if (kind === 'select') {
    const used = (report.replications as { used: number }).used;
    return `Selection among ${(report.designs as unknown[]).length} designs on ${(report.objective as { label: string }).label}: ${String(report.selected ?? 'none')}, ${used} replications`;
  }
  return `Sweep of ${(report.params as { path: string }[]).map((p) => p.path.split('.').slice(-3).join('.')).join(' × ')}, ${(report.points as unknown[]).length} points, ${reps}`;
}

export function keepResults(store: Store, runner: Runner): void {
  const seen: Partial<Record<ResultKind, unknown>> = {};
  runner.subscribe((r) => {
    for (const kind of kinds) {
      const out = r[kind];
      if (!out || out === seen[kind]) continue;
      seen[kind] = out;
      if (out.restored) continue;
      const [file, text, variant, seed, replications, warmup] = JSON.parse(out.key) as [
        string,
        string,
        string | null,
        string,
        number,
        string | null,
      ];
      void saveResult({
        kind,
        key: out.key,
        json: out.json,
        at: new Date().toISOString(),
        title: title(kind, out.report as unknown as Record<string, unknown>),
        file,
        text,
        variant,
        seed,
        replications,
        warmup,
      }).then((problem) => {
        if (problem) store.set({ notice: { kind: 'error', text: problem } });
      });
    }
  });
}

/** The newest result of each kind, when it was made from exactly the work now loaded. */
export async function restoreResults(store: Store, runner: Runner): Promise<void> {
  const latest = await latestResults();
  const s = store.get();
  if (!s.loaded) return;
  for (const kind of kinds) {
    const r = latest[kind];
    if (r && r.key === runner.currentKey()) runner.restore(kind, r.json, r.key, s.loaded.model);
  }
}
