// Item attributes in exported logs: each format carries every item's type and the attributes its type
// draws (CSV case:<name> columns, XES <float> trace attributes, OCEL 2.0 object attributes declared as
// floats by their object type), and the project's own readers give back exactly the values the engine
// drew, as its 'arrive' records report them.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { simulate, type TraceRecord } from '../../src/core/index.js';
import { caseAttributesOf } from '../../src/eventlog/index.js';

const caseIdOf = (item: number) => `item-${item}`;
import { bundled, exportText, readText } from './logSupport.js';

// The base design over one week (its variants and sweeps, some dated within the quarter, are cut).
const company = bundled('scenarios/company/ai-native.yaml', (t) =>
  t
    .replace(/^horizon: .*$/m, 'horizon: 1w')
    .replace(/^warmup: .*$/m, 'warmup: 0')
    .replace(/^variants:[\s\S]*$/m, ''),
);

/** What the engine drew: each item's type and attributes, from its 'arrive' record. */
function drawn(): Map<string, { type: string; attributes: Record<string, number> }> {
  const out = new Map<string, { type: string; attributes: Record<string, number> }>();
  simulate(company.model, {
    seed: 1,
    replication: 0,
    monitor: (r: TraceRecord) => {
      if (r.event === 'arrive') out.set(caseIdOf(r.item), { type: r.type!, attributes: r.attributes! });
    },
  });
  return out;
}

describe('item attributes in exported event logs', () => {
  const truth = drawn();

  test("the engine's arrive record carries the item's type and the attributes its type draws", () => {
    const types = new Set([...truth.values()].map((v) => v.type));
    expect(types).toEqual(new Set(['change', 'contract', 'deal', 'feature', 'invoice', 'ticket']));
    const deal = [...truth.values()].find((v) => v.type === 'deal')!;
    expect(Object.keys(deal.attributes).sort()).toEqual(['risk', 'value']);
    const ticket = [...truth.values()].find((v) => v.type === 'ticket')!;
    expect(Object.keys(ticket.attributes)).toEqual(['risk']);
    expect(ticket.attributes.risk).toBeGreaterThanOrEqual(0);
    expect(ticket.attributes.risk).toBeLessThanOrEqual(1);
  });

  for (const format of ['csv', 'xes', 'ocel'] as const)
    test(`${format}: read back through the project's reader, every case has exactly the type and attributes drawn`, () => {
      const { log, warnings } = readText(exportText(company.model, format), format);
      expect(warnings).toEqual([]);
      expect([...log.attributes].sort()).toEqual(['risk', 'value']);
      let checked = 0;
      log.cases.forEach((id, c) => {
        const want = truth.get(id);
        if (want === undefined) return; // forum sessions (OCEL objects of their own) are not items
        expect(log.types[log.caseType[c]]).toBe(want.type);
        expect(caseAttributesOf(log, c)).toEqual(want.attributes);
        checked++;
      });
      expect(checked).toBeGreaterThan(500);
    });

  test('CSV names the columns case:risk and case:value; XES types them <float>; OCEL declares them as floats', () => {
    const csv = exportText(company.model, 'csv');
    expect(csv.split('\n', 1)[0]).toBe(
      'case:concept:name,case:type,case:risk,case:value,concept:name,lifecycle:transition,time:timestamp,org:resource,org:group',
    );
    const xes = exportText(company.model, 'xes');
    expect(xes).toMatch(
      /<trace>\n {4}<string key="concept:name" value="item-\d+"\/>\n {4}<string key="type" value="deal"\/>\n {4}<float key="risk" value="[\d.e-]+"\/>\n {4}<float key="value" value="[\d.e+-]+"\/>\n/,
    );
    const doc = JSON.parse(exportText(company.model, 'ocel'));
    const deal = doc.objectTypes.find((t: { name: string }) => t.name === 'deal');
    expect(deal.attributes).toEqual([
      { name: 'risk', type: 'float' },
      { name: 'value', type: 'float' },
    ]);
    expect(doc.objectTypes.find((t: { name: string }) => t.name === 'session').attributes).toEqual([]);
    const schema = JSON.parse(readFileSync('test/eventlog/fixtures/ocel2.schema.json', 'utf8'));
    const ajv = new Ajv({ strict: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const item = doc.objects.find((o: { type: string }) => o.type === 'deal');
    expect(item.attributes.map((a: { name: string }) => a.name)).toEqual(['risk', 'value']);
  });

  test('a stray text value of a numeric case attribute is left out with a warning; a text attribute is passed over', () => {
    const csv = exportText(company.model, 'csv').split('\n');
    csv[1] = csv[1].replace(/^([^,]*,[^,]*,)[^,]*/, '$1high');
    const { warnings } = readText(csv.join('\n'), 'csv');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^1 values of the case attribute risk were not numbers and were left out \(first at log\.csv: line 2: risk = "high"\)$/,
      ),
    ]);
    const withText = csv.map((l, i) =>
      i === 0 ? l.replace('case:type,', 'case:type,case:channel,') : l.replace(/^([^,]*,[^,]*,)/, '$1web,'),
    );
    const read = readText(withText.filter((l) => l !== '').join('\n'), 'csv');
    expect(read.log.attributes).not.toContain('channel');
    expect(read.warnings).toHaveLength(1);
  });
});
