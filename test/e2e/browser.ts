// Launches Debian's headless Chromium through playwright-core (never a downloaded browser) and
// collects what a page reports: console errors, uncaught exceptions, and dialogs (a script
// injected through scenario text would most likely show itself with alert()).
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** `firstVisit`: show the first-visit guide; other tests start as a returning visitor, so screenshots show the work. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 1000 },
  initScript?: () => void,
  firstVisit = false,
): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (!firstVisit)
    await context.addInitScript(() => {
      try {
        localStorage.setItem('opsim:guide-dismissed', '1');
      } catch {
        /* storage off */
      }
    });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]');
  return { page, errors, dialogs };
}
