/**
 * Helpers for the lesson specs: open one lesson by its link (a fresh context
 * answers the first-visit question with "lessons") and check which of its
 * steps are ticked, as the step list shows them ("done" next to a tick).
 */
import { expect, type Page } from '@playwright/test';
import { openApp } from './fixtures';

/** Opens the lesson `id` and waits until its playground is drawn. */
export async function openLesson(page: Page, id: string, title: string): Promise<void> {
  await openApp(page, { path: `./#learn/${id}` });
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: /^Steps/ })).toBeVisible({ timeout: 20_000 });
}

/** The step's row in the list. */
export function step(page: Page, id: string) {
  return page.getByTestId(`step-${id}`);
}

/** Expects exactly `done` of the lesson's steps to be ticked, each with the word "done". */
export async function expectTicked(page: Page, done: readonly string[], notYet: readonly string[] = [], timeout = 30_000): Promise<void> {
  for (const id of done) {
    await expect(step(page, id), `step "${id}" is ticked`).toHaveAttribute('data-done', 'true', { timeout });
    await expect(step(page, id)).toContainText('done');
  }
  for (const id of notYet) await expect(step(page, id), `step "${id}" is not ticked yet`).toHaveAttribute('data-done', 'false');
}
