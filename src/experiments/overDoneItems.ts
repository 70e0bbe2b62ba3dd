// Figures taken over the items done (cost per done item, cycle time). A run, or one item type or
// calendar period of it, that finished no item has no value of them, yet reports 0: read as a
// figure, that 0 makes losing all the work look cheapest and fastest. The nothingDone warning, the
// selection's check, the sweep's ranking, the page's summary and the period figures all start from
// these two tests.

/** Figure keys taken over the items done (`costPerDone:<type>` included, by its prefix). */
const OVER_DONE_ITEMS = new Set(['costPerDone', 'cycleTime', 'cycleTimeP50', 'cycleTimeP90', 'cycleTimeP95']);

/** Whether figure `key` is taken over the items done: a run that finished none has no value of it. */
export function overDoneItems(key: string): boolean {
  return OVER_DONE_ITEMS.has(key.split(':')[0]);
}

/** Whether a run (or one item type or period of it) finished no item. */
export function finishedNothing(counts: { done: number; doneWithDefect: number }): boolean {
  return counts.done + counts.doneWithDefect === 0;
}
