// Which calendar an SLA's clock of working hours follows: the one it names, else the calendar of the
// step's first pool (the team whose working day the SLA is about). Tolerant of unvalidated documents.

type Rec = Record<string, unknown>;
const rec = (x: unknown): Rec => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Rec) : {});

export function slaCalendar(doc: unknown, step: unknown): string | undefined {
  const s = rec(step);
  const named = rec(s.sla).calendar;
  if (typeof named === 'string') return named;
  const serve = Array.isArray(s.serve) ? s.serve : [];
  const pool = rec(serve[0]).pool;
  const calendar = typeof pool === 'string' ? rec(rec(rec(doc).pools)[pool]).calendar : undefined;
  return typeof calendar === 'string' ? calendar : undefined;
}
