/**
 * Turning a node's ChainDelta (and whole node states) into record writes
 * inside one transaction.
 *
 * A delta can hold several steps of one operation (a block, then orphans it
 * unlocked, maybe a reorg and a reorg back), and its lists do not say how the
 * steps interleave. What is final is still decidable: connecting and
 * disconnecting a block alternate, as do a transaction entering and leaving the
 * pool. So for a block the count of connects minus disconnects is +1 (it ends
 * active: keep its newest undo data), -1 (it ends inactive: delete the undo) or
 * 0 (it ends as it started: leave the record). The pool is decided the same way.
 */
import { blockHash, type ChainDelta, type MempoolEntry, type Wallet } from '../core/index';
import { StorageError } from './errors';
import { blockRecord, mempoolRecord, parseNodeRecord, undoRecord, utxoRecord, walletRecord } from './records';
import { STORES, type NodeBlockRecord, type NodeRecord } from './schema';
import type { RecordWriter } from './backend';
import type { NodeState, PersistedState } from './store';

function checkDelta(delta: ChainDelta): void {
  const d = delta as unknown as Record<string, unknown>;
  if (typeof d !== 'object' || d === null) throw new TypeError('delta must be a ChainDelta object');
  for (const f of ['blocksAdded', 'blocksRemoved', 'orphansAdopted', 'connected', 'disconnected', 'utxoAdded', 'utxoRemoved', 'mempoolAdded', 'mempoolRemoved']) {
    if (!Array.isArray(d[f])) throw new TypeError(`delta.${f} must be an array`);
  }
  if (typeof d.tip !== 'string') throw new TypeError('delta.tip must be a block hash');
}

export function checkNodeId(nodeId: unknown, name = 'nodeId'): asserts nodeId is string {
  if (typeof nodeId !== 'string' || nodeId.length === 0 || nodeId.length > 200) {
    throw new TypeError(`${name} must be a non-empty string of at most 200 characters`);
  }
}

/** Counts of +1 / -1 events per key: the net presence change. */
function netCount(plus: Iterable<string>, minus: Iterable<string>): Map<string, number> {
  const net = new Map<string, number>();
  for (const k of plus) net.set(k, (net.get(k) ?? 0) + 1);
  for (const k of minus) net.set(k, (net.get(k) ?? 0) - 1);
  return net;
}

/**
 * Writes deltas (any nodes, in order) in the caller's transaction. Node records
 * are read once up front, so the loop issues requests without waiting on them.
 * Returns the hashes whose block may now be unused (see releaseBlocks).
 */
export async function writeDeltas(w: RecordWriter, items: readonly { nodeId: string; delta: ChainDelta }[]): Promise<string[]> {
  if (!Array.isArray(items)) throw new TypeError('items must be an array of { nodeId, delta }');
  for (const { nodeId, delta } of items) {
    checkNodeId(nodeId);
    checkDelta(delta);
  }
  const ids = [...new Set(items.map((i) => i.nodeId))];
  const stored = await Promise.all(ids.map((id) => w.get<NodeRecord>(STORES.nodes, id)));
  const nodes = new Map<string, NodeRecord>();
  ids.forEach((id, i) => {
    if (!stored[i]) throw new StorageError('unknown-node', id);
    nodes.set(id, parseNodeRecord(stored[i]));
  });
  const released: string[] = [];
  for (const { nodeId, delta } of items) {
    const node = nodes.get(nodeId)!;
    const r = await writeDelta(w, node, delta);
    nodes.set(nodeId, r.node);
    released.push(...r.released);
  }
  for (const node of nodes.values()) w.put(STORES.nodes, node);
  return released;
}

async function writeDelta(w: RecordWriter, stored: NodeRecord, delta: ChainDelta): Promise<{ node: NodeRecord; released: string[] }> {
  const nodeId = stored.nodeId;
  let nextSeq = stored.nextSeq;

  // Blocks: the last mention in blocksAdded decides the orphan flag; an adopted
  // orphan that was not added back was dropped by the node (found invalid).
  const added = new Map<string, (typeof delta.blocksAdded)[number]>();
  for (const b of delta.blocksAdded) added.set(b.hash, b);
  const removed = new Set([...delta.blocksRemoved, ...delta.orphansAdopted.filter((h) => !added.has(h))]);
  for (const h of added.keys()) removed.delete(h);
  for (const { hash, block, orphan } of added.values()) {
    w.put(STORES.blocks, blockRecord(block, hash));
    const index: NodeBlockRecord = { nodeId, hash, prevHash: block.header.prevHash, seq: nextSeq++, orphan };
    w.put(STORES.nodeBlocks, index);
  }
  for (const hash of removed) {
    w.delete(STORES.nodeBlocks, [nodeId, hash]);
    w.delete(STORES.undo, [nodeId, hash]);
  }

  // Undo data follows the final active chain.
  const lastUndo = new Map(delta.connected.map((c) => [c.hash, c.undo]));
  for (const [hash, net] of netCount(delta.connected.map((c) => c.hash), delta.disconnected)) {
    if (net > 0) w.put(STORES.undo, undoRecord(nodeId, hash, lastUndo.get(hash)!));
    else if (net < 0) w.delete(STORES.undo, [nodeId, hash]);
  }

  // Core merged the UTXO changes: a key is in at most one list.
  for (const key of delta.utxoRemoved) w.delete(STORES.utxos, [nodeId, key]);
  for (const [key, coin] of delta.utxoAdded) w.put(STORES.utxos, utxoRecord(nodeId, key, coin));

  const lastEntry = new Map<string, MempoolEntry>(delta.mempoolAdded.map((e) => [e.txid, e]));
  for (const [id, net] of netCount(delta.mempoolAdded.map((e) => e.txid), delta.mempoolRemoved.map((r) => r.txid))) {
    if (net < 0) {
      w.delete(STORES.mempool, [nodeId, id]);
    } else if (net > 0 || (net === 0 && lastEntry.has(id) && (await w.get(STORES.mempool, [nodeId, id])))) {
      // net 0 with a stored record: it left and came back, so store its new arrival.
      const e = lastEntry.get(id)!;
      w.put(STORES.mempool, mempoolRecord(nodeId, e.tx, nextSeq++, e.time));
    }
  }

  return { node: { nodeId, tip: delta.tip, nextSeq }, released: [...removed] };
}

/** Deletes the blocks of `hashes` that no node's index holds any more. Call after the index deletes. */
export async function releaseBlocks(w: RecordWriter, hashes: Iterable<string>): Promise<void> {
  for (const hash of new Set(hashes)) {
    if (!(await w.isBlockReferenced(hash))) w.delete(STORES.blocks, hash);
  }
}

/** The hashes a node's stored index holds (for releasing blocks when it is replaced). */
async function indexedHashes(w: RecordWriter, nodeId: string): Promise<string[]> {
  const recs = await w.getAllOfNode<{ hash?: unknown }>(STORES.nodeBlocks, nodeId);
  return recs.map((r) => r.hash).filter((h): h is string => typeof h === 'string');
}

/** Removes every record of one node; returns the block hashes it used. */
export async function deleteNodeRecords(w: RecordWriter, nodeId: string): Promise<string[]> {
  const hashes = await indexedHashes(w, nodeId);
  for (const store of [STORES.nodeBlocks, STORES.utxos, STORES.undo, STORES.mempool] as const) w.deleteAllOfNode(store, nodeId);
  w.delete(STORES.nodes, nodeId);
  return hashes;
}

export function checkNodeState(node: NodeState): void {
  if (typeof node !== 'object' || node === null) throw new TypeError('node must be a NodeState object');
  checkNodeId(node.id, 'node.id');
  if (!Array.isArray(node.blocks) || node.blocks.length === 0) throw new TypeError('node.blocks must list at least the genesis block');
  if (!Array.isArray(node.orphans)) throw new TypeError('node.orphans must be an array');
  if (typeof node.tip !== 'string') throw new TypeError('node.tip must be a block hash');
  if (!Array.isArray(node.utxos)) throw new TypeError('node.utxos must be an array of [outpoint, coin]');
  if (!(node.undo instanceof Map)) throw new TypeError('node.undo must be a Map of block hash to undo data');
  if (!Array.isArray(node.mempool)) throw new TypeError('node.mempool must be an array');
}

/** Writes every record of a node (the caller removed its old records first). */
export function writeNodeRecords(w: RecordWriter, node: NodeState): void {
  let seq = 0;
  const hashes = new Set<string>();
  const put = (block: NodeState['blocks'][number], orphan: boolean) => {
    const hash = blockHash(block.header);
    hashes.add(hash);
    w.put(STORES.blocks, blockRecord(block, hash));
    w.put(STORES.nodeBlocks, { nodeId: node.id, hash, prevHash: block.header.prevHash, seq: seq++, orphan } satisfies NodeBlockRecord);
  };
  for (const b of node.blocks) put(b, false);
  for (const b of node.orphans) put(b, true);
  if (!hashes.has(node.tip)) throw new TypeError(`node.tip ${node.tip} is not among node.blocks`);
  for (const [key, coin] of node.utxos) w.put(STORES.utxos, utxoRecord(node.id, key, coin));
  for (const [hash, undo] of node.undo) w.put(STORES.undo, undoRecord(node.id, hash, undo));
  for (const { tx, time } of node.mempool) w.put(STORES.mempool, mempoolRecord(node.id, tx, seq++, time));
  w.put(STORES.nodes, { nodeId: node.id, tip: node.tip, nextSeq: seq } satisfies NodeRecord);
}

export function writeWalletRecords(w: RecordWriter, wallets: readonly Wallet[]): void {
  wallets.forEach((wallet, i) => w.put(STORES.wallets, walletRecord(wallet, i)));
}

export function checkWallets(wallets: readonly Wallet[]): void {
  if (!Array.isArray(wallets)) throw new TypeError('wallets must be an array of Wallet');
  const seen = new Set<string>();
  wallets.forEach((w, i) => {
    if (typeof w !== 'object' || w === null) throw new TypeError(`wallets[${i}] must be a Wallet`);
    for (const f of ['address', 'label', 'publicKey', 'privateKey'] as const) {
      if (typeof w[f] !== 'string') throw new TypeError(`wallets[${i}].${f} must be a string`);
    }
    if (seen.has(w.address)) throw new TypeError(`wallets[${i}] repeats address ${w.address}`);
    seen.add(w.address);
  });
}

export function checkState(state: PersistedState): void {
  if (typeof state !== 'object' || state === null) throw new TypeError('state must be a PersistedState object');
  if (typeof state.params !== 'object' || state.params === null) throw new TypeError('state.params must be ConsensusParams');
  if (!Array.isArray(state.nodes)) throw new TypeError('state.nodes must be an array');
  const ids = new Set<string>();
  for (const n of state.nodes) {
    checkNodeState(n);
    if (ids.has(n.id)) throw new TypeError(`state.nodes repeats node id ${n.id}`);
    ids.add(n.id);
  }
  checkWallets(state.wallets);
}
