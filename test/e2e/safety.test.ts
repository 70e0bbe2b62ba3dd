// What a hostile or broken scenario can do to the page: nothing. Invalid files show their issues
// with field paths; scenario text shows as text and never runs; oversized files and links get a
// message, not a frozen tab.
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const payload = `<img src=x onerror="window.__pwned=1;alert('pwned')"><script>window.__pwned=2</script>`;

const hostile = `opsim: 1
name: ${JSON.stringify(payload)}
description: ${JSON.stringify(`${payload} <b>bold?</b>`)}
horizon: 1w
functions: [ops]
pools:
  server: { kind: agent, capacity: 1 }
itemTypes:
  job: { arrivals: { poisson: 2/h }, entry: work }
steps:
  work: { function: ops, serve: [{ pool: server, time: 10m }], next: done }
  done: { kind: exit, outcome: done }
variants:
  tweak:
    description: ${JSON.stringify(payload)}
    changes: [{ op: set, path: pools.server.capacity, value: 2 }]
`;

const broken = `opsim: 1
name: Broken on purpose
horizon: 1w
functions: [ops]
pools:
  server: { kind: robot, capacity: 1 }
itemTypes:
  job: { arrivals: { poisson: 2/h }, entry: work }
steps:
  work:
    function: ops
    serve: [{ pool: nobody, time: 10m }]
    next: nowhere
  done: { kind: exit, outcome: done }
`;

async function paste(page: Page, text: string): Promise<void> {
  await page.click('[data-testid=paste-open]');
  // Set the value directly: typing a megabyte would test the keyboard, not the page.
  await page.evaluate((t) => {
    (document.querySelector('[data-testid=paste-text]') as HTMLTextAreaElement).value = t;
  }, text);
  await page.click('[data-testid=paste-load]');
}

async function noScriptRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('#app script, svg script').count()).toBe(0);
}

describe('safety', () => {
  test('an invalid file shows its issues with field paths, next to the lines they refer to', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    await page.waitForSelector('[data-testid=issues] li');
    const paths = await page
      .locator('[data-testid=issues] li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['pools.server.kind']));
    expect(paths.some((p) => p?.startsWith('steps.work'))).toBe(true);
    const source = await page.textContent('[data-testid=issue-source]');
    expect(source).toMatch(/server: \{ kind: robot[^\n]*\n\s+▲ pools\.server\.kind/);
    expect(await page.textContent('[data-testid=status]')).toContain('broken.yaml has');
    await page.screenshot({ path: 'test-output/screenshots/issues.png' });

    // Fix it in place: Edit text…, correct the three fields, Apply.
    await page.click('[data-testid=edit-text]');
    const text = await page.inputValue('[data-testid=paste-text]');
    expect(text).toBe(broken);
    await page.fill(
      '[data-testid=paste-text]',
      text.replace('robot', 'agent').replace('nobody', 'server').replace('nowhere', 'done'),
    );
    await page.click('[data-testid=paste-load]');
    await page.waitForSelector('svg.diagram .node[data-node="work"]');
    expect(await page.isHidden('[data-testid=issues-panel]')).toBe(true);
    expect(await page.textContent('[data-testid=status]')).toContain('Applied your changes to broken.yaml');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a file that is not UTF-8 is refused with the offset of its first bad byte', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    const latin1 = Buffer.from('opsim: 1\nname: Caf\xe9\n', 'latin1');
    await page.setInputFiles('[data-testid=file-input]', {
      name: 'latin1.yaml',
      mimeType: 'application/yaml',
      buffer: latin1,
    });
    await page.waitForSelector('[data-testid=status]:has-text("not UTF-8")');
    expect(await page.textContent('[data-testid=status]')).toBe(
      '"latin1.yaml": the file is not UTF-8 text (invalid byte 0xe9 at offset 18); save it as UTF-8.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a scenario name containing <img src=x onerror=...> shows as text and no script runs', async () => {
    const { page, errors, dialogs } = await openPage(browser, inject('siteSubFolder'));
    await paste(page, hostile);
    await page.waitForSelector('[data-testid=status]:has-text("Loaded pasted.yaml")');
    expect(await page.textContent('[data-testid=scenario-name]')).toBe(payload);
    expect(await page.textContent('[data-testid=scenario-description]')).toContain('<b>bold?</b>');
    // The diagram is laid out after the file loads (ELK, in a worker): until then the previous one shows.
    await expect
      .poll(() => page.locator('svg.diagram > title').textContent(), { timeout: 10_000 })
      .toBe(`Operating model: ${payload}`);
    await page.click('[data-tab=run]');
    await page.fill('[data-testid=replications]', '2');
    await page.press('[data-testid=replications]', 'Tab');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=report-json]', { state: 'attached' });
    expect(await page.textContent('[data-testid=run-results] h3')).toContain(payload);
    await page.click('[data-tab=compare]');
    await page.click('[data-testid=compare]');
    await page.waitForSelector('[data-testid=compare-table]');
    await noScriptRan(page);

    // The same scenario through a share link.
    await page.click('[data-testid=copy-link]');
    const link = await page.inputValue('[data-testid=share-link]');
    const opened = await openPage(browser, link);
    await opened.page.waitForSelector('[data-testid=status]:has-text("Opened a shared link")');
    expect(await opened.page.textContent('[data-testid=scenario-name]')).toBe(payload);
    await noScriptRan(opened.page);
    expect([...dialogs, ...opened.dialogs]).toEqual([]);
    expect([...errors, ...opened.errors]).toEqual([]);

    // Defence in depth: even markup that reached the DOM could not run, the page's policy forbids it.
    const ran = await opened.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__inline = 2');
      img.src = 'x:';
      document.body.append(img);
      return new Promise((resolve) =>
        setTimeout(() => resolve((window as unknown as { __inline?: number }).__inline), 50),
      );
    });
    expect(ran).toBeUndefined();
    expect(opened.errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    await opened.page.context().close();
    await page.context().close();
  });

  test('an oversized scenario gets a clear message and the page stays usable', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await page.waitForSelector('svg.diagram .node');
    const name = await page.textContent('[data-testid=scenario-name]');
    await paste(page, `opsim: 1\nname: big\n# ${'x'.repeat(1_200_000)}\n`);
    await page.waitForSelector('[data-testid=status].error');
    expect(await page.textContent('[data-testid=status]')).toMatch(/accepts scenarios up to 1 million/);
    expect(await page.textContent('[data-testid=scenario-name]')).toBe(name); // the current work is untouched
    await page.click('[data-tab=sweep]'); // still responsive
    expect(await page.getAttribute('#panel-sweep', 'hidden')).toBeNull();

    // A small file that expands enormously through YAML aliases ("billion laughs") is refused too.
    const rows = ['opsim: 1', 'name: bomb', 'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++)
      rows.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    await paste(page, rows.join('\n') + '\n');
    await page.waitForSelector('[data-testid=status]:has-text("pasted.yaml has")');
    expect(await page.locator('[data-testid=issues] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a big scenario is read in a worker: the page stays usable, the diagram and form say what they leave out', async () => {
    const n = 900;
    let text = `opsim: 1\nname: long chain\nhorizon: 1w\nfunctions: [ops]\npools:\n`;
    for (let i = 0; i < n; i++) text += `  p${i}: { kind: agent, capacity: 2, costPerTask: 1 }\n`;
    text += `itemTypes:\n  job: { arrivals: { poisson: 1/h }, entry: s0 }\nsteps:\n`;
    for (let i = 0; i < n; i++)
      text += `  s${i}: { function: ops, serve: [{ pool: p${i}, time: 1m }], next: ${i + 1 < n ? `s${i + 1}` : 'done'} }\n`;
    text += `  done: { kind: exit, outcome: done }\n`;
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    await paste(page, text);
    await page.click('[data-tab=compare]'); // input is handled while the worker reads
    expect(await page.getAttribute('.views', 'data-active')).toBe('compare');
    await page.waitForSelector('[data-testid=status]:has-text("Loaded pasted.yaml")', { timeout: 60_000 });
    await page.click('[data-tab=design]');
    expect(await page.textContent('[data-testid=diagram-host]')).toContain(
      `This model has ${n + 1} nodes; the diagram draws up to 400.`,
    );
    expect(await page.locator('[data-testid=edit-form] .field').count()).toBe(300);
    await page.fill('[data-testid=edit-filter]', 'pool p899 ');
    expect(await page.locator('[data-testid=edit-form] [data-path="pools.p899.capacity"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a run that trips an engine guard says so and leaves the page usable', async () => {
    const { page, errors } = await openPage(browser, inject('siteSubFolder'));
    // About 1,340 arrivals and as many services: over the limit. With patience an item may leave a
    // queue unserved, so the pre-flight's lower bound counts the arrivals only, under the limit.
    await paste(
      page,
      `opsim: 1
name: too many events
horizon: 1w
limits: { maxEvents: 2000 }
functions: [ops]
pools:
  server: { kind: agent, capacity: 1 }
itemTypes:
  job: { arrivals: { poisson: 8/h }, entry: work, patience: 1w }
steps:
  work: { function: ops, serve: [{ pool: server, time: 6m }], next: done }
  done: { kind: exit, outcome: done }
`,
    );
    await page.waitForSelector('[data-testid=status]:has-text("Loaded pasted.yaml")');
    await page.click('[data-tab=run]');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=run-error]:has-text("SimulationLimitError")');
    await page.waitForSelector('.run-settings[data-busy="false"]');
    expect(await page.isEnabled('[data-testid=run]')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('oversized or damaged links get a message, not a frozen tab', async () => {
    const base = inject('siteSubFolder');
    const tooLong = await openPage(browser, `${base}#s=${'A'.repeat(250_000)}`);
    expect(await tooLong.page.textContent('[data-testid=status]')).toMatch(/more than the 200,000 the page accepts/);
    await tooLong.page.context().close();

    // Small link, huge scenario: the size is checked after decompression, in a worker.
    const bomb = LZString.compressToEncodedURIComponent(
      JSON.stringify({
        v: 1,
        file: 'x.yaml',
        text: 'a'.repeat(1_050_000),
        variant: null,
        seed: null,
        replications: null,
      }),
    );
    expect(bomb.length).toBeLessThan(200_000);
    const big = await openPage(browser, `${base}#s=${bomb}`);
    expect(await big.page.textContent('[data-testid=status]')).toMatch(/more than the 1,010,000 the page accepts/);
    await big.page.context().close();

    const damaged = await openPage(browser, `${base}#s=not-a-real-link`);
    expect(await damaged.page.textContent('[data-testid=status]')).toMatch(/damaged/);
    await damaged.page.waitForSelector('svg.diagram .node'); // falls back to a scenario
    expect([...tooLong.errors, ...big.errors, ...damaged.errors]).toEqual([]);
    await damaged.page.context().close();
  });
});
