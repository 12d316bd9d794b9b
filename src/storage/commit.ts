/**
 * Turning ChainDeltas and whole node states into record writes inside one
 * transaction (schema 3).
 *
 * A commit writes what is new and nothing else: the blocks the deltas
 * stored, the undo data of the blocks they connected (once per block, shared
 * by every node), and one journal entry per node holding its deltas in order.
 * Nothing is read first except, once per node and store instance, where its
 * journal ends, and the body of a block connected from a side branch stored
 * earlier (its undo record is encoded against the block's inputs).
 */
import { blockHash, minedByOf, serializeTx, txid as txidOf, type Block, type BlockUndo, type ChainDelta, type Wallet } from '../core/index';
import { encodeCheckpoint } from './checkpoint-codec';
import { encodeJournalEntry } from './journal-codec';
import { encodeUndo } from './undo-codec';
import { blockRecord, parseBlockRecord, walletRecord } from './records';
import { nodeRange, type RecordWriter } from './backend';
import { STORES } from './schema';
import type { JournalBook } from './journal-book';
import type { IndexEntry } from './chainstate';
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

export interface CommitResult {
  /** Journal bytes written per node. */
  readonly journalBytes: Map<string, number>;
  /** Some node's index dropped a block: garbage collection may find blocks nobody holds. */
  readonly removedBlocks: boolean;
}

/** Writes deltas (any nodes, in order) in the caller's transaction. */
export async function writeDeltas(w: RecordWriter, items: readonly { nodeId: string; delta: ChainDelta }[], book: JournalBook): Promise<CommitResult> {
  if (!Array.isArray(items)) throw new TypeError('items must be an array of { nodeId, delta }');
  const byNode = new Map<string, ChainDelta[]>();
  for (const { nodeId, delta } of items) {
    checkNodeId(nodeId);
    checkDelta(delta);
    const list = byNode.get(nodeId) ?? [];
    list.push(delta);
    byNode.set(nodeId, list);
  }
  await Promise.all([...byNode.keys()].map((id) => book.ensure(w, id)));

  // Blocks and undo data: once per hash in the batch (four nodes connecting one block write it once).
  const blocks = new Map<string, Block>();
  const undo = new Map<string, BlockUndo>();
  let removedBlocks = false;
  for (const { delta } of items) {
    for (const b of delta.blocksAdded) blocks.set(b.hash, b.block);
    for (const c of delta.connected) undo.set(c.hash, c.undo);
    removedBlocks ||= delta.blocksRemoved.length > 0 || delta.orphansAdopted.length > 0;
  }
  const earlier = [...undo.keys()].filter((h) => !blocks.has(h));
  const stored = await Promise.all(earlier.map((h) => w.get<unknown>(STORES.blocks, h)));
  const bodies = new Map(blocks);
  earlier.forEach((h, i) => bodies.set(h, parseBlockRecord(stored[i], h)));

  // Encode everything before the first write, so a value that cannot be encoded changes nothing.
  const journal = [...byNode].map(([nodeId, deltas]) => {
    const seq = book.take(nodeId);
    return { nodeId, seq, bytes: encodeJournalEntry(seq, deltas) };
  });
  const undoBytes = [...undo].map(([hash, u]) => [hash, encodeUndo(u, bodies.get(hash)!)] as const);
  for (const [hash, block] of blocks) w.put(STORES.blocks, blockRecord(block, hash));
  for (const [hash, bytes] of undoBytes) w.put(STORES.undo, bytes, hash);
  const journalBytes = new Map<string, number>();
  for (const { nodeId, seq, bytes } of journal) {
    w.add(STORES.journal, bytes, [nodeId, seq]);
    journalBytes.set(nodeId, bytes.length);
  }
  return { journalBytes, removedBlocks };
}

/** Removes every record of one node (its blocks and undo data stay for garbage collection). */
export function deleteNodeRecords(w: RecordWriter, nodeId: string): void {
  w.delete(STORES.chainstate, nodeRange(nodeId));
  w.delete(STORES.journal, nodeRange(nodeId));
}

/**
 * Writes a node's blocks, their undo data and its checkpoint, folded through
 * journal sequence `through` (the caller removed its old records first).
 * Returns the checkpoint's size in bytes.
 */
export function writeNodeRecords(w: RecordWriter, node: NodeState, through = 0): number {
  const bodies = new Map<string, Block>();
  const entries: IndexEntry[] = [];
  const put = (block: Block, orphan: boolean) => {
    const hash = blockHash(block.header);
    bodies.set(hash, block);
    entries.push({ hash, header: block.header, txCount: block.txs.length, orphan, minedBy: minedByOf(block) });
  };
  for (const b of node.blocks) put(b, false);
  for (const b of node.orphans) put(b, true);
  if (!bodies.has(node.tip) || entries.find((e) => e.hash === node.tip)!.orphan) throw new TypeError(`node.tip ${node.tip} is not among node.blocks`);
  const undo = [...node.undo].map(([hash, u]) => {
    const block = bodies.get(hash);
    if (!block) throw new TypeError(`node.undo holds data of block ${hash}, which is not among node.blocks`);
    return [hash, encodeUndo(u, block)] as const;
  });
  const records = encodeCheckpoint({
    tip: node.tip,
    through,
    index: entries,
    coins: node.utxos,
    pool: node.mempool.map(({ tx, time }) => ({ txid: txidOf(tx), bytes: serializeTx(tx, true), time })),
  });
  for (const [hash, block] of bodies) w.put(STORES.blocks, blockRecord(block, hash));
  for (const [hash, bytes] of undo) w.put(STORES.undo, bytes, hash);
  records.forEach((r, i) => w.put(STORES.chainstate, r, [node.id, i]));
  return records.reduce((n, r, i) => (i === 0 ? n : n + r.length), 0);
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
