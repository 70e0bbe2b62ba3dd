// The fitted scenario's comment on each pool names where the pool came from: the log's org:group, or,
// in a log without groups, the org:resource it is made of. Calling a resource a group sent the reader
// looking for a column the log does not have.
import { describe, expect, it } from 'vitest';
import { fit } from '../../../src/api/index.js';

/** Two people and no groups: each takes cases in turn, with recorded starts and completions. */
function twoPeople(withGroup: boolean): string {
  const header = `case:concept:name,concept:name,lifecycle:transition,org:resource${withGroup ? ',org:group' : ''},time:timestamp`;
  const rows = [header];
  const iso = (m: number) => new Date(Date.UTC(2026, 0, 5) + m * 60_000).toISOString();
  for (let c = 0; c < 200; c++) {
    const who = c % 2 === 0 ? 'ann' : 'bob';
    const group = withGroup ? ',clerks' : '';
    const t = c * 30;
    rows.push(`case-${c},handle,start,${who}${group},${iso(t)}`);
    rows.push(`case-${c},handle,complete,${who}${group},${iso(t + 20)}`);
    rows.push(`case-${c},close,complete,${who}${group},${iso(t + 25)}`);
  }
  return rows.join('\n');
}

describe('the comment on a fitted pool', () => {
  it('names the org:resource a pool is made of when the log has no org:group', async () => {
    const { scenario } = await fit(twoPeople(false), { validate: false });
    expect(scenario).toContain('  ann:                   # org:resource "ann" (no org:group in the log)');
    expect(scenario).not.toMatch(/# org:group "ann"/);
  });

  it('names the org:group when the log has one', async () => {
    const { scenario } = await fit(twoPeople(true), { validate: false });
    expect(scenario).toContain('  clerks:                   # org:group "clerks"');
  });
});
