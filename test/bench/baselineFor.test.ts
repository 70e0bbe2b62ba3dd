import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { baselineFor, recordedBaselines, withBaseline } from '../../bench/lib/baselineFor.js';

const intel = { recorded: { cpu: 'Intel(R) Xeon(R) Processor' }, ratios: { mmc: 0.49, tandem: 0.5, company: 0.2 } };
const amd = { recorded: { cpu: 'AMD EPYC' }, ratios: { mmc: 0.4, tandem: 0.38, sweep: 0.13 } };
const doc = { note: 'n', mode: 'ci', machines: [intel, amd] };

describe('the baseline a CI run is judged against', () => {
  it("is its own processor's when one was recorded on it", () => {
    expect(baselineFor(doc, 'AMD EPYC')).toEqual({ ratios: amd.ratios, cpu: 'AMD EPYC', matched: true });
    expect(baselineFor(doc, 'Intel(R) Xeon(R) Processor')?.ratios).toEqual(intel.ratios);
  });

  it('is the lowest recorded ratio of each workload on a processor with none', () => {
    expect(baselineFor(doc, 'Some New CPU')).toEqual({
      ratios: { mmc: 0.4, tandem: 0.38, company: 0.2, sweep: 0.13 },
      cpu: 'Intel(R) Xeon(R) Processor, AMD EPYC',
      matched: false,
    });
  });

  it('reads the first format (one baseline at the top level) as a list of one', () => {
    const old = { note: 'n', mode: 'ci', recorded: intel.recorded, ratios: intel.ratios };
    expect(recordedBaselines(old)).toEqual([intel]);
    expect(baselineFor(old, 'Intel(R) Xeon(R) Processor')?.matched).toBe(true);
    expect(baselineFor({}, 'AMD EPYC')).toBeNull();
  });

  it("re-recording replaces only this processor's baseline", () => {
    const newer = { recorded: { cpu: 'AMD EPYC' }, ratios: { mmc: 0.41 } };
    expect(withBaseline(doc, newer, 'n').machines).toEqual([intel, newer]);
    const first = withBaseline(null, newer, 'n');
    expect(first).toEqual({ note: 'n', mode: 'ci', machines: [newer] });
  });

  it('bench/baseline.json holds a baseline per processor, each with every guarded ratio', () => {
    const file = JSON.parse(readFileSync(new URL('../../bench/baseline.json', import.meta.url), 'utf8'));
    const machines = recordedBaselines(file);
    expect(machines.length).toBeGreaterThan(0);
    expect(new Set(machines.map((m) => m.recorded.cpu)).size).toBe(machines.length);
    for (const m of machines) {
      for (const name of ['mmc', 'tandem', 'company', 'pipeline', 'scaling', 'company/mmc']) {
        expect(m.ratios[name], `${m.recorded.cpu}: ${name}`).toBeGreaterThan(0);
      }
    }
  });
});
