/**
 * The mining journey through the Mining panel (issue 3's "a block found in a
 * worker is accepted by the node and appears in the chain" and "cancel stops
 * the hash counter", issue 6 item 5): mine one block in the Web Worker pool,
 * see the height rise and the block in the chain view, open it from the
 * notification in the explorer with every check ✓; mine continuously and Stop,
 * then read the nonces-tried figure twice (unchanged); change the difficulty
 * and find it in the next block's bits; bad difficulty input gets its message
 * and changes nothing. Screenshots of the panel while mining (1280x720, 390x844,
 * light and dark).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

async function nextHeight(page: Page): Promise<number> {
  const text = await page.getByTestId('next-difficulty').locator('dd').first().textContent();
  return Number(/height ([\d,]+)/.exec(text ?? '')![1]!.replace(/,/g, ''));
}

async function noncesTried(page: Page): Promise<number> {
  return Number(await page.getByTestId('nonces-tried').getAttribute('data-value'));
}

test('a block found in a worker is accepted by the node, appears in the chain and opens in the explorer with every check ✓', async ({
  page,
}) => {
  await openApp(page);
  await openTab(page, 'Mining');
  const next = await nextHeight(page);
  await expect(page.getByTestId('mining-mode')).toContainText('Web Workers');

  await page.getByRole('button', { name: 'Mine one block' }).click();
  const toast = page
    .getByLabel('Notifications')
    .getByRole('status')
    .filter({ hasText: `Block ${next} found by` });
  await expect(toast).toBeVisible({ timeout: 20_000 });
  // The height shown rises: the next block is now one higher, and the block is in the list of found blocks.
  await expect(page.getByTestId('next-difficulty')).toContainText(`height ${next + 1}`);
  await expect(
    page
      .getByRole('combobox', { name: 'Node every panel follows' })
      .locator('option[value="node-1"]'),
  ).toHaveText(`Node A · height ${next}`);
  await expect(page.getByTestId('found-blocks')).toContainText(`Block ${next}`);
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  expect(nodes.find((n) => n.id === 'node-1')!.height).toBe(next);

  await toast.getByRole('button', { name: `Open block ${next}` }).click();
  await expect(page.getByRole('tab', { name: /^Chain/ })).toHaveAttribute('aria-selected', 'true');
  // In the chain picture, and in the explorer with every check passing.
  await expect(page.getByRole('button', { name: new RegExp(`^Block ${next} `) })).toBeVisible();
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${next}`);
  await expect(page.getByTestId('block-checks-summary')).toContainText(/^All \d+ checks pass ✓/);
  const states = await page
    .getByTestId('block-checks')
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')));
  expect(states.length).toBeGreaterThan(10);
  expect(new Set(states)).toEqual(new Set(['pass']));
  await expect(page.getByTestId('pow-verdict')).toHaveText('hash < target ✓');
  await expect(page.getByTestId('block-confirmations')).toHaveText('1');
});

test('Stop cancels mining: the nonces-tried counter stops', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Mining');
  // So hard that no block is found while we watch (about 10^12 hashes per block).
  await page.getByLabel('Expected hashes per block').fill('1e12');
  await page.getByRole('button', { name: 'Set difficulty' }).click();
  await expect(page.getByTestId('next-bits')).not.toHaveText('0x1f00ffff');

  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('mines continuously');
  await expect.poll(() => noncesTried(page), { timeout: 10_000 }).toBeGreaterThan(0);
  const a = await noncesTried(page);
  await expect.poll(() => noncesTried(page), { timeout: 10_000 }).toBeGreaterThan(a);
  // Two seconds in, the smoothed rate has settled: the figures a teacher reads.
  await page.waitForTimeout(2000);
  const rate = await page.getByTestId('hash-rate').textContent();
  const perWorker = await page
    .getByTestId('worker-rates')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent).join(' ')),
    );
  const expected = await page.getByTestId('expected-time').textContent();
  console.log(
    `mining.e2e: hash rate while mining ${rate}; per worker: ${perWorker.join(' | ')}; expected time to a block: ${expected}`,
  );
  expect(rate).toMatch(/[kMG]H\/s/);
  expect(expected).toMatch(/≈ .*(years|days|h|min)/);

  await page.getByRole('button', { name: 'Stop' }).click();
  // Stop is done when every worker is idle (the chunks in flight, a few ms of hashing, are counted first).
  await expect(page.getByTestId('mining-status')).toContainText('Not mining.');
  const stoppedToast = page
    .getByLabel('Notifications')
    .getByText(/^Mining stopped: every worker was idle \d+ ms after the click\.$/);
  await expect(stoppedToast).toBeVisible();
  await page.waitForTimeout(300); // one refresh of the figures (every 250 ms) after the last chunk was counted
  const stopped = await noncesTried(page);
  await page.waitForTimeout(1500);
  const later = await noncesTried(page);
  console.log(
    `mining.e2e: nonces tried at Stop ${stopped}, 1.5 s later ${later}; ${await stoppedToast.textContent()}`,
  );
  expect(later).toBe(stopped);
  expect(stopped).toBeGreaterThan(a);
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
});

test("a new difficulty shows in the next block's bits; bad difficulty input shows its message and changes nothing", async ({
  page,
}) => {
  await openApp(page);
  await openTab(page, 'Mining');
  const bitsBefore = await page.getByTestId('next-bits').textContent();
  const field = page.getByLabel('Expected hashes per block');

  // Bad entries: each its message under the field, nothing changed.
  for (const [text, message] of [
    ['lots', /whole number such as 1000000/],
    ['1', /at least 2: that is the easiest difficulty this chain allows/],
  ] as const) {
    await field.fill(text);
    await page.getByRole('button', { name: 'Set difficulty' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByRole('region', { name: 'Difficulty' }).locator('.field-error'),
    ).toHaveText(message);
  }
  await page.getByRole('radio', { name: 'As bits (hex)' }).check();
  const bitsField = page.getByLabel('New bits (compact target, hex)');
  for (const [text, message] of [
    ['0x1f80ffff', /sign: these bits encode a negative target/],
    ['0x2100ffff', /easier than this chain allows: the easiest is 0x207fffff/],
    ['0x1g00ffff', /hexadecimal: digits 0-9 and letters a-f only/],
    ['0x00000000', /target of zero/],
  ] as const) {
    await bitsField.fill(text);
    await page.getByRole('button', { name: 'Set difficulty' }).click();
    await expect(bitsField).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByRole('region', { name: 'Difficulty' }).locator('.field-error'),
    ).toHaveText(message);
  }
  await expect(page.getByTestId('next-bits')).toHaveText(bitsBefore!);

  // A good one: twice the classroom difficulty, shown for the next block, then carried by the block mined.
  await bitsField.fill('0x1f007fff');
  await expect(page.getByText(/→ 0x1f007fff: about 131,07\d hashes per block/)).toBeVisible();
  await page.getByRole('button', { name: 'Set difficulty' }).click();
  await expect(bitsField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('next-bits')).toHaveText('0x1f007fff');
  await expect(page.getByTestId('next-difficulty')).toContainText('set by the teacher');
  const next = await nextHeight(page);
  await page.getByRole('button', { name: 'Mine one block' }).click();
  const toast = page
    .getByLabel('Notifications')
    .getByRole('status')
    .filter({ hasText: `Block ${next} found by` });
  await expect(toast).toBeVisible({ timeout: 20_000 });
  await toast.getByRole('button', { name: `Open block ${next}` }).click();
  await expect(page.getByTestId('block-bits')).toHaveText('0x1f007fff');
  await expect(page.getByTestId('pow-target')).toContainText('00007fff');
  await expect(page.getByTestId('block-checks').locator('[data-check="bits"]')).toHaveAttribute(
    'data-state',
    'pass',
  );
});

test('bad reward, address and transaction-count entries show their messages and mine nothing', async ({
  page,
}) => {
  await openApp(page);
  await openTab(page, 'Mining');
  const next = await nextHeight(page);

  await page.getByLabel('Reward address').selectOption({ label: 'Another address (type it)' });
  const typed = page.getByLabel('Address that receives the reward');
  await typed.fill('1QFniBJxiaYDAaNhzxjn85WediXpFpeHS9');
  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect(typed).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/checksum does not match.*bad-address-checksum/)).toBeVisible();

  await page.getByLabel('Reward address').selectOption({ index: 0 });
  const maxTxs = page.getByLabel('Pool transactions to include (one block)');
  await maxTxs.fill('-2');
  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect(maxTxs).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Enter a whole number of transactions/)).toBeVisible();

  const reward = page.getByLabel(/^New reward \(coins\)/);
  await reward.fill('0.000000001');
  await page.getByRole('button', { name: 'Set reward' }).click();
  await expect(reward).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/only 8 decimal places/)).toBeVisible();
  await reward.fill('1001');
  await page.getByRole('button', { name: 'Set reward' }).click();
  await expect(page.getByText('The reward can be at most 1,000 coins here.')).toBeVisible();

  await expect(page.getByTestId('mining-status')).toContainText('Not mining.');
  expect(await nextHeight(page)).toBe(next);
  await expect(page.getByTestId('next-reward')).toContainText('10 coins');

  // A good reward: shown for the next block.
  await reward.fill('2.5');
  await page.getByRole('button', { name: 'Set reward' }).click();
  await expect(page.getByTestId('next-reward')).toContainText('2.5 coins');
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the Mining panel while mining at ${size.width}x${size.height}, ${theme}`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await page.getByLabel('Theme').selectOption(theme);
      await openTab(page, 'Mining');
      await page.getByLabel('Expected hashes per block').fill('20M');
      await page.getByRole('button', { name: 'Set difficulty' }).click();
      // All miners follow the chain's schedule: x100 (the explicit fast path) makes a block due at once.
      await page.getByLabel('Simulation speed').selectOption('100');
      await page.getByRole('button', { name: 'All miners mine' }).click();
      await expect(page.getByTestId('mining-status')).toContainText("on the chain's schedule");
      await expect.poll(() => noncesTried(page)).toBeGreaterThan(100_000);
      // Let the smoothed rates settle, and clear the notifications off the figures.
      await page.waitForTimeout(1500);
      const dismiss = page.getByRole('button', { name: 'Dismiss' });
      // At x100 the network's notices (a reorg now and then) may keep coming: clear what is there, a few rounds.
      for (let i = 0; i < 8 && (await dismiss.count()) > 0; i++)
        await dismiss
          .first()
          .click({ timeout: 2000 })
          .catch(() => {});
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
      await screenshot(page, `mining-${size.width}-${theme}`);
      await page.getByTestId('mining-stats').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screenshot(page, `mining-stats-${size.width}-${theme}`);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.getByTestId('mining-status')).toContainText('Not mining.');
    });
  }
}
