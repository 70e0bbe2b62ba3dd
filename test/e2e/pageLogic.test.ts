// The page's own logic without a browser: the key-numbers form, text edits, issue
// lines, calendar shading, share payloads and number formats. (They live in the e2e project
// because web/ is tested here; they need no build.)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import {
  formatCount,
  formatDuration,
  formatMoney,
  formatPercent,
  formatInterval,
  formatPerWeek,
  formatWithHalf,
} from '../../web/charts/format.js';
import { openIntervals } from '../../web/charts/timeSeriesChart.js';
import { keyNumbers } from '../../web/edit/keyNumbers.js';
import { setInText, splitPath } from '../../web/edit/setInText.js';
import { bundledScenarios, readBundled } from '../../web/load/bundled.js';
import { linesOfPaths } from '../../web/load/lineOfPath.js';
import { cliLine, seedWarmupArgs, variantsArgs } from '../../web/run/cliLine.js';
import { compareVerdicts } from '../../web/run/decisionSummary.js';
import { sweepVerdicts } from '../../web/run/sweepSummary.js';
import { buildSweepReport, significanceLabel, summariseRuns, type SweepSpec } from '../../src/experiments/index.js';
import { cheapestByType } from '../../web/run/typeCosts.js';
import { fakeRun } from '../experiments/fakeRun.js';
import { TINY_REJECT_ALL_YAML } from '../experiments/tinyScenario.js';
import { scenarioService } from '../../web/load/scenarioService.js';
import { parsePayload } from '../../web/share/sharePayload.js';
import { limits } from '../../web/state/limits.js';
import { cliJson } from './nodeReport.js';

const companyText = readFileSync('scenarios/company/ai-native.yaml', 'utf8');
const company = loadScenario({ file: 'ai-native.yaml', text: companyText });
if (!company.ok) throw new Error('the company scenario must load');

/** The lines `edited` adds to `original`; fails unless every line of `original` is still there, in order. */
function addedLines(original: string, edited: string): string[] {
  const before = original.split('\n');
  let i = 0;
  const extra = edited.split('\n').filter((l) => (l === before[i] ? (i++, false) : true));
  expect(i).toBe(before.length);
  return extra;
}

const getIn = (doc: unknown, path: string) =>
  splitPath(path).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], doc);

describe('keyNumbers(doc)', () => {
  test('every field path holds the value the form shows', () => {
    const fields = keyNumbers(company.doc as unknown as Record<string, unknown>);
    expect(fields.length).toBeGreaterThan(40);
    for (const f of fields)
      if (!(f.path.endsWith('.headcount') && getIn(company.doc, f.path) === undefined))
        expect(getIn(company.doc, f.path), f.path).toBe(f.value);
    expect(fields.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'pools.support-team.headcount',
        'pools.support-agent.capacity',
        'pools.support-team.errorRate',
        'pools.support-team.costPerHour',
        'steps.ticket-gate.next.thresholds.cuts.0',
        'steps.product-review.schedule.every',
        'steps.product-review.perSession',
      ]),
    );
  });
});

describe('setInText(text, file, changes)', () => {
  test('changes one value and keeps the comments and every other value', () => {
    const out = setInText(companyText, 'ai-native.yaml', [{ path: 'pools.support-team.headcount', value: 5 }]);
    expect(out).toContain('# tier 1: reviews agent answers');
    const before = parse(companyText);
    const after = parse(out);
    before.pools['support-team'].headcount = 5;
    expect(after).toEqual(before);
  });

  /** The lines of `a` and `b` that differ, as [line number, before, after], for files with the same number of lines. */
  const changedLines = (a: string, b: string) => {
    const x = a.split('\n');
    const y = b.split('\n');
    expect(y.length).toBe(x.length);
    return x.flatMap((line, i) => (line === y[i] ? [] : [[i + 1, line, y[i]]]));
  };

  test('a one-field edit of the company file changes exactly that line and keeps its comment', () => {
    const out = setInText(companyText, 'ai-native.yaml', [{ path: 'pools.engineers.headcount', value: 7 }]);
    expect(changedLines(companyText, out)).toEqual([
      [
        106,
        '    headcount: 4             # ~100 h/w of reviews, risky builds and hotfixes for 160 h/w of paid time',
        '    headcount: 7             # ~100 h/w of reviews, risky builds and hotfixes for 160 h/w of paid time',
      ],
    ]);
  });

  test.each([
    ['steps.ticket-gate.next.thresholds.cuts.1', 0.8],
    ['pools.ceo.budget', '9h/w'],
    ['steps.product-review.schedule.every', '2w'],
    ['itemTypes.ticket.arrivals.poisson', '1300/w'],
  ])('edits %s in place, in block or flow style, and nothing else', (path, value) => {
    const out = setInText(companyText, 'ai-native.yaml', [{ path, value }]);
    expect(changedLines(companyText, out)).toHaveLength(1);
    expect(getIn(parse(out), path)).toBe(value);
  });

  test('a value added under an existing map, or at the end of a list, adds only its own lines', () => {
    const text =
      '# top\nname: x   # kept\nchanges:\n  - op: set   # first\n    path: a\n    value: 1\nvariants:\n  one: { changes: [] }\n';
    const appended = setInText(text, 'x.yaml', [
      { path: 'changes.1', value: { op: 'set', path: 'b', value: 'two words' } },
    ]);
    expect(appended).toBe(
      '# top\nname: x   # kept\nchanges:\n  - op: set   # first\n    path: a\n    value: 1\n  - op: set\n    path: b\n    value: two words\nvariants:\n  one: { changes: [] }\n',
    );
    const added = setInText(text, 'x.yaml', [{ path: 'variants.two', value: { description: 'more', changes: [] } }]);
    expect(added).toBe(`${text}  two:\n    description: more\n    changes: []\n`);
    const flow = setInText(text, 'x.yaml', [{ path: 'variants.one.description', value: 'a, b' }]);
    expect(parse(flow).variants.one).toEqual({ changes: [], description: 'a, b' });
    expect(flow.startsWith('# top\nname: x   # kept\n')).toBe(true);
  });

  test('rewrites JSON files as JSON', () => {
    const out = setInText('{"a": {"b": [1, 2]}}', 'x.json', [{ path: 'a.b.1', value: 3 }]);
    expect(JSON.parse(out)).toEqual({ a: { b: [1, 3] } });
  });
});

describe('scenarioService', () => {
  const sun = bundledScenarios.find((b) => b.path === 'company/follow-the-sun.yaml')!;

  test('load(file, text, variant) falls back to the base design when the variant is gone', () => {
    const r = scenarioService.load('ai-native.yaml', companyText, 'no-such-variant');
    expect(r.variant).toBeNull();
    expect(r.outcome.ok).toBe(true);
  });

  test('load() of a broken text gives issues with lines and the text as parsed', () => {
    const r = scenarioService.load('x.yaml', 'opsim: 1\nname: x\nhorizon: 1w\npools:\n  a: { kind: robot }\n', null);
    expect(r.outcome.ok).toBe(false);
    if (r.outcome.ok) return;
    expect(r.outcome.issues.every((i) => i.line !== undefined || i.path === '')).toBe(true);
    expect(r.outcome.rawDoc?.name).toBe('x');
  });

  test('edit() in a file that extends another appends a set change', () => {
    const r = scenarioService.edit(sun.text, sun.path, 'pools.support-team.headcount', 4);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const changes = parse(r.text).changes as unknown[];
    expect(changes[changes.length - 1]).toEqual({ op: 'set', path: 'pools.support-team.headcount', value: 4 });
    expect(scenarioService.load(sun.path, r.text, null).outcome.ok).toBe(true);
  });

  test('addVariant() refuses a name in use and keeps inherited variants of an extending file', () => {
    expect(scenarioService.addVariant(companyText, 'ai-native.yaml', 'human-run', { changes: [] }, {})).toEqual({
      ok: false,
      message: 'There is already a variant called human-run.',
    });
    const variant = {
      description: 'two more engineers',
      changes: [{ op: 'set', path: 'pools.engineers.headcount', value: 6 }],
    };
    const company = scenarioService.addVariant(companyText, 'ai-native.yaml', 'more-engineers', variant, {});
    expect(company.ok).toBe(true);
    if (company.ok) {
      // Only the variant's own lines are added; every line of the file is kept as it was.
      const lines = company.text.split('\n');
      expect(lines.length - companyText.split('\n').length).toBe(6);
      expect(addedLines(companyText, company.text).map((l) => l.trim())).toEqual([
        'more-engineers:',
        'description: two more engineers',
        'changes:',
        '- op: set',
        'path: pools.engineers.headcount',
        'value: 6',
      ]);
      expect(parse(company.text).variants['more-engineers']).toEqual(variant);
    }
    const sunEdit = scenarioService.edit(sun.text, sun.path, 'pools.support-team.headcount', 4);
    expect(sunEdit.ok && addedLines(sun.text, sunEdit.text)).toEqual([
      '  - op: set',
      '    path: pools.support-team.headcount',
      '    value: 4',
    ]);
    const added = scenarioService.addVariant(
      'extends: ./ai-native.yaml\nchanges: []\n',
      'company/x.yaml',
      'mine',
      { changes: [] },
      { inherited: { changes: [] } },
    );
    expect(added.ok && parse(added.text).variants).toEqual({ inherited: { changes: [] }, mine: { changes: [] } });
  });
});

describe('the designs Compare and Select list', () => {
  test('are the base, then the variants by name: the rows of opsim compare and opsim select without --variants', async () => {
    // Declared out of name order, so listing them as the file does would fail here.
    const text = `${readFileSync('scenarios/validation/mm1.yaml', 'utf8').replace('horizon: 11w', 'horizon: 2w')}
variants:
  zeta: { changes: [{ op: set, path: pools.server.capacity, value: 2 }] }
  alpha: { changes: [{ op: set, path: pools.server.capacity, value: 3 }] }
  mid: { changes: [{ op: set, path: pools.server.capacity, value: 4 }] }
`;
    const r = scenarioService.load('mm1.yaml', text, null);
    expect(r.outcome.ok).toBe(true);
    if (!r.outcome.ok) return;
    const listed = ['base', ...r.outcome.loaded.variants];
    expect(listed).toEqual(['base', 'alpha', 'mid', 'zeta']);
    const designsOf = (json: string) =>
      (JSON.parse(json) as { designs: { name: string }[] }).designs.map((d) => d.name);
    expect(designsOf(await cliJson('compare', 'mm1.yaml', text, ['--replications', '2', '--warmup', '0h']))).toEqual(
      listed,
    );
    const selected = JSON.parse(
      await cliJson('select', 'mm1.yaml', text, [
        '--objective',
        'cycleTime',
        '--delta',
        '1h',
        '--first-stage',
        '5',
        '--max-replications',
        '10',
      ]),
    ) as { designs: { name: string }[] };
    expect(selected.designs.map((d) => d.name)).toEqual(listed);
  });
});

describe('the opsim command lines Compare and Select show', () => {
  test('name the file, the picked variants only when some are left out, the seed and a set warm-up', () => {
    const all = ['alpha', 'mid', 'zeta'];
    expect(variantsArgs([null, 'alpha', 'mid', 'zeta'], all)).toEqual([]);
    expect(variantsArgs([null, 'alpha', 'zeta'], all)).toEqual(['--variants', 'alpha,zeta']);
    expect(seedWarmupArgs({ seed: '7', warmup: null })).toEqual(['--seed', '7']);
    expect(seedWarmupArgs({ seed: '7', warmup: 'auto' })).toEqual(['--seed', '7', '--warmup', 'auto']);
    expect(cliLine('compare', 'scenarios/a b/mm1.yaml', ['--variants', 'alpha,zeta', '--seed', '7'])).toBe(
      'opsim compare mm1.yaml --variants alpha,zeta --seed 7',
    );
    // Quoted where a shell would read the word otherwise, and read back as typed.
    expect(cliLine('select', "it's.yaml", ['--constraint', 'budgetUse:*<=100%'])).toBe(
      `opsim select 'it'\\''s.yaml' --constraint 'budgetUse:*<=100%'`,
    );
  });
});

describe('linesOfPaths(text, paths)', () => {
  test('finds the line of a field, or of its deepest existing parent', () => {
    const lines = companyText.split('\n');
    const [headcount, missing] = linesOfPaths(companyText, [
      'pools.support-team.headcount',
      'pools.support-team.nosuchfield',
    ]);
    expect(lines[headcount! - 1]).toMatch(/^\s+headcount: 3/);
    expect(lines[missing! - 1]).toMatch(/^\s+support-team:/);
  });
});

describe('openIntervals(calendar, startWeekday, t0, t1)', () => {
  test('New York office hours in simulated (UTC) hours, skipping a holiday', () => {
    const office = company.model.calendars.find((c) => c.id === 'office')!;
    const week = openIntervals(office, company.model.startWeekday, 0, 168);
    // Monday 09:00-12:30 and 13:30-18:00 at UTC-5 are 14:00-17:30 and 18:30-23:00 UTC.
    expect(week.slice(0, 2)).toEqual([
      [14, 17.5],
      [18.5, 23],
    ]);
    expect(week).toHaveLength(10);
    // 2027-01-18 (day 14) is a holiday: the third Monday has no open hours.
    expect(openIntervals(office, company.model.startWeekday, 14 * 24, 15 * 24)).toEqual([]);
  });
});

describe('parsePayload(json)', () => {
  test('accepts a share payload and refuses anything else', () => {
    expect(
      parsePayload(
        JSON.stringify({ v: 1, file: 'a.yaml', text: 'x', variant: 'v', seed: '7', replications: 3, warmup: 'auto' }),
      ),
    ).toEqual({ v: 1, file: 'a.yaml', text: 'x', variant: 'v', seed: '7', replications: 3, warmup: 'auto' });
    expect(parsePayload(JSON.stringify({ v: 1, file: 'a.yaml', text: 'x' }))).toMatchObject({ warmup: null }); // a link from before the warm-up setting
    expect(parsePayload('{"v":2,"file":"a","text":"x"}')).toBeNull();
    expect(parsePayload('{"v":1,"file":"a","text":{"html":"<b>"}}')).toBeNull();
    expect(parsePayload('not json')).toBeNull();
    expect(parsePayload(JSON.stringify({ v: 1, file: 'a', text: 'x', replications: 2.5 }))).toMatchObject({
      replications: null,
    });
  });

  test('refuses a link that asks for no, negative or more replications than a run on the page takes, saying so', () => {
    const link = (replications: number) => parsePayload(JSON.stringify({ v: 1, file: 'a', text: 'x', replications }));
    expect(limits.replications).toBe(1000);
    expect(link(0)).toEqual({ problem: 'The link asks for 0 replications; a run on this page takes from 1 to 1,000.' });
    expect(link(-3)).toEqual({
      problem: 'The link asks for -3 replications; a run on this page takes from 1 to 1,000.',
    });
    expect(link(1001)).toEqual({
      problem:
        'The link asks for 1,001 replications; a run on this page takes from 1 to 1,000 (the CLI takes more: opsim run --replications).',
    });
    expect(link(1e9)).toMatchObject({
      problem: expect.stringMatching(/^The link asks for 1,000,000,000 replications/),
    });
    expect(link(1)).toMatchObject({ replications: 1 });
    expect(link(1000)).toMatchObject({ replications: 1000 });
  });
});

describe('bundled scenarios', () => {
  test('readBundled resolves extends by path or unique name', () => {
    expect(readBundled('company/ai-native.yaml')).toBe(companyText);
    expect(readBundled('ai-native.yaml')).toBe(companyText);
    expect(() => readBundled('nope.yaml')).toThrow(/bundled/);
    const sun = bundledScenarios.find((b) => b.path === 'company/follow-the-sun.yaml')!;
    expect(loadScenario({ file: sun.path, text: sun.text }, { readFile: readBundled }).ok).toBe(true);
  });
});

describe('formats', () => {
  test('money, durations and rates read like people write them', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,235');
    expect(formatMoney(48.337, 'EUR')).toBe('€48.34');
    // A mean inside ± its half is shown to the last digit the half shows, not its own.
    expect(formatWithHalf(0.000037, 5.6, formatCount)).toBe('0 ± 5.6');
    expect(formatWithHalf(-0.000037, 5.6, formatCount)).toBe('0 ± 5.6');
    expect(formatWithHalf(0.31, 5.6, formatCount)).toBe('0.3 ± 5.6');
    expect(formatWithHalf(253.4, 426, (v) => formatMoney(v))).toBe('$253 ± 426');
    expect(formatWithHalf(0.000058, 0.0009, formatPercent)).toBe('0.0% ± 0.1%');
    expect(formatWithHalf(0.25, 1.5, formatDuration)).toBe('18 min ± 1.5 h'); // 0.3 h: the half shows tenths of an hour
    expect(formatWithHalf(-2.35, 1.2, formatCount)).toBe('−2.4 ± 1.2'); // outside ± half: its own digits
    expect(formatWithHalf(12.34, 0, formatCount)).toBe('12.3');
    // A figure's interval cut at 0 shows its ends: "$253 ± 426" would say it reaches −$173.
    const money = (v: number) => formatMoney(v);
    expect(formatInterval({ mean: 253.4, half: 426, lo: 0, hi: 679.4, n: 4 }, money)).toBe('$253 ($0 to $679)');
    expect(formatInterval({ mean: 0.0004, half: 0.006, lo: 0, hi: 0.0064, n: 4 }, formatPercent)).toBe(
      '0.0% (0% to 0.6%)',
    );
    // Uncut (lo = mean − half), and without ends: "±".
    expect(formatInterval({ mean: 253.4, half: 426, lo: 253.4 - 426, hi: 679.4, n: 4 }, money)).toBe('$253 ± 426');
    expect(formatInterval({ mean: 253.4, half: 426, n: 4 }, money)).toBe('$253 ± 426');
    // A saving has the page's minus sign (d3's), not Intl's hyphen.
    expect(formatMoney(-12.5, 'USD')).toBe('−$12.50');
    expect(formatMoney(-1234.5, 'EUR')).toBe('−€1,235');
    expect(formatMoney(10, 'XYZ')).toMatch(/10/);
    expect(formatDuration(0.5)).toBe('30 min');
    expect(formatDuration(7)).toBe('7.0 h');
    expect(formatDuration(60)).toBe('2.5 d');
    expect(formatDuration(24 * 28)).toBe('4.0 wk');
    expect(formatPerWeek(1758.66)).toBe('1,758.7 /wk');
  });
});

describe('web/ sources', () => {
  test('never insert markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or d3 .html()', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = `${dir}/${name}`;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|html)$/.test(name)) files.push(path);
      }
    };
    walk('web');
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.filter((f) => {
      const code = readFileSync(f, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/<!--[\s\S]*?-->/g, '');
      return /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.html\(/.test(code);
    });
    expect(offenders).toEqual([]);
  });
});

describe('the decision summary and a design that finishes nothing', () => {
  test('ranks cost per done item and cycle time without it, and says so; other figures keep it', async () => {
    // The tiny scenario with a variant whose gate rejects every item: its runs report 0 for cost per
    // done item and cycle time, which would make it "best" at both.
    const text = TINY_REJECT_ALL_YAML;
    const report = JSON.parse(await cliJson('compare', 'tiny.yaml', text, ['--replications', '3']));
    const idle = report.designs.find((d: { name: string }) => d.name === 'reject-all');
    expect(idle.warnings.map((w: { kind: string }) => w.kind)).toContain('nothingDone');
    const verdicts = compareVerdicts(report, () => (v: number) => v.toFixed(2));
    for (const key of ['costPerDone', 'cycleTime']) {
      const v = verdicts.find((x) => x.key === key)!;
      expect(v.best).not.toBe('reject-all');
      expect(v.sentence).toContain('Left out: reject-all, which finished no item in some replications');
    }
    // Throughput is defined for every run: reject-all is there, and last.
    const throughput = verdicts.find((x) => x.key === 'throughputPerWeek')!;
    expect(throughput.sentence).not.toContain('Left out');
  });
});

describe('the decision summary and lost work', () => {
  test('speaks of abandoned and leftover work where a design has any, and never names a best cost per outcome', async () => {
    // support-vp's base abandons tickets waiting for the VP; its weekly review abandons none.
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8');
    const report = JSON.parse(await cliJson('compare', 'support-vp.yaml', text, ['--replications', '3']));
    const keys = compareVerdicts(report, () => (v: number) => v.toFixed(2)).map((v) => v.key);
    expect(keys).toEqual(
      expect.arrayContaining(['costPerDone', 'abandonedPerWeek', 'abandonedShare', 'inSystemAtEnd']),
    );
    expect(keys).not.toContain('costPerOutcome');
    // Nothing is turned away in either design: no sentence about it.
    expect(keys).not.toContain('blockedPerWeek');
  });
});

describe('the decision summary and a difference with no spread', () => {
  test('says the difference is the same in every replication, not that it could be chance', async () => {
    // One job an hour, served in a fixed time: every replication is the same, and so is the difference.
    const text = `opsim: 1
name: Fixed
horizon: 1w
functions: [ops]
pools:
  bot: { kind: agent, capacity: 1 }
itemTypes:
  job: { arrivals: { batch: 1, every: 1h }, entry: work }
steps:
  work: { function: ops, serve: [{ pool: bot, time: 30m }], next: done }
  done: { kind: exit, outcome: done }
variants:
  slower: { changes: [{ op: set, path: steps.work.serve.0.time, value: 45m }] }
`;
    const report = JSON.parse(await cliJson('compare', 'fixed.yaml', text, ['--replications', '3']));
    const cycle = compareVerdicts(report, () => (v: number) => v.toFixed(2)).find((v) => v.key === 'cycleTime')!;
    expect(cycle.difference).toMatchObject({ mean: 0.25, half: 0, n: 3, significant: false });
    expect(cycle.sentence).toBe(
      'Mean cycle time: the base design is best at 0.50; the next, slower, is higher by 0.25 (95% CI 0.25 to 0.25, +50.0%); ' +
        'the same in every one of the 3 replications: no spread to test it against, so not flagged significant.',
    );
    // Throughput is the same in both designs in every replication (every job is done): no best to name.
    const throughput = compareVerdicts(report, () => (v: number) => v.toFixed(2)).find(
      (v) => v.key === 'throughputPerWeek',
    )!;
    expect(throughput.sentence).toMatch(
      /^Throughput: (base and slower|slower and base) are equal, at [\d.]+, in every one of the 3 replications\.$/,
    );
  });
});

describe('the decision summary and a difference clear on its own but not after the correction', () => {
  test("says so, rather than that it could be chance, and the table's cell says the correction held it back", () => {
    // Two designs, cost per done item 50 and 48.6: the difference's 95% interval leaves out 0, but
    // among 90 differences Holm's correction does not flag it.
    const ci = (mean: number, half: number, n = 4) => ({ mean, half, lo: mean - half, hi: mean + half, n });
    const diff = { ...ci(-1.4, 0.9), relative: -0.028, p: 0.02, pAdjusted: 0.6, significant: false };
    const report = {
      designs: [
        { name: 'base', headline: { costPerDone: ci(50, 2) }, warnings: [] },
        { name: 'leaner', headline: { costPerDone: ci(48.6, 2) }, warnings: [] },
      ],
      differences: [{ design: 'leaner', metrics: { costPerDone: diff } }],
      significance: { tests: 90 },
    } as unknown as Parameters<typeof compareVerdicts>[0];
    const cost = compareVerdicts(report, () => (v: number) => v.toFixed(2)).find((v) => v.key === 'costPerDone')!;
    expect(cost.sentence).toBe(
      "Cost per done item: leaner is best at 48.60, lower than the base's 50.00 by 1.40 (95% CI -2.30 to -0.50, −2.8%); " +
        "clear on its own (its 95% interval leaves out 0) but not after Holm's correction across the 90 differences of this comparison: more replications would settle it.",
    );
    expect(significanceLabel(diff, 90)).toBe('not among 90');
    expect(significanceLabel({ ...diff, ...ci(-1.4, 2) }, 90)).toBe('no');
    expect(significanceLabel({ ...diff, significant: true }, 90)).toBe('yes');
  });
});

describe("the sweep's decision summary and a point that finishes nothing", () => {
  test('leaves it out of the best cost per done item and cycle time, and says so; other figures keep it', () => {
    const spec: SweepSpec = {
      scenario: 'Fake',
      design: 'base',
      sweep: null,
      seed: '1',
      horizonHours: 168,
      warmup: { method: 'scenario', hours: 0, pilot: null },
      params: [{ path: 'steps.gate.threshold', values: [0.1, 0.5, 0.9] }],
      objectives: [{ key: 'costPerDone', direction: 'min' }],
    };
    // Point 2 finished nothing in its second replication: over the other two it looks cheapest.
    const point = (cost: number, idle: number | null) =>
      [0, 1, 2].map((r) =>
        fakeRun(
          r === idle
            ? { replication: r, throughput: 0, cycle: 0, wait: 0, cost: 0 }
            : { replication: r, cost: cost + r },
        ),
      );
    const rep = buildSweepReport(spec, [point(50, null), point(45, null), point(10, 1)]);
    expect(rep.points[2].headline.costPerDone.n).toBe(2);
    const verdicts = sweepVerdicts(rep);
    const cost = verdicts.find((v) => v.key === 'costPerDone')!;
    expect(cost.best).toBe(1);
    expect(cost.left).toEqual([2]);
    expect(verdicts.find((v) => v.key === 'escalationsPerWeek')!.left).toEqual([]);
  });
});

describe('the cheapest design per item type', () => {
  test('is chosen among the designs that delivered in every replication', () => {
    const runs = (cost: number, idle: number | null) =>
      [0, 1, 2].map((r) =>
        fakeRun(r === idle ? { replication: r, throughput: 0, cycle: 0, wait: 0, cost: 0 } : { replication: r, cost }),
      );
    const designs = [
      { name: 'steady', cost: summariseRuns(runs(50, null)).cost },
      // Cheaper over the runs that delivered, but it delivered nothing in one.
      { name: 'sometimes-nothing', cost: summariseRuns(runs(20, 2)).cost },
    ];
    expect(designs[1].cost.perDone.n).toBe(2);
    expect(cheapestByType(designs)).toEqual([
      { type: null, design: 'steady' },
      { type: 'ticket', design: 'steady' },
    ]);
  });
});

describe('the decision summary and a design that does not keep up', () => {
  test('says that the best design raised warnings, in a few words, where it did', async () => {
    // support-vp with a variant of two specialists: cheapest per done item because they cannot keep up.
    const text = readFileSync('scenarios/company/support-vp.yaml', 'utf8').replace(
      '\nvariants:\n',
      '\nvariants:\n  two-specialists:\n    changes: [{ op: set, path: pools.specialists.headcount, value: 2 }]\n',
    );
    const report = JSON.parse(
      await cliJson('compare', 'support-vp.yaml', text, ['--replications', '3', '--variants', 'two-specialists']),
    );
    const two = report.designs.find((d: { name: string }) => d.name === 'two-specialists');
    expect(two.warnings.map((w: { kind: string }) => w.kind)).toEqual([
      'poolSaturated',
      'executiveOverBudget',
      'workLost',
    ]);
    const verdicts = compareVerdicts(report, () => (v: number) => v.toFixed(2));
    const cost = verdicts.find((v) => v.key === 'costPerDone')!;
    expect(cost.best).toBe('two-specialists');
    expect(cost.sentence).toMatch(
      / Two-specialists raised warnings \(above\): a pool busy over 95\.0% of its hours, an executive over 95\.0% of the decision budget and over 2\.0% of arrivals lost\.$/,
    );
    // A best design with no warning gets no such clause.
    for (const v of verdicts.filter(
      (x) => report.designs.find((d: { name: string }) => d.name === x.best).warnings.length === 0,
    ))
      expect(v.sentence).not.toContain('raised warnings');
  });
});
