import { expect, test } from 'vitest';
import { closestName, didYouMean } from '../../src/scenario/didYouMean.js';

test('closestName(word, candidates) finds substitutions, insertions, deletions and transpositions', () => {
  const fields = ['capacity', 'headcount', 'calendar', 'kind', 'skills', 'review', 'human'];
  expect(
    ['capcity', 'capacityy', 'kin', 'reveiw', 'humna', 'Calendar', 'skils'].map((w) => closestName(w, fields)),
  ).toEqual(['capacity', 'capacity', 'kind', 'review', 'human', 'calendar', 'skills']);
});

test('closestName(word, candidates) suggests nothing for words that are not near any candidate', () => {
  expect(['x', 'budget', 'revenue', ''].map((w) => closestName(w, ['capacity', 'kind', 'review']))).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

test('didYouMean(word, candidates, quote) formats the suggestion or nothing', () => {
  expect([
    didYouMean('reveiw', ['review', 'done']),
    didYouMean('capcity', ['capacity'], "'"),
    didYouMean('zzz', ['review']),
  ]).toEqual([' (did you mean "review"?)', " (did you mean 'capacity'?)", '']);
});
