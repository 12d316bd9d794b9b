/**
 * A payment refused right after the page loads is heard: the polite live region
 * says the first refusal, not only the later ones. (It was lost: leaving the
 * amount field for Send showed the field's message between the press and the
 * release, Send moved down, and the click never happened.) In a German browser,
 * a lesson's input error and a payment the lesson's node refuses are said in
 * German, the reason code kept as it is (an API).
 * Screenshots: e2e/screenshots/refusal-de-lesson, refusal-de-payment.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

/** Records every text the live region takes from now on. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-region"]')!;
    const w = window as unknown as { __heard: string[] };
    w.__heard = [region.textContent ?? ''];
    new MutationObserver(() => w.__heard.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.join(' | '));

test('the first payment refused after the page loads is announced, clicked with the mouse', async ({ page }) => {
  await openApp(page);
  await recordAnnouncements(page);
  await openTab(page, 'Wallets');
  await page.getByLabel('Amount (coins)').fill('ten');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => heard(page), { timeout: 15_000 }).toMatch(/Payment not sent: Enter the address to pay.* must be a number/);
  await expect(page.getByTestId('live-region')).toContainText('Payment not sent');
  // Every field's message is shown at once, under its field.
  await expect(page.locator('#send-to-error')).toBeVisible();
  await expect(page.locator('#send-amount-error')).toContainText('must be a number');
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('a lesson input error and a payment the node refuses are said in German; the first refusal after load is heard in German', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, { path: './#learn/coins' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Transaktionen und Münzen', exact: true })).toBeVisible({ timeout: 20_000 });
    await page.getByLabel('Von', { exact: true }).selectOption({ label: 'Alice' });
    await page.getByLabel('An', { exact: true }).selectOption({ label: 'Bob' });

    // A lesson input error (LessonInputError 'badAmount'), in German with core's amount sentence in German too.
    await page.getByLabel('Betrag (Münzen)').fill('zehn');
    const typo = page.getByText('Betrag: Der Betrag muss eine Zahl wie 1.5 sein (Ziffern und ein Dezimalpunkt).');
    await expect(typo).toBeVisible();
    await expect(page.getByText(/must be a number/)).toHaveCount(0);
    await typo.scrollIntoViewIfNeeded();
    await screenshot(page, 'refusal-de-lesson');

    // A payment, then the same coins again: the node refuses it, its reason code kept and its sentence in German.
    await page.getByLabel('Betrag (Münzen)').fill('4');
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(page.getByTestId('payment')).toHaveCount(1);
    await page.getByRole('button', { name: 'Die Münzen von Zahlung 1 noch einmal ausgeben' }).click();
    const refused = page.getByTestId('refusal').first();
    await expect(refused).toHaveText(/^✗ Abgelehnt \((txn-mempool-conflict|bad-txns-inputs-missingorspent)\): (Ein Coin|Eine Eingabe)/);
    await expect(refused).not.toContainText(/spends|already|does not exist/);
    await refused.scrollIntoViewIfNeeded();
    await screenshot(page, 'refusal-de-payment');

    // The Wallets panel after a fresh load: the first refusal is heard, in German.
    await page.goto('./');
    await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
    const explore = page.getByRole('button', { name: 'Das Netzwerk erkunden' });
    if (await explore.isVisible()) await explore.click();
    const close = page.getByRole('button', { name: 'Rundgang schließen' });
    if (await close.isVisible()) await close.click();
    await recordAnnouncements(page);
    await page.getByRole('tab', { name: /^Wallets/ }).click();
    await page.getByLabel('Betrag (Coins)').fill('zwei');
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect.poll(() => heard(page), { timeout: 15_000 }).toMatch(/Zahlung nicht gesendet: .*Der Betrag muss eine Zahl/);
  });
});
