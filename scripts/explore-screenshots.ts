/**
 * Takes the Explore panels' before/after screens (docs/EXPLORE-SCREENSHOTS.md)
 * from any build of the app, so an old commit and today's can be compared:
 *
 *   npx tsx scripts/explore-screenshots.ts <base URL> <before|after> [out dir]
 *
 * against `vite preview` of that build. Only window.pocket calls and role
 * names both versions share are used. Screens: 1280x720 and 390x844, PNG.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const [base, tag, outDir = 'docs/screenshots/explore'] = process.argv.slice(2);
if (!base || (tag !== 'before' && tag !== 'after')) {
  console.error('usage: tsx scripts/explore-screenshots.ts <base URL> <before|after> [out dir]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const PROJECTOR = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

async function open(page: Page, o: { keepTour?: boolean } = {}): Promise<void> {
  // ?miners=off: a still demo where the build knows it (older builds ignore it and were still anyway).
  await page.goto(`${base}?miners=off`);
  await page.waitForFunction(
    () => (window as unknown as { pocket?: unknown }).pocket !== undefined,
    null,
    { timeout: 60_000 },
  );
  await page.getByRole('heading', { level: 1, name: /Pocket Chain/ }).waitFor();
  await page.waitForTimeout(1500);
  const explore = page.getByRole('button', { name: 'Explore the network' });
  if (await explore.isVisible()) await explore.click();
  const close = page.getByRole('button', { name: 'Close the tour' });
  if (!o.keepTour && (await close.isVisible())) await close.click();
}

const tab = (page: Page, name: string) =>
  page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, `${name}-${tag}.png`) });
  console.log(`${name}-${tag}.png`);
}

/** Bob pays Erin on Node A's side and Frank on Node C's side of a partition; C's side mines two blocks, A's one. */
async function doubleSpend(page: Page) {
  return page.evaluate(async () => {
    const p = window.pocket;
    const wallets = await p.getWallets();
    // No named helper functions in here: tsx would wrap them in a __name() the page does not have.
    const [bob, erin, frank] = ['Bob', 'Erin', 'Frank'].map((label) =>
      wallets.find((w) => w.label === label)!,
    ) as [(typeof wallets)[number], (typeof wallets)[number], (typeof wallets)[number]];
    await p.partition([
      ['node-1', 'node-2'],
      ['node-3', 'node-4'],
    ]);
    const amount = Math.floor(bob.balance.confirmed * 0.9);
    await p.selectNode('node-1');
    const lost = await p.send(bob.address, erin.address, amount);
    await p.mineBlock(bob.address);
    await p.selectNode('node-3');
    await p.send(bob.address, frank.address, amount);
    await p.mineBlock(frank.address);
    await p.mineBlock(frank.address);
    await p.settle();
    await p.selectNode('node-1');
    return lost.txid;
  });
}

async function heal(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.pocket.heal();
    await window.pocket.settle();
  });
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  // Item 1: the double spend that lost, in Node A's pool history after the heal.
  {
    const page = await browser.newPage({ viewport: PROJECTOR });
    await open(page);
    const lost = await doubleSpend(page);
    await heal(page);
    await page.evaluate(() => window.pocket.selectNode('node-1'));
    await tab(page, 'Mempool');
    const row = page.locator(`[data-txid="${lost}"]`).first();
    if ((await row.count()) > 0) await row.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    else await page.getByText('Recently left this pool').first().scrollIntoViewIfNeeded();
    await shot(page, 'item1-lost-double-spend-pool-1280');
    await page.close();
  }
  // Item 3: a new wallet on a phone.
  {
    const page = await browser.newPage({ viewport: PHONE });
    await open(page);
    await page.evaluate(() => window.pocket.newWallet('Zoe (new)'));
    await tab(page, 'Wallets');
    // The top of the wallet list: is the new wallet there, and can it get coins?
    await page
      .locator('[data-testid="wallet-card"]')
      .first()
      .evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(page, 'item3-new-wallet-390');
    await page.close();
  }
  // Item 4: a partition before the heal (the Chain tab's tree: the whole network where the build has it), then the heal from the Network tab.
  {
    const page = await browser.newPage({ viewport: PROJECTOR });
    await open(page);
    await doubleSpend(page);
    await tab(page, 'Chain');
    const whole = page.getByRole('button', { name: 'Whole network' });
    if ((await whole.count()) > 0) await whole.click();
    await shot(page, 'item4-partition-before-heal-1280');
    await tab(page, 'Network');
    await heal(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(800);
    await shot(page, 'item4-heal-network-tab-1280');
    await page.close();
  }
  // Item 5: the chain at a projector; the tour and the hash against the target on a phone.
  {
    const page = await browser.newPage({ viewport: PROJECTOR });
    await open(page);
    await tab(page, 'Chain');
    await shot(page, 'item5-chain-projector-1280');
    await page.close();
  }
  {
    const page = await browser.newPage({ viewport: PHONE });
    await open(page, { keepTour: true });
    await tab(page, 'Mining').catch(() => {});
    await shot(page, 'item5-tour-phone-390');
    const close = page.getByRole('button', { name: 'Close the tour' });
    if (await close.isVisible()) await close.click();
    await tab(page, 'Chain');
    await page.locator('[data-testid="chain-block"].tip').first().click();
    await page.getByTestId('hash-vs-target').scrollIntoViewIfNeeded();
    await shot(page, 'item5-hash-target-phone-390');
    await page.close();
  }
} finally {
  await browser.close();
}
