/**
 * One-line accessibility check for any spec: `await expectAccessible(page, 'wallets')`
 * runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules plus axe's best practices, colour
 * contrast included) on what the page shows now and fails on any serious or critical
 * violation, listing each rule, its help text and the elements that break it.
 * Pass `include` to check one part of the page (a dialog, a lesson) only.
 * One run takes a few seconds on a busy 2-core machine: give a spec that checks
 * many views a longer timeout (`test.describe.configure({ timeout })`).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeCheck {
  /** A CSS selector: check only this part of the page. */
  include?: string;
}

/** The serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page, o: AxeCheck = {}): Promise<Result[]> {
  // Transitions end first: a colour measured half-way through a fade is not the colour shown.
  // (Endless ones, a spinner, are skipped: they never finish.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (o.include) builder = builder.include(o.include);
  const results = await builder.analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

/** A readable list of violations: rule, impact, help and up to five elements each. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`);
      return `${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Fails the test when axe finds a serious or critical violation; `where` names the view in the message. */
export async function expectAccessible(page: Page, where: string, o: AxeCheck = {}): Promise<void> {
  const violations = await seriousViolations(page, o);
  expect(violations.map((v) => v.id), `axe on ${where}:\n${describeViolations(violations)}`).toEqual([]);
}
