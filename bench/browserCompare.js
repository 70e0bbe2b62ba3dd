#!/usr/bin/env node
// The page's Compare against the CLI's, measured in one run: five designs of the bundled company
// (base and four variants) x 100 replications, in headless Chromium (Debian's /usr/bin/chromium,
// through playwright-core, on the built site) and with `opsim compare --workers 2`. Prints both wall
// times, replications per second, and the page's rate as a ratio to the CLI's. Reports must match.
// The bench's `page` workload measures the same at CI size, guarded against bench/baseline.json.
//   npm run build:cli && node bench/browserCompare.js [replications=100] [rounds=1]
// OPSIM_PROFILE_DIR=<dir> also writes a CPU profile of the page's main thread during each Compare
// (open it in DevTools, or summarise it with tools/profileSummary.js).
import { readFileSync } from 'node:fs';
import { runCompareCli } from './workloads/compareCli.js';
import { comparePage, firstDifference, launchChromium, openSite } from './lib/pageCompare.js';

const replications = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 1);
const seed = '2027';

const site = await openSite();
const browser = await launchChromium();
const results = [];
for (let round = 0; round < rounds; round++) {
  const profileDir = process.env.OPSIM_PROFILE_DIR ?? null;
  const { ms: pageMs, json: pageJson } = await comparePage(browser, site.url, {
    replications,
    seed,
    profileDir,
    name: `page-main-${round}`,
  });
  const c0 = Date.now();
  const cliJson = runCompareCli(replications, 2, seed);
  const cliMs = Date.now() - c0;
  const difference = firstDifference(pageJson, cliJson);
  if (difference) console.error(`the reports differ at ${difference}`);
  results.push({ pageMs, cliMs, same: difference === null });
}
await browser.close();
await site.close();

const runs = 5 * replications;
for (const r of results) {
  console.log(
    `5 designs x ${replications} replications: page ${(r.pageMs / 1000).toFixed(1)} s (${((runs / r.pageMs) * 1000).toFixed(1)}/s), CLI --workers 2 ${(r.cliMs / 1000).toFixed(1)} s (${((runs / r.cliMs) * 1000).toFixed(1)}/s), page/CLI rate ${(r.cliMs / r.pageMs).toFixed(2)}, same report: ${r.same ? 'yes' : 'NO'}`,
  );
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average ${load}`);
process.exitCode = results.every((r) => r.same) ? 0 : 1;
