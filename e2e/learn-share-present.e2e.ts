/**
 * Journeys of a teacher: share a lesson as it is now (a link, a file) and
 * open it in a fresh browser (another student's laptop: no saved progress,
 * its own IndexedDB) to find the same scenario; a damaged link is refused
 * with a message and changes nothing; presenter mode shows one lesson in
 * large type and moves on with the keyboard.
 */
import { expect, test } from '@playwright/test';
import { screenshot } from './fixtures';
import { expectTicked, openLesson } from './learn-steps';

test.describe.configure({ timeout: 120_000 });

test('a shared link and file open the same chain, with the same steps ticked, in a fresh browser; a damaged link is refused', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'chain', 'A chain');
  const block = (p: typeof page, n: number) => p.locator(`[data-testid="ledger-block"][data-number="${n}"]`);
  await block(page, 2).getByLabel('Data').fill('Ben → Cleo 300');
  await block(page, 2).getByRole('button', { name: 'Mine block 2' }).click();
  await expect(block(page, 2)).toHaveAttribute('data-valid', 'true', { timeout: 60_000 });
  await expectTicked(page, ['edit', 'remine-2'], ['remine-all']);
  const nonce = await block(page, 2).getByLabel('Nonce').inputValue();
  const hashes = await page.getByTestId('block-hash').allTextContents();

  await page.getByText('Share this lesson').click();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  const link = await page.getByLabel('Link to this lesson as it is now').inputValue();
  expect(link).toMatch(/#learn\/chain\/[A-Za-z0-9_-]+$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const file = await (await download).path();

  // Another browser: nothing saved, the link alone carries the scenario.
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const student = await other.newPage();
  await student.goto(link);
  await expect(student.getByRole('heading', { level: 2, name: 'A chain' })).toBeVisible({ timeout: 30_000 });
  await expect(student.getByRole('status').filter({ hasText: 'The shared lesson is open.' })).toBeVisible();
  await expect(block(student, 2).getByLabel('Data')).toHaveValue('Ben → Cleo 300');
  await expect(block(student, 2).getByLabel('Nonce')).toHaveValue(nonce);
  await expect(student.getByTestId('block-hash')).toHaveText(hashes);
  await expect(block(student, 3)).toHaveAttribute('data-valid', 'false');
  await expectTicked(student, ['edit', 'remine-2'], ['remine-all']);

  // A link with its data cut short is refused with a message, and the lesson stays as it was.
  await student.goto(link.slice(0, -12));
  await expect(student.getByRole('alert').filter({ hasText: /damaged|not JSON/ })).toBeVisible({ timeout: 30_000 });
  await expect(block(student, 2).getByLabel('Data')).toHaveValue('Ben → Cleo 300');
  await other.close();

  // The saved file opens the same state in a third fresh browser.
  const third = await browser.newContext();
  const teacher = await third.newPage();
  await openLesson(teacher, 'chain', 'A chain');
  await expect(block(teacher, 2).getByLabel('Data')).not.toHaveValue('Ben → Cleo 300');
  await teacher.getByText('Share this lesson').click();
  await teacher.getByLabel('Open a shared lesson file').setInputFiles(file);
  await expect(block(teacher, 2).getByLabel('Data')).toHaveValue('Ben → Cleo 300');
  await expect(teacher.getByTestId('block-hash')).toHaveText(hashes);
  // A file that is not a shared lesson is refused with a message naming why; nothing changes.
  await teacher.getByLabel('Open a shared lesson file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"notes"}') });
  await expect(teacher.getByRole('alert').filter({ hasText: 'This file is not a shared lesson' })).toBeVisible();
  await expect(teacher.getByTestId('block-hash')).toHaveText(hashes);
  await third.close();
});

test('presenter mode: one lesson in large type at 1280x720, → and ← move between lessons, Esc leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'block', 'A block');
  const intro = page.getByRole('article').getByText(/^A block is one page of the ledger/);
  const normalSize = await intro.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('button', { name: 'Leave presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  const presenterSize = await intro.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(presenterSize).toBeGreaterThan(normalSize);
  await expect(page.getByTestId('ledger-block').first()).toBeVisible();
  await screenshot(page, 'learn-presenter-block-1280-light');

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'A chain' })).toBeVisible();
  await expect(page.getByTestId('ledger-block')).toHaveCount(5);
  await screenshot(page, 'learn-presenter-chain-1280-light');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 2, name: 'A block' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'false');
});
