/**
 * Rebuilding a damaged node from its stored blocks, in one write transaction:
 * every block it holds is replayed through core validation in first-seen
 * order (signatures are not re-verified: the header commits to them through
 * the merkle and witness roots, which are checked), the pool is re-accepted at
 * each transaction's stored arrival time, and the node's records are replaced
 * by the result. Records that cannot be used (missing or unparseable blocks,
 * blocks the replay rejects, refused pool transactions) are moved to the
 * quarantine store, never deleted. A node whose index itself does not decode
 * is rebuilt from every stored block, in height order.
 */
import { Blockchain, GENESIS_PREV_HASH, parseTx, txid as txidOf, validateParams, type Block, type ConsensusParams, type Transaction } from '../core/index';
import { StorageError } from './errors';
import { deleteNodeRecords, writeNodeRecords } from './commit';
import { readChainstate } from './compaction';
import { collectGarbage } from './garbage';
import { nodeStateFromChain, REPLAY_CLOCK } from './node-state';
import { parseBlockRecord } from './records';
import { seqOf } from './journal-book';
import { nodeRange, type RecordWriter } from './backend';
import { STORES, type QuarantineRecord } from './schema';
import type { RebuildReport } from './store';

interface Held {
  readonly hash: string;
  readonly prevHash: string;
  readonly orphan: boolean;
  /** What to set aside if the block cannot be used. */
  readonly record: unknown;
}

/** The blocks the node holds (from its index), or every stored block when the index is unreadable. */
async function heldBlocks(w: RecordWriter, nodeId: string): Promise<{ held: Held[]; pool: { txid: string; bytes: Uint8Array; time: number }[]; tipBefore: string | null }> {
  try {
    const { state } = await readChainstate(w, nodeId);
    const held = [...state.index.values()].map((e) => ({ hash: e.hash, prevHash: e.header.prevHash, orphan: e.orphan, record: e }));
    return { held, pool: [...state.pool.values()], tipBefore: state.tip };
  } catch (e) {
    if (e instanceof StorageError && e.code === 'node-not-found') throw e;
    const all = await w.getAll<{ hash?: unknown; bytes?: unknown }>(STORES.blocks);
    const held: Held[] = [];
    for (const rec of all) {
      try {
        const block = parseBlockRecord(rec, String(rec.hash));
        held.push({ hash: String(rec.hash), prevHash: block.header.prevHash, orphan: false, record: rec });
      } catch {
        // Left for the node that holds it (or garbage collection).
      }
    }
    return { held: inHeightOrder(held), pool: [], tipBefore: null };
  }
}

/** Parents before children, so the replay meets each block after its parent. */
function inHeightOrder(held: Held[]): Held[] {
  const children = new Map<string, Held[]>();
  for (const h of held) children.set(h.prevHash, [...(children.get(h.prevHash) ?? []), h]);
  const out: Held[] = [];
  const queue = [...(children.get(GENESIS_PREV_HASH) ?? [])];
  while (queue.length > 0) {
    const h = queue.shift()!;
    out.push(h);
    queue.push(...(children.get(h.hash) ?? []));
  }
  return out;
}

export async function rebuildNodeRecords(w: RecordWriter, nodeId: string): Promise<RebuildReport> {
  const paramsRec = await w.get<{ value?: unknown }>(STORES.meta, 'params');
  let params: ConsensusParams;
  try {
    params = validateParams(paramsRec?.value as ConsensusParams);
  } catch (e) {
    throw new StorageError('rebuild-impossible', `the stored consensus parameters are missing or invalid: ${(e as Error).message}`);
  }
  const [head, last] = await Promise.all([w.get(STORES.chainstate, [nodeId, 0]), w.lastKey(STORES.journal, nodeRange(nodeId))]);
  if (head === undefined && last === undefined) throw new StorageError('node-not-found', nodeId);
  const { held, pool, tipBefore } = await heldBlocks(w, nodeId);

  const at = new Date().toISOString();
  const quarantine: QuarantineRecord[] = [];
  const setAside = (store: string, key: string, problem: string, record: unknown) => quarantine.push({ nodeId, store, key, problem, record, at });

  const records = await Promise.all(held.map((h) => w.get<unknown>(STORES.blocks, h.hash)));
  const usable: { held: Held; block: Block }[] = [];
  held.forEach((h, i) => {
    const rec = records[i];
    if (rec === undefined) return setAside(STORES.chainstate, h.hash, 'the block is not stored', h.record);
    try {
      usable.push({ held: h, block: parseBlockRecord(rec, h.hash) });
    } catch (e) {
      setAside(STORES.blocks, h.hash, (e as Error).message, rec);
    }
  });
  const genesisAt = usable.findIndex((u) => !u.held.orphan && u.held.prevHash === GENESIS_PREV_HASH);
  if (genesisAt < 0) throw new StorageError('rebuild-impossible', `node ${nodeId} has no usable genesis block`);

  let clock = REPLAY_CLOCK;
  let chain: Blockchain;
  try {
    chain = Blockchain.fromGenesis(params, usable[genesisAt]!.block, { now: () => clock, verifySignatures: false });
  } catch (e) {
    throw new StorageError('rebuild-impossible', `the genesis block of node ${nodeId} is invalid: ${(e as Error).message}`);
  }
  let replayed = 1;
  usable.forEach(({ held: h, block }, i) => {
    if (i === genesisAt) return;
    const r = chain.processBlock(block);
    if (r.status === 'rejected') setAside(STORES.chainstate, h.hash, `rejected on replay: ${r.code} ${r.message}`, h.record);
    else if (r.status !== 'duplicate') replayed++;
  });

  // The stored pool is the truth about the pool: drop what the replayed reorgs put back, then
  // re-accept the stored transactions at their own arrival times.
  chain.mempool.drain();
  for (const p of pool) {
    let tx: Transaction;
    try {
      tx = parseTx(p.bytes);
      if (txidOf(tx) !== p.txid) throw new Error(`the stored bytes give txid ${txidOf(tx)}`);
    } catch (e) {
      setAside(STORES.chainstate, p.txid, (e as Error).message, p);
      continue;
    }
    clock = p.time;
    const r = chain.acceptTransaction(tx);
    if (!r.accepted) setAside(STORES.chainstate, p.txid, `refused on replay: ${r.code} ${r.message}`, p);
  }

  const node = nodeStateFromChain(nodeId, chain);
  deleteNodeRecords(w, nodeId);
  writeNodeRecords(w, node, seqOf(last));
  for (const q of quarantine) w.put(STORES.quarantine, q);
  await collectGarbage(w);
  return {
    nodeId,
    tipBefore,
    tipAfter: node.tip,
    height: chain.height,
    blocksReplayed: replayed,
    quarantined: quarantine.map(({ store, key, problem }) => ({ store, key, problem })),
    mempoolKept: chain.mempool.size,
  };
}
