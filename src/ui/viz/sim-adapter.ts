/**
 * Adapters from the network simulation to the views, written against the
 * *shape* of src/sim's objects (structural types, no import of src/sim), so
 * the app passes its Network and its 'message' events straight in:
 *
 *   const { nodes, links } = networkViewFromSim(net);
 *   messages = applyMessageEvent(messages, event);         // on every 'message' event
 *   chainViewBlocks(node.chain, { tips: tipsOf(net), minerOf: minerNamesOf(net) });
 */
import type { Blockchain, MinedBy } from '../../core/index';
import { defaultMinerOf, type MinerOf } from './adapters';
import { networkViewNodes } from './network-adapter';
import type { NetworkViewLink, NetworkViewNode } from './network-layout';
import type { NetworkMessage } from './network-messages';
import { shortHash } from './format';
import { isList } from './checks';

/** What these adapters read of a simulated node (src/sim's SimNode fits). */
export interface SimNodeLike {
  readonly id: string;
  readonly label?: string;
  readonly chain: Blockchain;
  readonly peers: ReadonlySet<string>;
  readonly miner?: { readonly address: string } | undefined;
}

/** What these adapters read of the network (src/sim's Network fits). */
export interface SimNetworkLike {
  nodes(): readonly SimNodeLike[];
  /** Groups of node ids that can talk, or null when there is no partition. */
  partitionGroups(): readonly (readonly string[])[] | null;
  readonly links?: { get(a: string, b: string): { readonly latencyMs: number } };
}

/** A message event of the simulation (src/sim's MessageEvent fits). */
export interface MessageEventLike {
  readonly phase: 'sent' | 'delivered' | 'dropped';
  readonly id: number | string;
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly hashes: readonly string[];
  readonly sentAt: number;
  readonly deliverAt?: number;
}

function checkNetwork(net: SimNetworkLike): readonly SimNodeLike[] {
  if (!net || typeof net.nodes !== 'function' || typeof net.partitionGroups !== 'function') {
    throw new TypeError('net must be a simulated network with nodes() and partitionGroups()');
  }
  return net.nodes();
}

/** Nodes (with partition groups and branches) and peer links for NetworkView. */
export function networkViewFromSim(net: SimNetworkLike): { nodes: NetworkViewNode[]; links: NetworkViewLink[] } {
  const simNodes = checkNetwork(net);
  const groups = net.partitionGroups();
  const groupOf = new Map<string, string>();
  groups?.forEach((g, i) => g.forEach((id) => groupOf.set(id, `partition-${i + 1}`)));
  const nodes = networkViewNodes(
    simNodes.map((n) => ({ id: n.id, label: n.label ?? n.id, chain: n.chain, group: groupOf.get(n.id) ?? 'all', mining: n.miner !== undefined })),
  );
  const links: NetworkViewLink[] = [];
  const seen = new Set<string>();
  const known = new Set(simNodes.map((n) => n.id));
  for (const n of simNodes) {
    for (const peer of [...n.peers].sort()) {
      const key = n.id < peer ? `${n.id}\u0000${peer}` : `${peer}\u0000${n.id}`;
      if (seen.has(key) || !known.has(peer)) continue;
      seen.add(key);
      links.push({ source: n.id, target: peer, latencyMs: net.links?.get(n.id, peer).latencyMs });
    }
  }
  return { nodes, links };
}

/** Node label -> its tip hash, for chainViewBlocks({ tips }). */
export function tipsOf(net: SimNetworkLike): Map<string, string> {
  return new Map(checkNetwork(net).map((n) => [n.label ?? n.id, n.chain.tip.hash]));
}

/** Names a block's miner by the node whose mining address the coinbase pays, else defaultMinerOf. */
export function minerNamesOf(net: SimNetworkLike): MinerOf {
  const byAddress = new Map<string, string>();
  for (const n of checkNetwork(net)) if (n.miner) byAddress.set(n.miner.address, n.label ?? n.id);
  return (minedBy: MinedBy) => byAddress.get(minedBy.address) ?? defaultMinerOf(minedBy);
}

/**
 * The messages in flight after one message event: a sent message (with a
 * delivery time) is added, a delivered or dropped one removed. Returns a new
 * list, so it can be assigned to $state.
 */
export function applyMessageEvent(messages: readonly NetworkMessage[], e: MessageEventLike): NetworkMessage[] {
  if (!isList(messages)) throw new TypeError('messages must be an array of NetworkMessage');
  if (!e || (e.phase !== 'sent' && e.phase !== 'delivered' && e.phase !== 'dropped')) throw new TypeError('e must be a message event with a phase');
  const id = String(e.id);
  const rest = messages.filter((m) => m.id !== id);
  if (e.phase !== 'sent' || e.deliverAt === undefined) return rest;
  const first = e.hashes[0];
  const label = first === undefined ? e.type : e.hashes.length > 1 ? `${e.type} ${shortHash(first)} +${e.hashes.length - 1}` : `${e.type} ${shortHash(first)}`;
  return [...rest, { id, from: e.from, to: e.to, kind: e.type, label, sentAt: e.sentAt, deliverAt: e.deliverAt }];
}
