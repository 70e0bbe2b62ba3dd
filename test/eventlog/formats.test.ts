// Export in three formats: OCEL 2.0 against its published JSON Schema, XES well-formed (xmllint)
// with the standard's extensions and attribute types, and all three read back to the same events.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { eventAt, formatIsoTime, parseIsoTime, type EventLog } from '../../src/eventlog/index.js';
import { bundled, exportText, readText, START_MS } from './logSupport.js';

const forum = bundled('scenarios/validation/forum.yaml', (t) => t.replace(/^horizon: .*$/m, 'horizon: 3w'));
const rework = bundled('scenarios/validation/rework-loop.yaml', (t) =>
  t.replace(/^horizon: .*$/m, 'horizon: 1w').replace(/^warmup: .*$/m, 'warmup: 0'),
);

/** Events as comparable lines, cases in order of first appearance and events in log order within each. */
function lines(log: EventLog): string[] {
  const out: string[] = [];
  for (let k = 0; k < log.n; k++) {
    const e = eventAt(log, k);
    out.push(
      `${e.caseId} ${e.caseType ?? ''} ${e.activity} ${e.lifecycle} ${e.ms} ${e.resource ?? ''} ${e.group ?? ''}`,
    );
  }
  return out.sort();
}

describe('isoTime', () => {
  test('parseIsoTime(formatIsoTime(ms, offset)) is the same instant and offset', () => {
    for (const [ms, off] of [
      [START_MS + 1234.5 * 3_600_000, -300],
      [0, 0],
      [START_MS + 1, 90],
      [Date.UTC(2011, 9, 11, 11, 45, 40, 276), 120],
    ]) {
      const text = formatIsoTime(ms, off);
      expect(parseIsoTime(text)).toEqual({ ms: Math.round(ms), offsetMin: off, hasOffset: true });
      expect(Date.parse(text)).toBe(Math.round(ms));
    }
  });
  test('parseIsoTime reads the forms real logs use and refuses others', () => {
    expect(parseIsoTime('2011-10-11 13:45:40.276000+02:00')!.ms).toBe(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    expect(parseIsoTime('2011-10-11T13:45:40Z')!.ms).toBe(Date.UTC(2011, 9, 11, 13, 45, 40));
    expect(parseIsoTime('2011-10-11T13:45')!.hasOffset).toBe(false);
    for (const bad of ['11/10/2011 13:45', '2011-13-01T00:00Z', 'yesterday', '']) expect(parseIsoTime(bad)).toBeNull();
  });
});

describe('export', () => {
  test('OCEL 2.0 output is valid against the OCEL 2.0 JSON schema; forum sessions are objects related to every item they decide', () => {
    const schema = JSON.parse(readFileSync('test/eventlog/fixtures/ocel2.schema.json', 'utf8'));
    const ajv = new Ajv({ strict: false });
    // RFC 3339 date-time, the format the schema names (ajv-formats is not a dependency).
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(exportText(forum.model, 'ocel'));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const sessions = doc.events.filter((e: { relationships: { qualifier: string }[] }) =>
      e.relationships.some((r) => r.qualifier === 'session'),
    );
    expect(sessions.length).toBeGreaterThan(0);
    expect(Math.max(...sessions.map((e: { relationships: unknown[] }) => e.relationships.length))).toBeGreaterThan(2);
    expect(doc.objects.filter((o: { type: string }) => o.type === 'session').length).toBe(sessions.length);
    // The schema would accept an invalid time as a plain string only if format checking were off: it is on.
    expect(validate({ ...doc, events: [{ ...doc.events[0], time: 'not a time' }] })).toBe(false);
  });

  test('XES output is well-formed XML (xmllint) and declares the standard extensions with typed attributes', () => {
    const text = exportText(rework.model, 'xes');
    const dir = mkdtempSync(join(tmpdir(), 'opsim-xes-'));
    writeFileSync(join(dir, 'log.xes'), text);
    execFileSync('xmllint', ['--noout', join(dir, 'log.xes')]);
    for (const ext of ['concept', 'lifecycle', 'time', 'org'])
      expect(text).toContain(`prefix="${ext}" uri="http://www.xes-standard.org/${ext}.xesext"`);
    expect(text).toMatch(/<date key="time:timestamp" value="2027-01-04T\d\d:\d\d:\d\d\.\d{3}\+00:00"\/>/);
    expect(text).toMatch(/<string key="org:resource" value="worker#0"\/>/);
    // A broken file is caught by the same check, so the check can fail.
    writeFileSync(join(dir, 'bad.xes'), text.replace('</log>', ''));
    expect(() => execFileSync('xmllint', ['--noout', join(dir, 'bad.xes')], { stdio: 'pipe' })).toThrow();
  });

  test('CSV, XES and OCEL exports of one replication read back to the same events', () => {
    const csv = lines(readText(exportText(rework.model, 'csv', 3, 1, -300), 'csv').log);
    const xes = lines(readText(exportText(rework.model, 'xes', 3, 1, -300), 'xes').log);
    const ocel = lines(readText(exportText(rework.model, 'ocel', 3, 1, -300), 'ocel').log);
    expect(csv.length).toBeGreaterThan(1000);
    expect(xes).toEqual(csv);
    expect(ocel).toEqual(csv);
  });

  test('the log follows the trace: every start has its completion by the same server, servers numbered from 0 within the pool capacity', () => {
    const log = readText(exportText(forum.model, 'csv'), 'csv').log;
    const open = new Map<string, string>();
    for (let k = 0; k < log.n; k++) {
      const e = eventAt(log, k);
      const key = `${e.caseId} ${e.activity}`;
      if (e.lifecycle === 'start') open.set(key, e.resource!);
      if (e.lifecycle === 'complete' && open.has(key)) {
        expect(e.resource).toBe(open.get(key));
        open.delete(key);
      }
    }
    const pools = new Map(forum.model.pools.map((p) => [p.id, p.capacity]));
    for (const r of log.resources) {
      const [pool, n] = r.split('#');
      expect(Number(n)).toBeLessThan(pools.get(pool)!);
    }
  });
});
