// Checks on any RunResult that hold whatever the scenario: every error is caught, escaped,
// discarded or still open; every item that entered has left one way or is still inside.
// A scenario has no closed-form answer, so these laws, plus byte-identical repeats, are what
// catches a fast but wrong engine there.
export function conservationHolds(result, initialWipCount) {
  const t = result.totals;
  const errorsBalance = t.errorsMade === t.errorsCaught + t.errorsEscaped + t.errorsDiscarded + t.errorsOpen;
  const out = t.done + t.doneWithDefect + t.rejected + t.abandoned + t.blocked + t.inSystemAtEnd;
  const itemsBalance = out === t.arrived || out === t.arrived + initialWipCount;
  return errorsBalance && itemsBalance;
}
