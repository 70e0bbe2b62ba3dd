// Ratios between two workloads measured in the same bench run, each engine against the other
// rather than against a ceiling: how far the company scenario's cost per event is from the
// queueing kernel's. Guarded in bench:ci like the ratios to the ceiling (bench/baseline.json).
export const derivedRatios = [
  {
    name: 'company/mmc',
    label: 'company events/s ÷ M/M/20 engine events/s',
    target: 0.6,
    value: (byName) => {
      const a = byName.company;
      const b = byName.mmc;
      if (!a || !b || a.error || b.error || a.skipped || b.skipped) return null;
      return a.engine.eventsPerSec / b.engine.eventsPerSec;
    },
  },
];

/** The derived ratios that this run's results allow: [{ name, label, value, target }]. */
export function computeDerived(results) {
  const byName = Object.fromEntries(results.map((r) => [r.workload, r]));
  return derivedRatios
    .map(({ name, label, target, value }) => ({ name, label, target, value: value(byName) }))
    .filter((d) => d.value !== null);
}
