/**
 * The whole journey by keyboard only (no click, no mouse): close the tour,
 * create a wallet, send coins, mine a block, open it in the explorer from the
 * chain picture, follow a Merkle proof, partition and heal the network. Every
 * control is reached with Tab (or the tab list's arrows) and must show where
 * the focus is; focus lands somewhere sensible when the tour or a confirmation
 * closes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './fixtures';

/** Fails unless the focused element shows it: an outline, or a stroke in the focus colour (SVG). */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const seen = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing is focused';
    if (!el.matches(':focus-visible')) return `${el.tagName} is focused but not :focus-visible`;
    const probe = document.createElement('span');
    probe.style.color = 'var(--pc-focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const own = getComputedStyle(el);
    if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) >= 2) return 'ok';
    const strokes = [...el.querySelectorAll('rect, path, circle')].map((s) => getComputedStyle(s).stroke);
    return strokes.includes(focusColour) ? 'ok' : `${el.tagName} shows no outline and no focus-coloured stroke`;
  });
  expect(seen, `visible focus on ${what}`).toBe('ok');
}

/** Presses Tab until `target` has the focus (at most `max` times), then checks the focus shows. */
async function tabTo(page: Page, target: Locator, what: string, max = 150): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page, what);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} was not reached with ${max} presses of Tab`);
}

/** Moves along the panel tabs with the arrow keys until `name` is selected (the tab list is one Tab stop). */
async function openTabByKeyboard(page: Page, name: string): Promise<void> {
  const selected = page.getByRole('tab', { selected: true });
  await tabTo(page, selected, 'the selected panel tab');
  const target = page.getByRole('tab', { name: new RegExp(`^${name}`) });
  for (let i = 0; i < 8 && (await target.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(target).toBeFocused();
  await expectVisibleFocus(page, `the ${name} tab`);
}

test('create a wallet, send, mine, explore a block and its Merkle proof, partition and heal: by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page, { keepTour: true });

  // The tour: Close returns the focus to the panel tabs, not to the top of the page.
  await tabTo(page, page.getByRole('button', { name: 'Close the tour' }), 'Close the tour');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();

  // A wallet.
  await openTabByKeyboard(page, 'Wallets');
  await tabTo(page, page.getByLabel('Name', { exact: true }), 'the wallet name');
  await page.keyboard.type('Kim');
  await tabTo(page, page.getByRole('button', { name: 'Create wallet' }), 'Create wallet');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: 'Created the wallet Kim' })).toBeVisible();
  const kim = await page.evaluate(async () => (await window.pocket.getWallets()).find((w) => w.label === 'Kim')!.address);

  // Send 2 coins to Kim from the first wallet the form offers.
  await tabTo(page, page.getByLabel('To address'), 'To address');
  await page.keyboard.type(kim);
  await tabTo(page, page.getByLabel('Amount (coins)'), 'Amount');
  await page.keyboard.type('2');
  await tabTo(page, page.getByRole('button', { name: 'Send', exact: true }), 'Send');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: /^✓?\s*Sent 2 coins/ })).toBeVisible();

  // Mine a block (it takes Kim's payment).
  const next = (await page.evaluate(async () => (await window.pocket.getNodes()).find((n) => n.id === 'node-1')!.height)) + 1;
  await openTabByKeyboard(page, 'Mining');
  await tabTo(page, page.getByRole('button', { name: 'Mine one block' }), 'Mine one block');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: `Block ${next} found by` })).toBeVisible({ timeout: 30_000 });

  // Open it from the chain picture: the block is a button reached with Tab.
  await openTabByKeyboard(page, 'Chain');
  const block = page.getByRole('button', { name: new RegExp(`^Block ${next} `) });
  await tabTo(page, block, `block ${next} in the chain picture`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${next}`);

  // Follow the Merkle proof of Kim's payment (transaction 1).
  const merkle = page.getByRole('region', { name: /^Merkle tree of block/ });
  await tabTo(page, merkle.getByRole('button', { name: /^Transaction 1 txid/ }), 'transaction 1 in the Merkle tree');
  await page.keyboard.press('Enter');
  await expect(merkle.getByTestId('merkle-verified')).toContainText('verified ✓');

  // Partition, then heal, from the Network panel.
  await openTabByKeyboard(page, 'Network');
  const part = page.getByRole('region', { name: 'Partition and heal' });
  await tabTo(page, part.getByRole('button', { name: 'Partition', exact: true }), 'Partition');
  await page.keyboard.press('Enter');
  await expect(part.getByTestId('partition-status')).toContainText('group 1: Node A, Node B · group 2: Node C, Node D');
  await tabTo(page, part.getByRole('button', { name: 'Heal' }), 'Heal');
  await page.keyboard.press('Enter');
  await expect(part.getByTestId('partition-status')).toContainText('Whole');

  // A confirmation that is cancelled gives the focus back to the button that opened it.
  const remove = page.getByRole('button', { name: /^Remove .*…$/ });
  await tabTo(page, remove, 'Remove a node');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectVisibleFocus(page, 'Cancel');
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await expectVisibleFocus(page, 'Remove a node, again');
});
