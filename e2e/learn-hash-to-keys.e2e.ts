/**
 * Journeys: a student works through lessons 1 to 5 (hashes, a block, a chain,
 * many copies, keys) as in class: typing into the playground, pressing its
 * buttons, mining in the page's workers, and sees each step of the list get
 * its tick. Every playground starts from the lessons' fixed seed.
 */
import { expect, test } from '@playwright/test';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expectTicked, openLesson } from './learn-steps';

test.describe.configure({ timeout: 120_000 });

test('lesson 1, hashes: typing changes the SHA-256 at once, one character flips bits, the zero-bits search in a worker', async ({ page }) => {
  await openLesson(page, 'hashes', 'Hashes');
  await expectTicked(page, [], ['type', 'one-char', 'zeros-8', 'tries-grow']);

  const box = page.getByLabel('Your text');
  await box.fill('');
  await box.pressSequentially('pocket');
  // The hash shown is SHA-256 of exactly what was typed (checked here with an independent implementation).
  await expect(page.getByTestId('text-hash')).toHaveText(bytesToHex(sha256(new TextEncoder().encode('pocket'))));
  await expectTicked(page, ['type']);

  await box.press('End');
  await box.press('Backspace');
  await expect(page.getByTestId('text-hash')).toHaveText(bytesToHex(sha256(new TextEncoder().encode('pocke'))));
  await expect(page.getByTestId('changed-bits')).toContainText(/\d+ of 256 bits changed/);
  await expectTicked(page, ['type', 'one-char']);

  const bits = page.getByLabel('Zero bits');
  const find = page.getByRole('button', { name: 'Find an input' });
  const rows = page.getByTestId('search-results').locator('tbody tr');
  for (const [i, n] of ['4', '8', '12'].entries()) {
    await bits.fill(n);
    await find.click();
    await expect(rows).toHaveCount(i + 1, { timeout: 30_000 });
    await expect(rows.nth(i).locator('td').first()).toHaveText(n);
  }
  await expectTicked(page, ['type', 'one-char', 'zeros-8', 'tries-grow']);

  // The input found for 12 bits really has a hash with 12 leading zero bits.
  await rows.nth(2).getByRole('button', { name: /^Put “.*” in the box$/ }).click();
  const found = await page.getByTestId('text-hash').textContent();
  expect(found!.slice(0, 3)).toBe('000');
  expect(bytesToHex(sha256(new TextEncoder().encode(await box.inputValue())))).toBe(found);
});

test('lesson 2, a block: editing the data breaks it, Mine (in the workers) repairs it, a guessed nonce is invalid', async ({ page }) => {
  await openLesson(page, 'block', 'A block');
  const block = page.getByTestId('ledger-block').first();
  await expect(block).toHaveAttribute('data-valid', 'true');

  await block.getByLabel('Data').fill('Alice → Bob 50');
  await expect(block).toHaveAttribute('data-valid', 'false');
  await expect(block.getByTestId('block-verdict')).toHaveText('✗ Invalid');
  await expectTicked(page, ['edit'], ['mine', 'guess']);

  await block.getByRole('button', { name: /^Mine block/ }).click();
  await expect(block).toHaveAttribute('data-valid', 'true', { timeout: 60_000 });
  await expect(block.getByTestId('block-hash')).toHaveText(/^0000/);
  await expectTicked(page, ['edit', 'mine'], ['guess']);

  await block.getByLabel('Nonce').fill('12345');
  await expectTicked(page, ['edit', 'mine', 'guess']);
});

test('lesson 3, a chain: editing block 2 breaks 2 to 5; re-mining them in order repairs the chain', async ({ page }) => {
  await openLesson(page, 'chain', 'A chain');
  const block = (n: number) => page.locator(`[data-testid="ledger-block"][data-number="${n}"]`);
  const summary = page.getByTestId('chain-summary');
  await expect(summary).toContainText('✓ The whole chain is valid.');

  await block(2).getByLabel('Data').fill('Ben → Cleo 300');
  for (const n of [2, 3, 4, 5]) await expect(block(n)).toHaveAttribute('data-valid', 'false');
  await expect(block(1)).toHaveAttribute('data-valid', 'true');
  await expect(summary).toContainText('✗ The chain is broken from block 2 on.');
  await expectTicked(page, ['edit'], ['remine-2', 'remine-all']);

  await block(2).getByRole('button', { name: 'Mine block 2' }).click();
  await expect(block(2)).toHaveAttribute('data-valid', 'true', { timeout: 60_000 });
  await expect(block(3)).toHaveAttribute('data-valid', 'false');
  await expect(summary).toContainText('✗ The chain is broken from block 3 on.');
  await expectTicked(page, ['edit', 'remine-2'], ['remine-all']);

  for (const n of [3, 4, 5]) {
    await block(n).getByRole('button', { name: `Mine block ${n}` }).click();
    await expect(block(n)).toHaveAttribute('data-valid', 'true', { timeout: 60_000 });
  }
  await expect(summary).toContainText('✓ The whole chain is valid.');
  // Four blocks at about 65,536 tries each: the work of rewriting history.
  const tries = Number((/so far: ([\d,]+) tries/.exec((await summary.textContent())!)![1])!.replaceAll(',', ''));
  expect(tries).toBeGreaterThan(4 * 1000);
  await expectTicked(page, ['edit', 'remine-2', 'remine-all']);
});

test('lesson 4, many copies: Cleo’s changed block is refused (high-hash), re-mined, and still outworked by Ana', async ({ page }) => {
  await openLesson(page, 'copies', 'Many copies');
  const copy = (h: number) => page.locator(`[data-testid="copy-block"][data-height="${h}"]`);

  await page.getByLabel('Data of Block 2').fill('Bob → Cleo 200');
  await expect(copy(2)).toHaveAttribute('data-valid', 'false');
  await expect(copy(3)).toHaveAttribute('data-valid', 'false');
  await expectTicked(page, ['tamper'], ['refused', 'remined', 'outworked']);

  await page.getByRole('button', { name: 'Cleo sends her changed block to Ana and Ben' }).click();
  await expect(page.getByTestId('copy-refusal')).toHaveCount(2);
  await expect(page.getByTestId('copy-refusal').first()).toContainText('high-hash');
  await expectTicked(page, ['tamper', 'refused'], ['remined', 'outworked']);

  const heights = await page.getByTestId('copy-block').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-height'))));
  for (const h of heights.filter((x) => x >= 2)) {
    await page.getByRole('button', { name: `Re-mine block ${h} of Cleo’s copy` }).click();
    await expect(copy(h)).toHaveAttribute('data-valid', 'true', { timeout: 60_000 });
  }
  await expectTicked(page, ['tamper', 'refused', 'remined'], ['outworked']);

  await page.getByRole('button', { name: 'Cleo runs her node on her copy' }).click();
  const mineAna = page.getByRole('button', { name: 'Ana mines the next block' });
  await expect(mineAna).toBeEnabled({ timeout: 30_000 });
  await mineAna.click();
  await expect(page.getByTestId('copies-status')).toContainText('Cleo’s own node switched to Ana’s chain', { timeout: 60_000 });
  await expectTicked(page, ['tamper', 'refused', 'remined', 'outworked']);
});

test('lesson 5, keys: a key pair, a signature that fails when one character changes, an address whose checksum catches a typo', async ({ page }) => {
  await openLesson(page, 'keys', 'Keys and signatures');
  await page.getByRole('button', { name: 'Make a key pair' }).click();
  await expect(page.getByTestId('public-key')).toHaveText(/^0[23][0-9a-f]{64}$/);
  await expectTicked(page, ['make-key'], ['sign', 'tamper', 'typo']);

  await page.getByLabel('Message to sign').fill('Pay Bob 5 coins');
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByTestId('signature')).toHaveText(/^[0-9a-f]{128}$/);
  await expect(page.getByTestId('verify-verdict')).toContainText('✓ The signature is valid');
  await expectTicked(page, ['make-key', 'sign'], ['tamper', 'typo']);

  await page.getByLabel('Message as received').fill('Pay Bob 6 coins');
  await expect(page.getByTestId('verify-verdict')).toContainText('✗ The signature does not match');
  await expectTicked(page, ['make-key', 'sign', 'tamper'], ['typo']);

  await page.getByRole('button', { name: 'Copy my address into the box' }).click();
  const checker = page.getByLabel('Check an address');
  const address = await checker.inputValue();
  expect(address).toBe(await page.getByTestId('address-address').textContent());
  await expect(page.getByTestId('address-verdict')).toContainText('✓ A valid address');
  // One character changed (a typo that stays in the Base58 alphabet).
  const last = address.at(-1) === '2' ? '3' : '2';
  await checker.fill(address.slice(0, -1) + last);
  await expect(page.getByTestId('address-verdict')).toContainText('✗ Refused');
  await expectTicked(page, ['make-key', 'sign', 'tamper', 'typo']);
});
