// fit, drift and readEventLog: the library gives what opsim fit and opsim drift write and print,
// byte for byte, from the log's text in any of the three formats or from a log read once.
import { describe, expect, it } from 'vitest';
import { drift, fit, OpsimError, readEventLog, reportJson } from '../../src/api/index.js';
import { runCli } from '../cli/memoryIo.js';
import { bundled, exportText } from '../eventlog/logSupport.js';

const fourWeeks = (t: string) => t.replace(/^horizon: .*$/m, 'horizon: 4w');
const base = bundled('scenarios/validation/rework-loop.yaml', fourWeeks);
const csv = exportText(base.model, 'csv', 'api');

describe('fit(log, options)', () => {
  it("writes opsim fit's scenario and prints its validation table, byte for byte", async () => {
    const argv = ['fit', 'log.csv', '--out', 'fitted.yaml', '--replications', '3', '--horizon', '2w'];
    const cli = await runCli(argv, { 'log.csv': csv });
    expect(cli.code).toBe(0);
    const api = await fit(csv, {
      logFile: 'log.csv',
      replications: 3,
      horizon: '2w',
      command: `opsim ${argv.join(' ')}`,
    });
    expect(api.scenario).toBe(cli.written['fitted.yaml']);
    expect(api.table).toBe(cli.stdout);
    expect(api.validation?.rows[0].kpi).toBe('arrivals (/week)');
    expect(api.summary.cases).toBeGreaterThan(100);
  });

  it('reads XES and OCEL 2.0 text too (the format sniffed), and a log read once by readEventLog', async () => {
    const fromCsv = await fit(csv, { validate: false });
    const xes = await fit(exportText(base.model, 'xes', 'api'), { validate: false });
    expect(xes.scenario).toBe(fromCsv.scenario);
    const ocel = await fit(new TextEncoder().encode(exportText(base.model, 'ocel', 'api')), { validate: false });
    expect(ocel.summary).toEqual(fromCsv.summary);
    expect(await fit(readEventLog(csv), { validate: false })).toEqual(fromCsv);
    expect(fromCsv.table).toBeNull();
  });

  it('throws one OpsimError naming the row or element and what was expected', async () => {
    const lines = csv.split('\n');
    lines[3] = lines[3].replace(/\d{4}-\d\d-\d\dT[^,]*/, 'soon');
    const bad = lines.join('\n');
    await expect(fit(bad, { logFile: 'bad.csv' })).rejects.toMatchObject({
      name: 'OpsimError',
      kind: 'invalid',
      issues: [
        { file: 'bad.csv', path: '', message: expect.stringMatching(/^line 4: timestamp "soon" is not an ISO 8601/) },
      ],
    });
    expect(() => readEventLog('{"objects": [{"id": "a"}], "events": []}', { logFile: 'x.json' })).toThrow(
      'x.json: objects[0]: expected an object with "id" and "type" strings',
    );
    expect(() => readEventLog(csv, { columns: { bogus: 'x' } as never })).toThrow(OpsimError);
    await expect(fit(csv, { horizon: 'soon' })).rejects.toThrow(/options: horizon: expected a duration/);
  });
});

describe('drift(scenario, log, options)', () => {
  it('gives the report opsim drift --json prints, byte for byte, with progress', async () => {
    const observed = exportText(bundled('scenarios/validation/rework-loop.yaml', fourWeeks).model, 'csv', 'other');
    const files = { 'base.yaml': base.text, 'observed.csv': observed };
    const cli = await runCli(
      ['drift', 'base.yaml', '--observed', 'observed.csv', '--window', '1w', '--replications', '5', '--json'],
      files,
    );
    expect([0, 3]).toContain(cli.code);
    const seen: number[] = [];
    const api = await drift(base.text, observed, { window: '1w', replications: 5, onProgress: (d) => seen.push(d) });
    expect(reportJson(api)).toBe(cli.stdout);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops between replications when the signal aborts, and names a log shorter than a window', async () => {
    const controller = new AbortController();
    const run = drift(base.text, csv, {
      window: '1w',
      replications: 20,
      signal: controller.signal,
      onProgress: (d) => {
        if (d === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await expect(drift(base.text, csv, { window: '8w', logFile: 'short.csv' })).rejects.toThrow(
      /^short\.csv: the observed log spans [\d.]+ h, less than one window of 1344 h/,
    );
  });
});
