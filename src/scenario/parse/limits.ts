// Limits on hostile input, stated once so that messages and docs quote the same numbers.

/** Largest scenario file accepted, in bytes (UTF-8). Real scenarios are a few kilobytes; the YAML parser takes about 3 s per MB of dense structure, so this bounds the time a hostile file can cost. */
export const MAX_FILE_BYTES = 2_000_000;
/** Deepest nesting of lists and maps accepted. Real scenarios nest about 8 deep. */
export const MAX_DEPTH = 64;
/** Most YAML aliases (`*name`) expanded, against "billion laughs" documents. */
export const MAX_ALIASES = 100;
