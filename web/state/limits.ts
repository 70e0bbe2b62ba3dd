// Sizes past which the page refuses work with a clear message instead of freezing the tab.
// Real scenarios are a few kilobytes; these leave two orders of magnitude of room.
export const limits = {
  /** Characters of scenario text accepted from a file, a paste or a link. */
  scenarioChars: 1_000_000,
  /** Characters of a share link's fragment (compressed). Browsers accept more; people's tools often do not. */
  linkChars: 200_000,
  /** Nodes drawn in the diagram; bigger models are listed but not drawn. */
  diagramNodes: 400,
  /** Replications per run, values per sweep, scenarios per comparison. */
  replications: 1000,
  sweepValues: 50,
  /** Replications of all designs in one action: each result stays in memory until the report is built. */
  runsPerAction: 4000,
  /** Characters kept in localStorage for the current work. */
  storedChars: 2_000_000,
};
