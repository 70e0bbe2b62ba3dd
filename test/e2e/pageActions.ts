// What the e2e tests do to the page again and again: set the replications, start work and wait
// for its results, drop a scenario file, and name the fields where two reports differ.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function setReplications(page: Page, n: number): Promise<void> {
  await page.fill('[data-testid=replications]', String(n));
  await page.press('[data-testid=replications]', 'Tab');
}

/** Clicks a button that starts work and waits until its results panel has redrawn; a run error fails at once. */
export async function runAndWait(page: Page, button: string, results: string): Promise<void> {
  const before = (await page.getAttribute(results, 'data-runs')) ?? '0';
  await page.click(button);
  await page.waitForFunction(
    ([sel, prev]) =>
      (document.querySelector(sel)?.getAttribute('data-runs') ?? '0') !== prev ||
      (document.querySelector('[data-testid=run-error]')?.textContent ?? '') !== '',
    [results, before] as const,
    { timeout: 120_000 },
  );
  expect(await page.textContent('[data-testid=run-error]')).toBe('');
}

/** Drops `text` on the page as a file called `name` and waits until it is loaded. */
export async function dropScenario(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([t, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/yaml' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [text, name] as const,
  );
  await page.waitForSelector(`[data-testid=status]:has-text("Loaded ${name}")`);
}

/** The leaves where two JSON values differ, so a failure says where the browser and Node disagree. */
export function differingLeaves(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) =>
      differingLeaves((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: browser ${String(a)}, node ${String(b)}`];
}
