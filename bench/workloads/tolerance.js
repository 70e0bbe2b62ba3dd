// Relative tolerance of a simulated mean around its exact value, for a run of `items` items.
// The spread of such a mean falls as 1/sqrt(items); `sdAtOneItem` is that spread times
// sqrt(items), measured over seeds by calibrateTolerances.js. Five standard deviations plus a
// small allowance for start-up and end-of-run bias: a correct engine passes whatever its seed,
// an engine that is wrong by more than a few percent does not.
export function tolerance(sdAtOneItem, items, biasAllowance = 0.01) {
  return (5 * sdAtOneItem) / Math.sqrt(items) + biasAllowance;
}
