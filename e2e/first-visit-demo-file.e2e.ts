/**
 * Journey: a first visit shows the seeded demo from the file the build wrote
 * (assets/demo-<hash>.json) instead of mining its history in the page. The
 * file goes through the import's validation: a damaged one is refused with a
 * notice saying what is wrong, and the page mines the same demo instead, so
 * the visitor sees the same chain either way.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot } from './fixtures';

const DEMO_FILE = /\/assets\/demo-[\w-]+\.json$/;

interface DemoFile {
  blocks: { hash: string; hex: string }[];
  nodes: { id: string; tip: string }[];
}

/** The demo file the server holds (the page's own request reveals its hashed name). */
async function demoFile(page: Page): Promise<{ url: string; file: DemoFile }> {
  const url = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((n) => /\/assets\/demo-[\w-]+\.json$/.test(n)));
  expect(url, 'the first visit asked for the demo file').toBeDefined();
  const response = await page.request.get(url!);
  expect(response.status()).toBe(200);
  return { url: url!, file: (await response.json()) as DemoFile };
}

const tips = (page: Page) => page.evaluate(async () => (await window.pocket.getNodes()).map((n) => ({ id: n.id, tip: n.tip })));

test('a first visit shows the demo from the built file: the file\'s nodes and tips, saved, nothing refused', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const requested: { path: string; status: number }[] = [];
  page.on('response', (r) => {
    if (DEMO_FILE.test(new URL(r.url()).pathname)) requested.push({ path: new URL(r.url()).pathname, status: r.status() });
  });
  await openApp(page);
  expect(requested).toHaveLength(1);
  expect(requested[0]!.status).toBe(200);
  const { file } = await demoFile(page);
  expect(await tips(page)).toEqual(file.nodes.map((n) => ({ id: n.id, tip: n.tip })));
  await expect(page.getByText(/The demo file built with the page/)).toHaveCount(0);

  // Saved as a first visit's demo always was: a reload starts from storage and does not ask for the file again.
  await page.evaluate(() => window.pocket.flush());
  requested.length = 0;
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined);
  expect(await tips(page)).toEqual(file.nodes.map((n) => ({ id: n.id, tip: n.tip })));
  expect(requested).toEqual([]);
});

test('a damaged demo file is refused with what is wrong, and the page mines the same demo instead', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The good file, read in another context (this page's first visit must meet the damaged one).
  const other = await browser.newPage();
  await openApp(other);
  const { file } = await demoFile(other);
  await other.close();

  const damaged: DemoFile = structuredClone(file);
  const hex = damaged.blocks[1]!.hex;
  damaged.blocks[1]!.hex = hex.slice(0, 100) + (hex[100] === 'a' ? 'b' : 'a') + hex.slice(101);
  let served = 0;
  await page.route(DEMO_FILE, (route) => {
    served++;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(damaged) });
  });
  await openApp(page);
  expect(served).toBe(1);
  const notice = page.getByRole('status').filter({ hasText: 'The demo file built with the page was refused' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('blocks[1]');
  await expect(notice).toContainText('The demo is mined here instead.');
  await screenshot(page, 'first-visit-demo-file-refused-1280');
  // Mined from the same seed with the same code: the very chain the file held.
  expect(await tips(page)).toEqual(file.nodes.map((n) => ({ id: n.id, tip: n.tip })));
});
