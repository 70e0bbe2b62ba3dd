// The limits docs/web.md quotes are the page's own (web/state/limits.ts, and the link's replication cap).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { limits } from '../../web/state/limits.js';
import { MAX_LINK_REPLICATIONS } from '../../web/share/sharePayload.js';

const page = readFileSync(new URL('../../docs/web.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const comma = (n: number) => n.toLocaleString('en-US');

test('the limits docs/web.md quotes are those of web/state/limits.ts', () => {
  const phrases = [
    `Scenarios over ${limits.scenarioChars / 1e6} million characters`,
    `links over ${comma(limits.linkChars)} characters`,
    `draws up to ${limits.diagramNodes} nodes`,
    `runs take up to ${comma(limits.replications)} replications`,
    `sweeps up to ${limits.sweepValues} points`,
    `sweeps over ${limits.sweepValues} points`,
    `one action up to ${comma(limits.runsPerAction)} replications in all`,
    `more than ${comma(MAX_LINK_REPLICATIONS)} is refused`,
  ];
  expect(phrases.filter((p) => !page.includes(p))).toEqual([]);
});
