// Which columns (CSV) or attribute keys (XES) hold what. The defaults are the XES standard's names,
// which PM4Py, Disco and Celonis write; a company export with other names maps them here.

export interface LogColumns {
  case: string;
  activity: string;
  timestamp: string;
  /** Optional columns: absent means every event is a completion, with no resource or group. */
  lifecycle: string;
  resource: string;
  group: string;
  type: string;
}

export const XES_COLUMNS: LogColumns = {
  case: 'case:concept:name',
  activity: 'concept:name',
  timestamp: 'time:timestamp',
  lifecycle: 'lifecycle:transition',
  resource: 'org:resource',
  group: 'org:group',
  type: 'case:type',
};

/** "case=Case ID,activity=Activity" over the defaults; unknown keys are refused. */
export function parseColumnMap(text: string | undefined): LogColumns {
  const out = { ...XES_COLUMNS };
  if (text === undefined || text.trim() === '') return out;
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim() as keyof LogColumns;
    if (eq < 0 || !(key in out)) {
      throw new RangeError(
        `--columns: expected key=column pairs with keys ${Object.keys(out).join(', ')}, found "${part.trim()}"`,
      );
    }
    out[key] = part.slice(eq + 1).trim();
  }
  return out;
}
