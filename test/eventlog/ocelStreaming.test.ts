// OCEL 2.0 read as it streams in: the same log whatever the chunks, events before objects accepted,
// and a clear message naming the element for a bad document.
import { describe, expect, test } from 'vitest';
import { ocelReader, readOcel, LogReadError } from '../../src/eventlog/index.js';
import { bundled, exportText } from './logSupport.js';

const read = (text: string, chunk: number) => {
  const r = ocelReader('log.json');
  for (let i = 0; i < text.length; i += chunk) r.write(text.slice(i, i + chunk));
  return r.finish();
};
const columns = (x: ReturnType<typeof readOcel>) => ({
  n: x.log.n,
  cases: [...x.log.cases],
  activities: [...x.log.activities],
  ms: [...x.log.ms],
  warnings: x.warnings,
});

describe('ocelReader(file) reads OCEL 2.0 chunk by chunk', () => {
  const { model } = bundled('scenarios/validation/rework-loop.yaml', (t) => t.replace(/horizon: \S+/, 'horizon: 2w'));
  const text = exportText(model, 'ocel');

  test('gives the same log for any chunk size, down to a few characters at a time after a byte-order mark', () => {
    const whole = columns(readOcel(text, 'log.json'));
    expect(whole.n).toBeGreaterThan(100);
    expect(columns(read(text, 4093))).toEqual(whole);
    expect(columns(read(text, 97))).toEqual(whole);
    expect(columns(read(`\uFEFF${text}`, 7))).toEqual(whole);
  });

  test('reads a document whose events come before its objects', () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    const reordered = JSON.stringify({ events: doc.events, objectTypes: doc.objectTypes, objects: doc.objects });
    expect(columns(readOcel(reordered, 'log.json'))).toEqual(columns(readOcel(text, 'log.json')));
  });

  test('says how many relationships name undeclared objects and how many events relate to no case', () => {
    expect(readOcel(text, 'log.json').warnings).toEqual([]);
    const doc = JSON.parse(text) as { events: { id: string; relationships: { objectId: string }[] }[] };
    const cut = structuredClone(doc);
    cut.events[5].relationships = [{ objectId: 'nope' }];
    cut.events[9].relationships = [];
    const read = readOcel(JSON.stringify(cut), 'log.json');
    expect(read.log.n).toBe(readOcel(text, 'log.json').log.n - 2);
    expect(read.warnings).toEqual([
      `1 relationships name an object the document does not declare (first at log.json: events[5] (id ${doc.events[5].id}), object "nope"); they were left out`,
      `2 events relate to no case object and were left out (first at log.json: events[5] (id ${doc.events[5].id}))`,
    ]);
  });

  test('names the element of a bad document and what was expected', () => {
    const bad = (t: string) => {
      try {
        readOcel(t, 'log.json');
      } catch (err) {
        expect(err).toBeInstanceOf(LogReadError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    const doc = JSON.parse(text) as { events: { time: unknown }[]; objects: { id: unknown }[] };
    const noTime = structuredClone(doc);
    noTime.events[3].time = 42;
    expect(bad(JSON.stringify(noTime))).toBe('log.json: events[3]: expected "type" and "time" strings');
    const noId = structuredClone(doc);
    noId.objects[2].id = null;
    expect(bad(JSON.stringify(noId))).toBe('log.json: objects[2]: expected an object with "id" and "type" strings');
    expect(bad(text.slice(0, Math.floor(text.length / 2)))).toMatch(
      /^log\.json: the JSON document ends too early \(after events\[\d+\]\) \(is the file complete\?\)$/,
    );
    expect(bad(text.replace('"events":[', '"events":[}'))).toMatch(
      /^log\.json: not valid JSON \(after objects\[\d+\]\): /,
    );
    expect(bad('[1, 2]')).toBe(
      'log.json: expected an OCEL 2.0 JSON document (an object with "objects" and "events" arrays)',
    );
    expect(bad('{"objects": [], "events": []}')).toMatch(/found 0 objects and 0 events/);
    expect(bad('{"objects": {"a": 1}, "events": []}')).toBe('log.json: "objects" must be an array, found an object');
    const badTime = structuredClone(doc);
    badTime.events[5].time = 'yesterday';
    expect(bad(JSON.stringify(badTime))).toMatch(
      /^log\.json: events\[5\] \(id [^)]+\): timestamp "yesterday" is not an ISO 8601/,
    );
  });
});
