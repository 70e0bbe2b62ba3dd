// The page's Compare against the CLI's: the same five company designs and replications compared in
// headless Chromium on the built site (bench/lib/pageCompare.js) and by `opsim compare --workers 2`
// in a fresh CLI process, both by the wall clock. The page is timed from the click on Compare to the
// report, its workers having warmed up on the open design while the page sat idle, as they do while
// a reader picks designs; the CLI from its start, cold, as a user runs it. The ratio is the page's
// rate over the CLI's: 1 means the page keeps up with the CLI on the same two cores. The two
// reports must be byte-identical. Skipped where Debian's Chromium is not installed.
import { REPLICATIONS, runCompareCli } from './compareCli.js';
import { comparePage, hasChromium, launchChromium, openSite, CHROMIUM } from '../lib/pageCompare.js';
import { SkipWorkload } from '../lib/skip.js';

export const page = {
  name: 'page',
  title: "the page's Compare vs the CLI's",
  kind: 'scenario',
  ratioBasis: 'events',
  timing: 'wall',
  processes: 1,
  target: 1,
  async prepare({ size, seed }) {
    if (!hasChromium()) throw new SkipWorkload(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    const replications = REPLICATIONS[size];
    const jobs = 5 * replications;
    const site = await openSite();
    const browser = await launchChromium();
    let cli = null;
    let pageJson = null;
    let identical = true;
    const same = () => identical && cli !== null && pageJson !== null && cli === pageJson;
    return {
      async run() {
        const r = await comparePage(browser, site.url, { replications, seed });
        // The page prints its report as the CLI's --json does; both are compared as parsed values,
        // whose text the page and the CLI write alike (test/e2e checks the bytes).
        const json = JSON.stringify(JSON.parse(r.json));
        if (pageJson !== null && json !== pageJson) identical = false;
        pageJson = json;
        return { events: jobs, items: jobs, replications: jobs, timedMs: r.ms, figures: { sameReport: same() } };
      },
      checks: [{ figure: 'sameReport', label: "the page's report is the CLI's" }],
      yardstick: () => {
        const json = JSON.stringify(JSON.parse(runCompareCli(replications, 2, seed)));
        if (cli !== null && json !== cli) identical = false;
        cli = json;
        return { events: jobs, items: jobs, replications: jobs };
      },
      yardstickLabel: 'opsim compare --workers 2, a fresh CLI process',
      title: `5 company designs x ${replications} replications`,
      via: 'Chromium on the built site (from the click) vs opsim compare --workers 2, wall clock',
      async close() {
        await browser.close();
        await site.close();
      },
    };
  },
};
