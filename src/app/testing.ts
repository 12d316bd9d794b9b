/**
 * Helpers for the Node tests of the running app: the seeded demo at the
 * regtest difficulty (the page builds it at the classroom difficulty, in a
 * worker) so that a test mines its blocks in milliseconds. Not used by the app.
 */
import { REGTEST_PARAMS, type ConsensusParams } from '../core/index';
import type { PersistedState } from '../storage/index';
import { buildDemoState } from '../workers/demo-state';
import { DEFAULT_SETTINGS, settingsJson } from './settings';
import type { PocketApp } from './pocket-app';

/** The demo for `seed`, at regtest difficulty unless `params` are given, with the default settings. */
export function regtestDemo(seed: string, params: ConsensusParams = REGTEST_PARAMS): PersistedState {
  return buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS));
}

/**
 * The double spend a class plays: during a partition Bob pays Erin on Node A's side and
 * Frank on Node C's side with the same coins; C's side mines two blocks, A's one; then
 * the network heals and every message is delivered.
 */
export async function doubleSpendAcrossPartition(app: PocketApp) {
  const by = (label: string) => app.wallets.list.find((w) => w.label === label)!;
  const [bob, erin, frank] = [by('Bob'), by('Erin'), by('Frank')];
  app.nodes.partition([['node-1', 'node-2'], ['node-3', 'node-4']]);
  const amount = Math.floor(app.wallets.balance(bob.address, 'node-1').confirmed * 0.9);
  const mine = async (nodeId: string, address: string) => {
    const { result } = await app.mining.mineBlock(nodeId, address);
    return { hash: result.hash, height: app.nodes.node(nodeId).chain.tree.get(result.hash)!.height };
  };
  app.nodes.select('node-1');
  const lost = app.wallets.send(bob.address, erin.address, amount);
  const a1 = await mine('node-1', bob.address);
  app.nodes.select('node-3');
  const won = app.wallets.send(bob.address, frank.address, amount);
  const c1 = await mine('node-3', frank.address);
  await mine('node-3', frank.address);
  app.nodes.network.runUntilIdle();
  const before = app.nodes.network.nodes().map((n) => n.tip.hash);
  app.nodes.heal();
  app.nodes.network.runUntilIdle();
  return { bob, erin, frank, amount, lost, won, a1, c1, tipsBeforeHeal: before };
}
