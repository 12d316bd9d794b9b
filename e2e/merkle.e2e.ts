/**
 * The Merkle proof of one transaction, in the block explorer's Merkle view
 * (issue 7): a block with several transactions (made through window.pocket:
 * the setup is not what is tested), opened from the chain view; clicking a
 * transaction highlights exactly the nodes of core's proof (the path from the
 * txid to the root, and the siblings the proof carries, each with the hash
 * the proof names) and the proof verifies; "Tamper with a transaction"
 * changes that transaction and marks every hash up to a root that no longer
 * matches the header.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

interface DrawnNode {
  id: string;
  hash: string;
  onPath: boolean;
  sibling: boolean;
  changed: boolean;
  duplicate: boolean;
}

test('click a transaction: exactly the proof nodes light up and verify; tamper breaks the root', async ({
  page,
}) => {
  await openApp(page);
  const block = await page.evaluate(async () => {
    const p = window.pocket;
    const w = await p.getWallets();
    for (let i = 0; i < 3; i++)
      await p.send(w[i]!.address, w[i + 3]!.address, 50_000_000 + i, 1_000);
    const mined = await p.mineBlock(w[5]!.address);
    await p.settle();
    return mined;
  });
  expect(block.txids.length).toBeGreaterThanOrEqual(5);

  // Open the block from the chain view: the explorer shows it with its Merkle tree.
  await openTab(page, 'Chain');
  await page.getByRole('button', { name: new RegExp(`^Block ${block.height} `) }).click();
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${block.height}`);
  const merkle = page.getByRole('region', { name: `Merkle tree of block ${block.height}` });
  await expect(merkle.getByTestId('merkle-node').first()).toBeVisible();

  const drawn = () =>
    merkle.getByTestId('merkle-node').evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-node')!,
        hash: e.querySelector('title')!.textContent!,
        onPath: e.getAttribute('data-on-path') === 'true',
        sibling: e.getAttribute('data-sibling') === 'true',
        changed: e.getAttribute('data-changed') === 'true',
        duplicate: e.getAttribute('data-duplicate') === 'true',
      })),
    ) as Promise<DrawnNode[]>;

  // Every txid of the block is a leaf, in order.
  const leaves = (await drawn()).filter((n) => n.id.startsWith('0:') && !n.duplicate);
  expect(leaves.map((n) => n.hash)).toEqual(block.txids);

  const index = 3;
  const txid = block.txids[index]!;
  await merkle.getByRole('button', { name: new RegExp(`^Transaction ${index} txid`) }).click();
  await expect(
    merkle.getByRole('button', { name: new RegExp(`^Transaction ${index} txid`) }),
  ).toHaveAttribute('aria-pressed', 'true');

  // Core's proof for the same transaction of the same block.
  const proof = await page.evaluate(([hash, id]) => window.pocket.merkleProof(hash, id), [
    block.hash,
    txid,
  ] as const);
  expect(proof.index).toBe(index);
  expect(await page.evaluate((p) => window.pocket.verifyMerkleProof(p), proof)).toBe(true);

  const nodes = await drawn();
  const depth = proof.branch.length;
  const expectedPath = Array.from({ length: depth + 1 }, (_, l) => `${l}:${index >> l}`);
  const expectedSiblings = proof.branch.map((_, l) => `${l}:${(index >> l) ^ 1}`);
  expect(
    nodes
      .filter((n) => n.onPath)
      .map((n) => n.id)
      .sort(),
  ).toEqual([...expectedPath].sort());
  expect(
    nodes
      .filter((n) => n.sibling)
      .map((n) => n.id)
      .sort(),
  ).toEqual([...expectedSiblings].sort());
  // ... and each highlighted sibling carries the hash the proof names at its level.
  for (const [l, hash] of proof.branch.entries())
    expect(nodes.find((n) => n.id === expectedSiblings[l])!.hash).toBe(hash);
  expect(nodes.find((n) => n.id === `${depth}:0`)!.hash).toBe(proof.root);
  expect(nodes.find((n) => n.id === '0:' + index)!.hash).toBe(txid);
  // The proof as data, and its verdict.
  await expect(merkle.getByTestId('merkle-proof-branch').locator('li')).toHaveCount(depth);
  for (const hash of proof.branch)
    await expect(merkle.getByTestId('merkle-proof-branch')).toContainText(hash);
  await expect(merkle.getByTestId('merkle-verified')).toContainText('verified ✓');
  await expect(merkle.getByTestId('merkle-root-status')).toContainText('matches the header ✓');
  await merkle.scrollIntoViewIfNeeded();
  await screenshot(page, 'merkle-proof');

  // Tamper: that transaction changes, and every hash above it up to the root.
  await merkle.getByTestId('merkle-tamper').click();
  await expect(merkle.getByTestId('merkle-tamper')).toHaveAttribute('aria-pressed', 'true');
  await expect(merkle.getByTestId('merkle-root-status')).not.toContainText('matches the header ✓');
  await expect(merkle.getByTestId('merkle-verified')).toContainText('not verified ✗');
  const tampered = await drawn();
  const changed = tampered.filter((n) => n.changed);
  const changedReal = changed
    .filter((n) => !n.duplicate)
    .map((n) => n.id)
    .sort();
  expect(changedReal).toEqual([...expectedPath].sort());
  // A changed duplicate only ever copies a changed path node (Bitcoin's odd-level rule).
  for (const d of changed.filter((n) => n.duplicate)) {
    const [l, i] = d.id.split(':').map(Number);
    expect(tampered.find((n) => n.id === `${l}:${i! - 1}`)!.changed).toBe(true);
  }
  const newRoot = tampered.find((n) => n.id === `${depth}:0`)!;
  expect(newRoot.changed).toBe(true);
  expect(newRoot.hash).not.toBe(proof.root);
  // Untouched subtrees keep their hashes: the proof's siblings are the same.
  for (const id of expectedSiblings)
    expect(tampered.find((n) => n.id === id)!.hash).toBe(nodes.find((n) => n.id === id)!.hash);
  await screenshot(page, 'merkle-tamper');

  // Off again: back to the block's own tree.
  await merkle.getByTestId('merkle-tamper').click();
  await expect(merkle.getByTestId('merkle-root-status')).toContainText('matches the header ✓');
  expect((await drawn()).filter((n) => n.changed)).toEqual([]);
});
