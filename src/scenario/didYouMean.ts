// "Did you mean" suggestions for misspelled ids and field names.

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, the commonest typo:
 * "reveiw", "humna"). Names are short (ids are at most 64 characters), so the full table is cheap.
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Longest word and candidate compared: ids are at most 64 characters, and the table grows with the product of the lengths. */
export const MAX_SUGGESTION_LENGTH = 100;

/**
 * The closest candidate within a third of the word's length (at least 1 edit, at most 3), or undefined.
 * Ties go to the first in sorted order. Bounded: a word or candidate longer than MAX_SUGGESTION_LENGTH,
 * or one whose length differs by more than the limit, is not compared (it cannot be within the limit).
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of [...candidates].sort()) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = '"'): string {
  const c = closestName(word, candidates);
  return c === undefined ? '' : ` (did you mean ${quote}${c}${quote}?)`;
}
