/**
 * The Network panel journey: add a node (it downloads the chain from the
 * selected node until its height reaches the others', the log shows the
 * initial block download), register peers, resolve conflicts (its report),
 * give it a miner, partition and heal with the buttons, a bad latency entry
 * that gets its message and changes nothing, and removing a node after the
 * confirmation.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('nodes: add (IBD), register peers, resolve, miner, partition/heal, bad latency, remove', async ({
  page,
}) => {
  await openApp(page);
  await openTab(page, 'Network');
  const before = await page.evaluate(() => window.pocket.getNodes());
  const height = Math.max(...before.map((n) => n.height));
  const rows = page.getByTestId('node-row');
  await expect(rows).toHaveCount(before.length);

  // Add a node (clock paused, so its first messages wait on the links): it joins by initial
  // block download from the selected node.
  await page.getByRole('button', { name: 'Pause' }).click();
  const add = page.getByRole('region', { name: 'Add or remove a node' });
  await add.getByLabel('Name of the new node').fill('Node E');
  await add.getByRole('button', { name: 'Add node' }).click();
  const nodeE = rows.filter({ has: page.getByRole('button', { name: 'Select Node E' }) });
  await expect(nodeE).toHaveCount(1);
  const newId = (await nodeE.getAttribute('data-node'))!;
  // The picture shows the new node and the messages in flight on its link (getheaders, ...).
  await expect(page.getByRole('button', { name: /^Node E, #0 · branch / })).toBeVisible();
  await expect(page.getByTestId('network-message').first()).toBeAttached();
  await expect(page.getByTestId('network-messages')).toContainText(/from Node [AE] to Node [AE]/);
  await page.getByRole('region', { name: 'Picture' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'network-messages-in-flight');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(nodeE).toHaveAttribute('data-height', String(height), { timeout: 15_000 });
  await expect(nodeE).toHaveAttribute('data-tip', before[0]!.tip);
  const log = page.getByTestId('node-log');
  await expect(page.getByRole('region', { name: 'Node log' }).getByLabel('Log of')).toHaveValue(
    newId,
  );
  await expect(log).toContainText('initial block download: headers from');
  await expect(log).toContainText(`initial block download complete: height ${height}`);
  await page.getByRole('region', { name: 'Node log' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'network-added-node');

  // A name already taken gets its message and adds nothing.
  await add.getByLabel('Name of the new node').fill('node a');
  await add.getByRole('button', { name: 'Add node' }).click();
  await expect(add.getByText('There is already a node called "node a".')).toBeVisible();
  await expect(add.getByLabel('Name of the new node')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(before.length + 1);

  // Register peers: Node E also connects to Node C.
  const peers = page.getByRole('region', { name: 'Register peers' });
  await peers.getByLabel('Node', { exact: true }).selectOption(newId);
  await peers.getByRole('button', { name: 'Register peers', exact: true }).click();
  await expect(peers.getByText('Tick at least one peer.')).toBeVisible();
  await peers.getByRole('checkbox', { name: /Node C/ }).check();
  await peers.getByRole('button', { name: 'Register peers', exact: true }).click();
  await expect(peers.getByTestId('peers-result')).toHaveText("Node E's peers now: Node A, Node C.");
  await expect(nodeE.locator('td.peers')).toHaveText('Node A, Node C');
  const apiPeers = (await page.evaluate(() => window.pocket.getNodes())).find(
    (n) => n.id === newId,
  )!.peers;
  expect([...apiPeers].sort()).toEqual(['node-1', 'node-3']);

  // Resolve conflicts: the chain is already the best one; each peer is reported.
  const resolve = page.getByRole('region', { name: 'Resolve conflicts' });
  await resolve.getByLabel('Node', { exact: true }).selectOption(newId);
  await resolve.getByRole('button', { name: 'Resolve conflicts' }).click();
  const report = resolve.getByTestId('resolve-result');
  await expect(report.getByRole('status')).toContainText('Not replaced.');
  await expect(report.getByRole('status')).toContainText(
    `Node E kept its chain (height ${height})`,
  );
  await expect(report.locator('tbody tr')).toHaveCount(2);
  await expect(report.locator('tbody tr[data-outcome="not-better"]')).toHaveCount(2);

  // Give Node E a miner.
  const miner = page.getByRole('region', { name: 'Give a node a miner' });
  await miner.getByLabel('Node', { exact: true }).selectOption(newId);
  await miner.getByLabel('Hash share').fill('0');
  await miner.getByRole('button', { name: 'Set miner' }).click();
  await expect(miner.getByText('The hash share must be above 0')).toBeVisible();
  await miner.getByLabel('Hash share').fill('0.5');
  await miner.getByRole('button', { name: 'Set miner' }).click();
  await expect(miner.getByTestId('miner-current')).toContainText(
    'Node E: pays Alice, hash share 0.5',
  );
  await expect(nodeE.locator('td').nth(4)).toContainText('0.5');
  expect(
    (await page.evaluate(() => window.pocket.getNodes())).find((n) => n.id === newId)!.hashShare,
  ).toBe(0.5);

  // Partition with the buttons (default split: the first half of the nodes in group 1), then heal.
  const part = page.getByRole('region', { name: 'Partition and heal' });
  await expect(part.getByTestId('partition-status')).toContainText('Whole');
  await part.getByRole('radio', { name: 'Node E in group 1' }).check();
  await part.getByRole('button', { name: 'Partition', exact: true }).click();
  await expect(part.getByTestId('partition-status')).toContainText(
    'Partitioned: group 1: Node A, Node B, Node E · group 2: Node C, Node D',
  );
  await expect(nodeE.getByText('group 1')).toBeVisible();
  await expect(page.getByTestId('network-group')).toHaveCount(2);
  await page.getByRole('region', { name: 'Picture' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'network-partitioned');
  await part.getByRole('button', { name: 'Heal' }).click();
  await expect(part.getByTestId('partition-status')).toContainText('Whole');
  await expect(page.getByTestId('network-group')).toHaveCount(1);
  // Everyone in one group is no partition: refused with a message, nothing cut.
  for (const n of ['Node A', 'Node B', 'Node C', 'Node D', 'Node E'])
    await part.getByRole('radio', { name: `${n} in group 2` }).check();
  await part.getByRole('button', { name: 'Partition', exact: true }).click();
  await expect(part.getByText('Put at least one node in each group')).toBeVisible();
  await expect(part.getByTestId('partition-status')).toContainText('Whole');

  // A bad latency gets its message under the field and changes nothing.
  const links = page.getByRole('region', { name: 'Link latency, jitter and loss' });
  const current = await links.getByTestId('link-current').textContent();
  await links.getByLabel('Latency (ms)').fill('fast');
  await links.getByLabel('Loss (%)').fill('100');
  await links.getByRole('button', { name: 'Apply link settings' }).click();
  await expect(links.getByLabel('Latency (ms)')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    links.getByText('The latency must be a number of milliseconds, like 150.'),
  ).toBeVisible();
  await expect(links.getByText('The loss must be below 100%')).toBeVisible();
  await expect(links.getByTestId('link-current')).toHaveText(current!);
  await links.scrollIntoViewIfNeeded();
  await screenshot(page, 'network-bad-latency');
  // A good one is applied.
  await links.getByLabel('Latency (ms)').fill('40');
  await links.getByLabel('Loss (%)').fill('0');
  await links.getByRole('button', { name: 'Apply link settings' }).click();
  await expect(links.getByTestId('link-current')).toContainText('Now: 40 ms latency');
  await expect(links.getByLabel('Latency (ms)')).not.toHaveAttribute('aria-invalid', 'true');

  // Select a node from the list: every panel follows it (the header's selector says so).
  await page.getByRole('button', { name: 'Select Node E' }).click();
  await expect(page.getByLabel('Node every panel follows')).toHaveValue(newId);
  await expect(page.getByRole('button', { name: 'Select Node E' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // ... and from the picture.
  await page.getByRole('button', { name: /^Node B,/ }).click();
  await expect(page.getByLabel('Node every panel follows')).toHaveValue('node-2');

  // Remove Node E after the confirmation (Cancel first keeps it).
  await add.getByLabel('Node to remove').selectOption(newId);
  await add.getByRole('button', { name: 'Remove Node E…' }).click();
  await expect(add.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await add.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(before.length + 1);
  await add.getByRole('button', { name: 'Remove Node E…' }).click();
  await add.getByRole('button', { name: 'Yes, remove Node E' }).click();
  await expect(rows).toHaveCount(before.length);
  await expect(nodeE).toHaveCount(0);
  expect((await page.evaluate(() => window.pocket.getNodes())).map((n) => n.id)).not.toContain(
    newId,
  );
});
