// Launches Debian's headless Chromium through playwright-core (never a downloaded browser) and
// collects what a page reports: console errors, uncaught exceptions, and dialogs (a script
// injected through scenario text would most likely show itself with alert()).
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1400, height: 1000 }, initScript?: () => void): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]');
  return { page, errors, dialogs };
}
