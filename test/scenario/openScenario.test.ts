import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadScenario, openScenario } from '../../src/scenario/index.js';

const company = {
  file: 'ai-native.yaml',
  text: readFileSync(new URL('../../scenarios/company/ai-native.yaml', import.meta.url), 'utf8'),
};

describe('openScenario(input): read and validated once, each design compiled on demand', () => {
  test('every design equals the one loadScenario loads on its own', () => {
    const opened = openScenario(company);
    if (!opened.ok) throw new Error(opened.issues[0].message);
    const { scenario } = opened;
    expect(scenario.variants.length).toBeGreaterThan(3);
    for (const variant of [undefined, ...scenario.variants]) {
      const once = scenario.design(variant);
      const alone = loadScenario(company, { variant });
      expect(once.ok && alone.ok).toBe(true);
      if (once.ok && alone.ok) {
        expect(once.model).toEqual(alone.model);
        expect(once.doc).toEqual(alone.doc);
      }
    }
  });

  test('an unknown variant is an issue naming the known ones, as loadScenario says it', () => {
    const opened = openScenario(company);
    if (!opened.ok) throw new Error('does not open');
    const r = opened.scenario.design('no-such-design');
    const alone = loadScenario(company, { variant: 'no-such-design' });
    expect(r.ok ? [] : r.issues).toEqual(alone.ok ? [] : alone.issues);
    expect(r.ok ? '' : r.issues[0].message).toMatch(/unknown variant "no-such-design"/);
  });

  test('an invalid file does not open, with the issues loadScenario reports', () => {
    const broken = { file: 'broken.yaml', text: company.text.replace(/^horizon: .*$/m, 'horizon: soon') };
    const opened = openScenario(broken);
    const loaded = loadScenario(broken);
    expect(opened.ok).toBe(false);
    expect(opened.ok ? [] : opened.issues).toEqual(loaded.ok ? [] : loaded.issues);
  });
});
