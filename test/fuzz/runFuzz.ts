// The fuzzing loop: `cases` cases drawn from one seed, counted by outcome class; each case of a bad
// class is then shrunk by fast-check (replayed from its run index) to a minimal reproducer.
import fc from 'fast-check';
import { BAD, classify, GOOD, isBad, type Budget, type Outcome, type OutcomeClass } from './classify.js';
import { fuzzCase, type FuzzCase } from './mutations.js';

export interface FuzzReport {
  seed: number;
  cases: number;
  counts: Record<OutcomeClass, number>;
  /** The first bad cases (at most 20), shrunk. */
  bad: { index: number; outcome: Outcome; minimal: FuzzCase }[];
}

export function runFuzz(o: { cases: number; seed: number; company?: boolean; budget?: Budget }): FuzzReport {
  const arb = fuzzCase({ company: o.company });
  const counts = Object.fromEntries([...GOOD, ...BAD].map((k) => [k, 0])) as Record<OutcomeClass, number>;
  const badIndices: number[] = [];
  let index = 0;
  fc.check(
    fc.property(arb, (c) => {
      const outcome = classify(c, o.budget);
      counts[outcome.class]++;
      if (isBad(outcome) && badIndices.length < 20) badIndices.push(index);
      index++;
      return true;
    }),
    { seed: o.seed, numRuns: o.cases },
  );
  const bad = badIndices.map((i) => {
    let last: Outcome | undefined;
    // Replays run i and shrinks it while it stays bad (of any bad class).
    const r = fc.check(
      fc.property(arb, (c) => {
        const outcome = classify(c, o.budget);
        if (isBad(outcome)) last = outcome;
        return !isBad(outcome);
      }),
      { seed: o.seed, path: String(i), numRuns: 1 },
    );
    const minimal = (r.counterexample?.[0] as FuzzCase | undefined) ?? {
      file: '?',
      text: '',
      how: 'not reproduced on replay',
    };
    return { index: i, outcome: last ?? { class: 'crash' as const, detail: 'not reproduced on replay' }, minimal };
  });
  return { seed: o.seed, cases: o.cases, counts, bad };
}

/** The report as the lines `npm run fuzz` prints: one line a class. */
export function formatFuzzReport(r: FuzzReport): string {
  const width = Math.max(...Object.keys(r.counts).map((k) => k.length));
  const lines = [`fuzz: ${r.cases.toLocaleString('en-US')} cases, seed ${r.seed}`];
  for (const k of [...GOOD, ...BAD])
    lines.push(
      `  ${k.padEnd(width)}  ${r.counts[k].toLocaleString('en-US').padStart(9)}${(BAD as readonly string[]).includes(k) ? '  (bad)' : ''}`,
    );
  for (const b of r.bad) lines.push(`  case ${b.index}: ${b.outcome.class}: ${b.outcome.detail}`);
  return lines.join('\n') + '\n';
}
