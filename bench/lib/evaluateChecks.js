// Compares key figures with their exact values. A missing figure fails: an engine that stops
// reporting what the benchmark checks must not pass silently.
export function evaluateChecks(figures, checks) {
  return checks.map((c) => {
    const value = figures[c.figure];
    if (c.exact === undefined) {
      return { ...c, value, relError: null, ok: c.ok ?? Boolean(value) };
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ...c, value: value ?? null, relError: null, ok: false };
    }
    const relError = value / c.exact - 1;
    return { ...c, value, relError, ok: Math.abs(relError) <= c.tolerance };
  });
}
