import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { simulate } from '../../src/core/index.js';
import { mulberry32, shuffleKeys } from './runDocument.js';
import { compileDocument } from '../support/index.js';
import { scenarioArbitrary } from './scenarioArbitrary.js';
import { lawRuns } from './lawRuns.js';

const options = { stable: false, horizonHours: 168, warmupHours: 24 };

describe('key order and syntax', () => {
  it('shuffling the keys of every object in the document gives an identical model and result', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), fc.nat(), ({ doc, seed }, shuffleSeed) => {
        const shuffled = shuffleKeys(doc, mulberry32(shuffleSeed));
        const a = compileDocument(doc);
        const b = compileDocument(shuffled);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(JSON.stringify(simulate(b, { seed, replication: 0 }))).toBe(
          JSON.stringify(simulate(a, { seed, replication: 0 })),
        );
      }),
      lawRuns(501, 25),
    );
  });

  it('the same document written as YAML or as JSON compiles to the same model', () => {
    fc.assert(
      fc.property(scenarioArbitrary(options), ({ doc }) => {
        const fromJson = compileDocument(doc);
        const fromYaml = compileDocument(doc, stringify(doc), 'generated.yaml');
        expect(JSON.stringify(fromYaml)).toBe(JSON.stringify(fromJson));
      }),
      lawRuns(502, 20),
    );
  });
});
