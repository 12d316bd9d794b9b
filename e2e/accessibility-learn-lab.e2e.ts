/**
 * axe-core on the screens that came with the lessons and the lab: the
 * first-visit question, the lesson list and every lesson, presenter mode, the
 * Lab with results and their plots, and the reorg notice (with the Chain
 * panel's reorg banner); light and dark, 1280x720 and 390x844. No serious or
 * critical violation, colour contrast included (e2e/axe.ts). The other
 * screens are in accessibility.e2e.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { forkAndHeal, openApp, openTab } from './fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

// Eleven lessons, each checked by axe, on a busy machine.
test.describe.configure({ timeout: 300_000 });

async function dismissToasts(page: Page): Promise<void> {
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test.describe(`${size.name} px, ${theme} theme`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: theme });
      });

      test('the first-visit question, the lesson list, every lesson and presenter mode', async ({ page }) => {
        await openApp(page, { keepQuestion: true, keepTour: true });
        const start = page.getByRole('button', { name: 'Start the lessons' });
        await expect(start).toBeVisible();
        await expectAccessible(page, 'the first-visit question');
        await start.click();
        await expect(page.getByRole('tab', { name: /^Learn/ })).toHaveAttribute('aria-selected', 'true');
        const close = page.getByRole('button', { name: 'Close the tour' });
        if (await close.isVisible()) await close.click();

        const list = page.getByRole('navigation', { name: /lesson/i });
        const lessons = list.getByRole('button');
        const count = await lessons.count();
        expect(count).toBeGreaterThanOrEqual(11);
        const learn = page.getByTestId('learn');
        for (let i = 0; i < count; i++) {
          await lessons.nth(i).click();
          await expect(lessons.nth(i)).toHaveAttribute('aria-current', 'page');
          await expect(learn.locator('.playground')).toBeVisible({ timeout: 30_000 });
          // The whole page once (the list, the header, the tabs), then each lesson on its own.
          if (i === 0) await expectAccessible(page, `lesson ${i + 1} and the Learn tab`);
          else await expectAccessible(page, `lesson ${i + 1}`, { include: '[data-testid="learn"]' });
        }

        await learn.getByRole('button', { name: 'Presenter mode' }).click();
        await expect(learn.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
        await expectAccessible(page, 'presenter mode');
      });

      test('the Lab with results and their plots', async ({ page }) => {
        await openApp(page);
        // Results to draw, from the API (each a real run in the workers).
        await page.evaluate(async () => {
          for (const z of [0, 2]) await window.pocket.lab.doubleSpendRace({ q: 0.3, z, trials: 100, seed: 'axe' });
          await window.pocket.lab.selfishMining({ alpha: 0.3, gamma: 0.5, blocks: 500, seed: 'axe' });
          await window.pocket.lab.staleRate({ delays: [0.1, 0.5], blocks: 100, seed: 'axe' });
        });
        await openTab(page, 'Lab');
        await dismissToasts(page);
        await expect(page.getByTestId('lab-race-figure').locator('g.point')).toHaveCount(2);
        await expect(page.getByTestId('lab-selfish-figure').locator('g.point')).toHaveCount(1);
        await expectAccessible(page, 'the Lab with results');
        // The table alternative of a plot.
        await page.getByRole('region', { name: 'Double-spend race' }).getByText(/^Show as table/).click();
        await expectAccessible(page, 'the Lab, a plot shown as a table');
      });

      test('the reorg notice, and the reorg banner of the Chain panel', async ({ page }) => {
        await openApp(page);
        await openTab(page, 'Network');
        await forkAndHeal(page);
        // The notice needs the reorg itself: Node A gave its block up for Node C's two.
        await expect.poll(() => page.evaluate(async () => (await window.pocket.getReorgs('node-1')).length), { timeout: 15_000 }).toBeGreaterThan(0);
        const notice = page.getByTestId('reorg-notice');
        await expect(notice).toContainText('switched branch', { timeout: 15_000 });
        await expectAccessible(page, 'the reorg notice');
        await notice.getByRole('button', { name: /^Show the chain of / }).click();
        await expect(page.getByTestId('reorg-banner')).toBeVisible();
        await expectAccessible(page, 'the reorg banner on the Chain panel');
      });
    });
  }
}
