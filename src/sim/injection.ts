/**
 * A bad peer's voice: messages a node sends to its peers without validating
 * them first, and a crafted chain it serves instead of its honest one. Honest
 * nodes must survive all of it through their normal message handling; tests
 * and scenarios use these to play the attacker (bad-peer.ts crafts what to send).
 */
import type { Block, Transaction } from '../core/index';
import { deepFreeze, type Message } from './messages';
import type { Network } from './network';

/** Makes `fromId` send any message to its peers (or `toIds`), as a bad peer would. */
export function injectMessage(network: Network, fromId: string, message: Message, toIds?: readonly string[]): void {
  for (const to of injectionTargets(network, fromId, toIds)) network.send(fromId, to, message);
}

/** Makes `fromId` send a block to its peers (or `toIds`) without validating it. */
export function injectBlock(network: Network, fromId: string, block: Block, toIds?: readonly string[]): void {
  injectMessage(network, fromId, { type: 'block', block }, toIds);
}

/** Makes `fromId` send a transaction to its peers (or `toIds`) without validating it. */
export function injectTransaction(network: Network, fromId: string, tx: Transaction, toIds?: readonly string[]): void {
  injectMessage(network, fromId, { type: 'tx', tx }, toIds);
}

/** Makes a node serve a crafted chain (genesis first) to getheaders, getdata and resolveConflicts; undefined: honest again. */
export function serveCraftedChain(network: Network, nodeId: string, blocks: readonly Block[] | undefined): void {
  if (blocks) for (const b of blocks) deepFreeze(b);
  network.node(nodeId).setServedChain(blocks);
}

function injectionTargets(network: Network, fromId: string, toIds?: readonly string[]): string[] {
  const from = network.node(fromId);
  const targets = toIds ?? from.peerList();
  for (const t of targets) if (!from.peers.has(t)) throw new RangeError(`${t} is not a peer of ${fromId}`);
  return [...targets];
}
