/**
 * opsim's version, as in package.json (`npm version` rewrites this file through scripts/writeVersion.mjs,
 * and a test checks they agree). Shard files record it: two versions of the engine may give different
 * results for the same scenario and seed, so their shards must not be merged.
 */
export const OPSIM_VERSION = '0.1.0';
