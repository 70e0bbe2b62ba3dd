// docs/report-format.md against the reports themselves: each kind's list of top-level fields is the
// report's, in order; every field a report holds is named on the page; every field path a table of
// the page gives exists in the report; the headline keys are the ones the table lists. The reports come
// from a small scenario with every part that adds fields (a human, an agent, an executive with a budget
// chairing a forum, errors and rework, a pre-emptive queue, variants, a sweep, decisions), two replications each.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { compare, loadScenario, optimise, run, select, sweep } from '../../src/api/index.js';
import { WARN } from '../../src/experiments/index.js';
import { runCli } from '../cli/memoryIo.js';

const page = readFileSync(new URL('../../docs/report-format.md', import.meta.url), 'utf8');

const YAML = `
opsim: 1
name: Docs check
horizon: 3w
warmup: 2d
functions: [ops, exec]
calendars:
  office: { week: weekdays 09:00-17:00 }
pools:
  bot: { kind: agent, capacity: 2, errorRate: 0.1, costPerTask: 1 }
  team: { kind: human, headcount: 2, calendar: office, costPerHour: 50 }
  boss: { kind: executive, calendar: office, budget: 4h/w, costPerHour: 200 }
itemTypes:
  job: { arrivals: { poisson: 2/h }, entry: work, patience: 1d, defectCost: 10 }
  deal: { arrivals: { poisson: 1/d }, entry: review, patience: 2w, patienceCalendar: office }
steps:
  work:
    function: ops
    serve: [{ pool: bot, time: 30m }]
    next: check
  check:
    function: ops
    serve: [{ pool: team, time: 10m }]
    queue: { discipline: priority, priority: { byType: [deal, job] }, preempt: resume }
    rework: { to: work, maxRounds: 2, exceeded: done }
    detect: 0.5
    sla: { limit: 2 business days, escalateTo: decide, calendar: office }
    next: { p: { done: 0.9, decide: 0.1 } }
  review: { kind: forum, function: exec, schedule: { every: week, day: mon, at: "10:00" }, chair: boss, hoursPerDecision: 0.1, next: decide }
  decide: { function: exec, serve: [{ pool: boss, time: 20m }], next: done }
  done: { kind: exit, outcome: done }
variants:
  more-bots: { changes: [{ op: set, path: pools.bot.capacity, value: 3 }] }
sweeps:
  bots: { param: pools.bot.capacity, values: [2, 3] }
decisions:
  bots: { param: pools.bot.capacity, values: [2, 3], costPerUnit: 10 }
`;

type Report = Record<string, unknown>;
const reports: Record<string, Report> = {};

beforeAll(async () => {
  const scenario = loadScenario(YAML, { file: 'docs.yaml' });
  const opts = { replications: 2, seed: 1 };
  const goal = { delta: 1, constraints: ['cycleTime<=100h'], firstStage: 2, batch: 1, maxReplications: 4 };
  // With the warm-up chosen by MSER-5, so that the report holds the pilot's fields.
  reports.run = (await run(scenario, { ...opts, warmup: 'auto', periods: 'month' })) as unknown as Report;
  reports.compare = (await compare(scenario, { ...opts, periods: 'week' })) as unknown as Report;
  reports.sweep = (await sweep(scenario, { ...opts, sweep: 'bots', periods: 'week' })) as unknown as Report;
  reports.select = (await select(scenario, goal)) as unknown as Report;
  reports.optimise = (await optimise(scenario, goal)) as unknown as Report;
});

/** The text of the page's `## \`kind: "X"\`` section. */
function section(kind: string): string {
  const start = page.indexOf(`## \`kind: "${kind}"\``);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

const isInterval = (v: object) => ['mean', 'half', 'lo', 'hi', 'n'].every((k) => k in v);
/** Keys that are names from the scenario (ids, headline keys with an id, parameter paths), not fields. */
const NAMES = /^(ops|exec|bot|team|boss|job|deal|work|check|review|decide|done|base|more-bots|bots|\(none\))$|[:.=]/;

/** Every field name in a report, inside records too (their keys, being names, left out). */
function fieldNames(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) fieldNames(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!NAMES.test(k)) out.add(k);
      fieldNames(v, out);
    }
  }
  return out;
}

/** Every object in a report, itself included. */
function objects(value: unknown, out: unknown[] = []): unknown[] {
  if (value !== null && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(value);
    for (const v of Object.values(value)) objects(v, out);
  }
  return out;
}

/**
 * Whether a dotted path of the page (`stopping.rule`, `points[].front`) leads somewhere from the
 * report or from one of its objects (a table under a field describes that field's own fields).
 */
function exists(report: unknown, path: string): boolean {
  return objects(report).some((start) => leadsFrom(start, path));
}

function leadsFrom(start: unknown, path: string): boolean {
  let here: unknown[] = [start];
  for (const step of path.split('.')) {
    const key = step.replace(/\[\]$/, '');
    here = here.flatMap((h) =>
      h !== null && typeof h === 'object' && key in h ? [(h as Record<string, unknown>)[key]] : [],
    );
    if (step.endsWith('[]')) here = here.flatMap((h) => (Array.isArray(h) ? h : []));
  }
  return here.length > 0;
}

describe('docs/report-format.md describes the reports', () => {
  test.each(['run', 'compare', 'sweep', 'select', 'optimise'])(
    'the fields of a %s report are the ones its section lists, in that order',
    (kind) => {
      const listed = /```\n([\s\S]*?)```/
        .exec(section(kind))![1]
        .split(/[\s,]+/)
        .filter((w) => w !== '');
      expect(Object.keys(reports[kind])).toEqual(listed);
    },
  );

  test.each(['run', 'compare', 'sweep', 'select', 'optimise'])(
    'every field of a %s report is named on the page',
    (kind) => {
      const named = new Set([...page.matchAll(/`([^`\n]+)`/g)].flatMap((m) => m[1].split(/[^\w]+/)));
      const report = reports[kind];
      const unnamed = [...fieldNames(report)].filter((f) => !named.has(f));
      expect(unnamed).toEqual([]);
      if (kind === 'run') expect(isInterval(report.events as object)).toBe(true);
    },
  );

  test.each(['run', 'compare', 'sweep', 'select', 'optimise'])(
    'every field path in the tables of the %s section exists in the report',
    (kind) => {
      // Rows of the tables whose first column is `field`.
      const paths: string[] = [];
      let fieldTable = false;
      // A run's fields are described from the common header on.
      const text =
        kind === 'run'
          ? page.slice(page.indexOf('## Common header'), page.indexOf('## `kind: "compare"`'))
          : section(kind);
      for (const line of text.split('\n')) {
        if (!line.startsWith('|')) fieldTable = false;
        else if (line.startsWith('| field |')) fieldTable = true;
        else if (fieldTable && !line.startsWith('|---')) {
          const first = line.split('|')[1];
          paths.push(...[...first.matchAll(/`([\w.[\]]+)`/g)].map((m) => m[1]));
        }
      }
      expect(paths.length).toBeGreaterThan(3);
      // The common header's `sweep` is a sweep's.
      const holders = kind === 'run' ? [reports.run, reports.sweep] : [reports[kind]];
      expect(paths.filter((p) => !holders.some((r) => exists(r, p)))).toEqual([]);
    },
  );

  test("the fields the table of a design's figures lists under each section exist there", () => {
    const table = page.slice(page.indexOf('## Figures of a design'), page.indexOf('**Cost by cause**'));
    const keysUnder = (value: unknown, out = new Set<string>()): Set<string> => {
      if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) (out.add(k), keysUnder(v, out));
      return out;
    };
    const wrong: string[] = [];
    for (const [, field, content] of table.matchAll(/^\| `([\w.<>]+)` \| (.*) \|$/gm)) {
      // `steps.<node>`: the fields of any one node.
      const [head, record] = field.split('.');
      const holder = reports.run[head] as Record<string, unknown>;
      const value = record === undefined ? holder : Object.values(holder)[0];
      const keys = keysUnder(value);
      // "(no `decisionWait`)" says a field is absent.
      for (const [, name] of content.replace(/\bno `\w+`/g, '').matchAll(/`([a-z][A-Za-z]*)`/g))
        if (!keys.has(name) && typeof value === 'object') wrong.push(`${field}: ${name}`);
    }
    expect(wrong).toEqual([]);
  });

  test('a shard file holds the fields the shard table lists, in that order', async () => {
    const argv = ['compare', 'docs.yaml', '--replications', '1', '--shard', '1/1', '--out', 's.json'];
    const r = await runCli(argv, { 'docs.yaml': YAML });
    expect(r.stderr).toBe('');
    const table = page.slice(page.indexOf('## Shard files'), page.indexOf('Merge refuses'));
    const listed = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(Object.keys(JSON.parse(r.written['s.json']))).toEqual(listed);
  });

  test('the table of cost causes lists the causes of cost.byCause, in order', () => {
    const start = page.indexOf('| cause |', page.indexOf('**Cost by cause**'));
    const table = page.slice(start, page.indexOf('\n\n', start));
    const listed = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(Object.keys((reports.run.cost as { byCause: object }).byCause)).toEqual(listed);
  });

  test('the headline keys are those of the headline table, in its order', () => {
    const table = page.slice(page.indexOf('## Headline metrics'), page.indexOf('## Warnings'));
    const documented = [...table.matchAll(/^\| `([\w:<>]+)` \|/gm)].map((m) => m[1]);
    const keys = Object.keys(reports.run.headline as object).map((k) =>
      k
        .replace(/:boss$/, ':<exec>')
        .replace(/:(bot|team)$/, ':<pool>')
        .replace(/:(job|deal)$/, ':<type>'),
    );
    expect([...new Set(keys)]).toEqual(documented);
  });

  test('the warnings table states the thresholds the warnings use', () => {
    const table = page.slice(page.indexOf('## Warnings'), page.indexOf('## Common header'));
    const phrases = [
      `mean(utilisation) > ${WARN.poolUtilisation}`,
      `more than ${WARN.poolUtilisation * 100}% of its available hours`,
      `mean(budgetUtilisation) > ${WARN.budgetUse}`,
      `mean((abandoned + blocked) / arrived) > ${WARN.lostShare}`,
      `more than ${WARN.lostShare * 100}% of arrivals`,
      `at least ${WARN.growthShare * 100}% of the window's arrivals`,
    ];
    expect(phrases.filter((p) => !table.includes(p))).toEqual([]);
  });

  test('the precision rule gives a scale for every headline key', () => {
    const headline = page.slice(page.indexOf('## Headline metrics'), page.indexOf('## Warnings'));
    const documented = [...headline.matchAll(/^\| `([\w:<>]+)` \|/gm)].map((m) => m[1]);
    const rule = page.slice(page.indexOf('**Precision rule**'), page.indexOf('**Explanations**'));
    const scaled = new Set([...rule.matchAll(/^\| (`[^|]+) \|/gm)].flatMap((m) => m[1].split(/`, `|`/)));
    expect(documented.filter((k) => !scaled.has(k))).toEqual([]);
  });
});
