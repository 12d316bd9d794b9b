/**
 * CI retries a failed spec once (a timing spec can lose to a busy 2-core machine),
 * and a retry must never hide a flaky test: this reporter names every test that
 * needed one, with the error of each failed attempt, and ends with the count.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class RetryReporter implements Reporter {
  private readonly retried = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' && result.retry === 0) return;
    if (result.status !== 'passed' && result.status !== 'timedOut' && result.status !== 'failed') return;
    const name = test.titlePath().filter(Boolean).join(' › ');
    const lines = this.retried.get(name) ?? [];
    // eslint-disable-next-line no-control-regex -- the message carries terminal colour codes
    const error = (result.error?.message?.split('\n')[0] ?? '').replace(/\u001b\[[0-9;]*m/g, '');
    lines.push(`attempt ${result.retry + 1}: ${result.status}${error ? ` (${error})` : ''}`);
    this.retried.set(name, lines);
  }

  onEnd(): void {
    const retried = [...this.retried].filter(([, lines]) => lines.length > 1);
    if (retried.length === 0) return;
    console.log(`\nRetried tests: ${retried.length}`);
    for (const [name, lines] of retried) console.log(`  ${name}\n    ${lines.join('\n    ')}`);
  }
}
