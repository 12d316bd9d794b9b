/**
 * Toasts on a 390 px phone: with three up, only the newest shows (a bottom
 * sheet with "+2 more" and "Dismiss all"), so the Mining buttons stay
 * clickable; the keyboard still reaches the newest with Alt+Shift+N, and
 * "+2 more" shows the others.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

const region = (page: Page) => page.getByRole('region', { name: 'Notifications' });

/** Whether a click at the middle of `target` lands on it (nothing covers it). */
async function hitAtCentre(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && el.contains(top);
  });
}

test('three toasts on a 390x844 phone leave the Mine button clickable; the newest shows, the others behind "+2 more"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await openTab(page, 'Mining');
  const mine = page.getByRole('button', { name: 'Mine one block' });
  const nextHeight = async () =>
    (await page.evaluate(() => window.pocket.getNodes())).find((n) => n.id === 'node-1')!.height +
    1;
  const height = await nextHeight();

  // Three toasts: a found block (with its button; one at a time), "mines continuously", "Mining stopped".
  await mine.click();
  await expect(region(page).getByRole('button', { name: `Open block ${height}` })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  // There, though a block found meanwhile may already be the newest (the only one shown on a phone).
  await expect(region(page).getByText(/mines continuously until you press Stop/)).toBeAttached();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(region(page).getByText(/^Mining stopped/)).toBeVisible();
  await expect(region(page).locator('[data-toast-id]')).toHaveCount(3);

  // Only the newest shows; the other two wait behind "+2 more".
  const more = region(page).getByRole('button', { name: '+2 more' });
  await expect(more).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // (Mine continuously may have found more blocks: the newest found-block toast replaced the first.)
  await expect(region(page).getByRole('button', { name: /^Open block \d+$/ })).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'toasts-phone-390');

  // Every Mining button is visible and nothing covers it.
  for (const name of ['Mine one block', 'Mine continuously', 'All miners mine', 'Stop']) {
    const button = page.getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    expect(await hitAtCentre(button), `${name} is not covered by the toasts`).toBe(true);
  }
  // And the Mine button really answers a click with the toasts up.
  const next = await nextHeight();
  await mine.click();
  await expect(region(page).getByRole('button', { name: `Open block ${next}` })).toBeVisible({
    timeout: 20_000,
  });
  await expect(region(page).locator('[data-toast-id]')).toHaveCount(3);

  // The keyboard reaches the newest one's button from the Mine button, and Escape goes back.
  await mine.focus();
  await page.keyboard.press('Alt+Shift+N');
  await expect(region(page).getByRole('button', { name: `Open block ${next}` })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mine).toBeFocused();

  // "+2 more" shows them all; "Dismiss all" clears them and gives the focus back.
  await more.click();
  await expect(region(page).getByRole('button', { name: 'Show the newest only' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(region(page).getByRole('button', { name: 'Dismiss', exact: true })).toHaveCount(3);
  await screenshot(page, 'toasts-phone-390-expanded');
  await region(page).getByRole('button', { name: 'Dismiss all' }).click();
  await expect(region(page).locator('[data-toast-id]')).toHaveCount(0);
});

test('on a 1280x720 projector the toasts still stack, without the phone bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Mining');
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await expect(region(page).getByText(/mines continuously until you press Stop/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(region(page).getByText(/^Mining stopped/)).toBeVisible();
  // Both show, one above the other, and no "+N more" bar.
  await expect(region(page).getByText(/mines continuously until you press Stop/)).toBeVisible();
  await expect(region(page).getByRole('button', { name: /more$/ })).toBeHidden();
  await expect(region(page).getByRole('button', { name: 'Dismiss all' })).toBeHidden();
});

/** Toasts from the Mining panel: each "Mine continuously" then "Stop" says two. */
async function toastBurst(page: Page, rounds: number): Promise<void> {
  await openTab(page, 'Mining');
  for (let i = 0; i < rounds; i++) {
    await page.getByRole('button', { name: 'Mine continuously' }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(region(page).getByText(/^Mining stopped/).first()).toBeAttached();
  }
}

for (const { width, height, shown } of [
  { width: 1280, height: 720, shown: 3 },
  { width: 780, height: 437, shown: 1 },
]) {
  test(`a burst of toasts on a ${width}x${height} screen shows the newest ${shown}, and the tabs stay clickable`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await openApp(page);
    await toastBurst(page, 3);
    const toasts = region(page).locator('[data-toast-id]');
    const count = await toasts.count();
    expect(count).toBeGreaterThan(shown);
    await expect(region(page).locator('[data-toast-id]:visible')).toHaveCount(shown);
    await expect(region(page).getByRole('button', { name: `+${count - shown} more` })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `toasts-burst-${width}x${height}`);
    for (const name of ['Learn', 'Chain', 'Wallets', 'Mining', 'Network', 'Lab', 'Settings']) {
      const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
      expect(await hitAtCentre(tab), `the ${name} tab is not covered by the toasts`).toBe(true);
    }
    await openTab(page, 'Settings');
    await expect(page.getByRole('tab', { name: /^Settings/ })).toHaveAttribute('aria-selected', 'true');
  });
}
