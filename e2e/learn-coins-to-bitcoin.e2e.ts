/**
 * Journeys: a student works through lessons 6 to 11 (coins, Merkle trees,
 * difficulty, forks, attacks, real Bitcoin) by using each playground and sees
 * every step ticked. Lesson 11's header inspector is fed a real mainnet header
 * built here from block 100000's published fields, so the app's parser,
 * hash and proof-of-work check are tested against Bitcoin, not against
 * themselves; then one byte is changed and the proof of work fails, saying why.
 */
import { expect, test } from '@playwright/test';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { expectTicked, openLesson } from './learn-steps';

test.describe.configure({ timeout: 120_000 });

test('lesson 6, coins: a payment spends a coin and makes change, a block confirms it, a double spend is refused with its reason', async ({ page }) => {
  await openLesson(page, 'coins', 'Transactions and coins');
  await page.getByLabel('From').selectOption({ label: 'Alice' });
  await page.getByLabel('To').selectOption({ label: 'Bob' });
  await page.getByLabel('Amount (coins)').fill('4');
  await expect(page.getByText(/back to Alice as change/)).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('payment')).toHaveCount(1);
  await expect(page.getByTestId('payment').first()).toContainText('waiting in the pool');
  await expectTicked(page, ['pay'], ['confirm', 'double-spend']);

  await page.getByRole('button', { name: 'Mine the pool into a block' }).click();
  await expect(page.getByTestId('payment').first()).toContainText('confirmed (1 confirmation)', { timeout: 60_000 });
  await expectTicked(page, ['pay', 'confirm'], ['double-spend']);

  await page.getByRole('button', { name: 'Spend the coins of payment 1 again' }).click();
  await expect(page.getByTestId('refusal')).toContainText(/✗ Refused \([a-z-]+\): \S+/);
  await expectTicked(page, ['pay', 'confirm', 'double-spend']);
});

test('lesson 7, Merkle trees: pick a transaction and see its proof, tamper with it, and size a proof for a big block', async ({ page }) => {
  await openLesson(page, 'merkle', 'Merkle trees');
  await page.getByRole('button', { name: /^Transaction 2 txid/ }).click();
  await expect(page.getByTestId('merkle-verified')).toBeVisible();
  await expectTicked(page, ['select'], ['tamper', 'big-block']);

  const rootBefore = await page.locator('[data-testid="merkle-node"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('|'));
  await page.getByTestId('merkle-tamper').click();
  await expect(page.getByTestId('merkle-tamper')).toHaveAttribute('aria-pressed', 'true');
  const rootAfter = await page.locator('[data-testid="merkle-node"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('|'));
  expect(rootAfter).not.toBe(rootBefore);
  await expectTicked(page, ['select', 'tamper'], ['big-block']);

  await page.getByLabel('Transactions in a block').fill('1000000');
  // A million transactions: a tree 20 levels deep, so a proof of 20 hashes.
  await expect(page.getByTestId('proof-size')).toContainText('A proof needs 20 hashes (640 bytes)');
  await expectTicked(page, ['select', 'tamper', 'big-block']);
});

test('lesson 8, difficulty: mine at 16 and 20 zero bits in the workers, and retarget after slow and fast blocks', async ({ page }) => {
  await openLesson(page, 'difficulty', 'Mining and difficulty');
  const bits = page.getByLabel('Zero bits');
  const runs = page.getByTestId('mining-runs').locator('tbody tr');
  await bits.fill('16');
  await expect(page.getByTestId('expected-tries')).toHaveText('65.5 thousand');
  await page.getByRole('button', { name: 'Mine a block' }).click();
  await expect(runs).toHaveCount(1, { timeout: 60_000 });
  await expectTicked(page, ['mine-easy'], ['mine-harder', 'retarget']);
  await expect(page.getByText(/per block\.$/)).toBeVisible();

  await bits.fill('20');
  await expect(page.getByTestId('expected-tries')).toHaveText(/^1\.0\d? million$/);
  await page.getByRole('button', { name: 'Mine a block' }).click();
  await expect(runs).toHaveCount(2, { timeout: 90_000 });
  await expectTicked(page, ['mine-easy', 'mine-harder'], ['retarget']);

  const seconds = page.getByLabel(/^The last \d+ blocks took \(seconds\)$/);
  await seconds.fill('100');
  await expect(page.getByTestId('retarget-verdict')).toContainText('times harder');
  await seconds.fill('400');
  await expect(page.getByTestId('retarget-verdict')).toContainText('times easier');
  await expectTicked(page, ['mine-easy', 'mine-harder', 'retarget']);
});

test('lesson 9, forks: split, pay on the right, mine both halves, heal: the right half reorganises and the payment returns to the pool', async ({ page }) => {
  await openLesson(page, 'forks', 'Forks and most work');
  const act = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeEnabled({ timeout: 60_000 });
    await button.click();
  };
  await act('Split the network');
  await expect(page.getByTestId('split-state')).toHaveText('The network is split in two halves.');
  await act('Alice pays Bob 3 coins (via Cleo)');
  await expectTicked(page, ['split', 'pay'], ['mine-both', 'heal', 'returned']);

  await act('Mine on the right (Cleo)');
  await expect(page.getByTestId('payment-state')).toContainText('In a block of the active chain.', { timeout: 60_000 });
  await act('Mine on the left (Ana)');
  await expectTicked(page, ['split', 'pay', 'mine-both'], ['heal', 'returned']);
  const sides = page.getByTestId('fork-sides');
  const left = async () => Number(/Left branch: height (\d+)/.exec((await sides.textContent())!)![1]);
  const before = await left();
  await act('Mine on the left (Ana)');
  await expect.poll(left, { timeout: 60_000 }).toBe(before + 1);

  await act('Heal the network');
  await expect(page.getByTestId('reorgs').locator('li').first()).toContainText('switched branch', { timeout: 60_000 });
  await expect(page.getByTestId('payment-state')).toContainText('Waiting in the pool of', { timeout: 30_000 });
  await expectTicked(page, ['split', 'pay', 'mine-both', 'heal', 'returned']);
});

test('lesson 10, attacks: twenty double-spend races at 30% are tallied, some lost and some won', async ({ page }) => {
  await openLesson(page, 'attacks', 'Attacks');
  await page.getByLabel('Mallory’s share of the hash power (%)').fill('30');
  await page.getByLabel('Confirmations the shop waits for (z)').fill('1');
  await page.getByRole('button', { name: 'Run 20 races' }).click();
  const row = page.getByTestId('race-tallies').locator('tbody tr').first();
  await expect(row).toContainText('20', { timeout: 90_000 });
  await expectTicked(page, ['race-lost', 'race-won', 'many-races'], [], 90_000);

  await page.getByRole('button', { name: 'Watch one race' }).click();
  await expect(page.getByTestId('race-outcome')).toContainText(/Mallory (won|lost)/, { timeout: 60_000 });
});

/** Block 100000's header from its published fields (hashes in display order, reversed in the header). */
const reversedHex = (hex: string) => bytesToHex(hexToBytes(hex).reverse());
const le32 = (n: number) => reversedHex(n.toString(16).padStart(8, '0'));
const BLOCK_100000 = {
  hash: '000000000003ba27aa200b1cecaad478d2b00432346c3f1f3986da1afd33e506',
  header:
    le32(1) +
    reversedHex('000000000002d01c1fccc21636b607dfd930d31d01c3a62104612a1719011250') +
    reversedHex('f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766') +
    le32(1293623863) +
    le32(0x1b04864c) +
    le32(274148111),
  txids: [
    '8c14f0db3df150123e6f3dbbf30f8b955a8249b62ac1d1ff16284aefa3d06d87',
    'fff2525b8931402dd09222c50775608f75787bd2b87e56995a7bdd30f79702c4',
    '6359f0868171b1d194cbee1af2f16ea598ae8fad666d9b012c8ed2b79a236ec4',
    'e9a66845e05d5abc0ad04ec80f774a7e585c6e8db975962d069a522137b80c1d',
  ],
};

test('lesson 11, real Bitcoin: block 100000’s header pasted in shows its fields, hash and valid proof of work; one byte changed fails, saying why; its txids give its Merkle root and a proof', async ({ page }) => {
  // The constants above are Bitcoin's: SHA-256d of the header is the block's published hash.
  expect(reversedHex(bytesToHex(sha256(sha256(hexToBytes(BLOCK_100000.header)))))).toBe(BLOCK_100000.hash);

  await openLesson(page, 'bitcoin', 'Real Bitcoin');
  const header = page.getByLabel('Header (80 bytes as 160 hex digits)');
  await header.fill(BLOCK_100000.header);
  const fields = page.getByTestId('header-fields');
  await expect(fields.getByRole('row', { name: /^Version/ })).toContainText('1');
  await expect(fields.getByRole('row', { name: /^Previous block hash/ })).toContainText('000000000002d01c1fccc21636b607dfd930d31d01c3a62104612a1719011250');
  await expect(fields.getByRole('row', { name: /^Merkle root/ })).toContainText('f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766');
  await expect(fields.getByRole('row', { name: /^Time/ })).toContainText('1293623863');
  await expect(fields.getByRole('row', { name: /^Bits/ })).toContainText('1b04864c');
  await expect(fields.getByRole('row', { name: /^Nonce/ })).toContainText('274,148,111');
  await expect(page.getByTestId('header-hash')).toHaveText(BLOCK_100000.hash);
  await expect(page.getByTestId('pow-verdict')).toContainText('✓ Proof of work holds');
  await expect(page.getByTestId('header-origin')).toContainText('This is the real header of Block 100000.');
  await expectTicked(page, ['inspect'], ['one-byte', 'merkle-root', 'proof']);

  // One byte changed by hand: the nonce's first byte 0x0f becomes 0x10.
  const changed = BLOCK_100000.header.slice(0, 152) + '10' + BLOCK_100000.header.slice(154);
  await header.fill(changed);
  await expect(page.getByTestId('pow-verdict')).toContainText('✗ Proof of work fails.');
  await expect(page.getByTestId('pow-verdict')).toContainText('is above the target: the proof of work fails');
  await expect(page.getByTestId('header-hash')).not.toHaveText(BLOCK_100000.hash);
  await expect(page.getByTestId('header-origin')).toContainText('Changed from Block 100000 in byte 77 (Nonce).');
  await expectTicked(page, ['inspect', 'one-byte'], ['merkle-root', 'proof']);

  // The box starts with block 100000's txids and their root already matches: the step wants a typo first.
  // The txids typed in again from Bitcoin's record give the root in the header; one typo and no header has it.
  const txids = page.getByLabel('Transaction ids, one per line (coinbase first)');
  await txids.fill('9' + BLOCK_100000.txids.join('\n').slice(1));
  await expect(page.getByTestId('merkle-root-match')).toContainText('This root is in none of the bundled headers.');
  await txids.fill(BLOCK_100000.txids.join('\n'));
  await expect(page.getByTestId('merkle-root')).toHaveText('f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766');
  await expect(page.getByTestId('merkle-root-match')).toContainText('✓ This is the Merkle root in the header of Block 100000.');
  await expectTicked(page, ['inspect', 'one-byte', 'merkle-root'], ['proof']);

  await page.getByLabel('Transaction to prove (0 = first)').fill('2');
  await page.getByRole('button', { name: 'Make a proof' }).click();
  await expect(page.getByLabel('Transaction id', { exact: true })).toHaveValue(BLOCK_100000.txids[2]!);
  await expect(page.getByTestId('proof-verdict')).toContainText('✓ The proof checks out');
  await expectTicked(page, ['inspect', 'one-byte', 'merkle-root', 'proof']);
  // A branch with one digit changed no longer leads to the root.
  const branch = page.getByLabel('Branch: the sibling hashes, one per line, from the bottom up');
  const text = await branch.inputValue();
  await branch.fill((text[0] === 'a' ? 'b' : 'a') + text.slice(1));
  await expect(page.getByTestId('proof-verdict')).toContainText('✗ The proof fails');
});
