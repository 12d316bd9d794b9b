/**
 * Rebuilding a damaged node from its stored blocks, in one write transaction:
 * every block it holds is replayed through core validation in first-seen
 * order (signatures are not re-verified: the header commits to them through
 * the merkle and witness roots, which are checked), the pool is re-accepted at
 * each transaction's stored arrival time, and the node's records are replaced
 * by the result. Records that cannot be used (missing or unparseable blocks,
 * blocks the replay rejects, refused pool transactions) are moved to the
 * quarantine store, never deleted.
 */
import { Blockchain, GENESIS_PREV_HASH, validateParams, type Block, type ConsensusParams } from '../core/index';
import { StorageError } from './errors';
import { deleteNodeRecords, releaseBlocks, writeNodeRecords } from './commit';
import { nodeStateFromChain, REPLAY_CLOCK } from './node-state';
import { keyText, parseBlockRecord, parseMempoolRecord, parseNodeBlockRecord } from './records';
import { STORES, type NodeBlockRecord, type QuarantineRecord, type StoreName } from './schema';
import type { RecordWriter } from './backend';
import type { RebuildReport } from './store';

export async function rebuildNodeRecords(w: RecordWriter, nodeId: string): Promise<RebuildReport> {
  const paramsRec = await w.get<{ value?: unknown }>(STORES.meta, 'params');
  let params: ConsensusParams;
  try {
    params = validateParams(paramsRec?.value as ConsensusParams);
  } catch (e) {
    throw new StorageError('rebuild-impossible', `the stored consensus parameters are missing or invalid: ${(e as Error).message}`);
  }
  const nodeRec = await w.get<{ tip?: unknown }>(STORES.nodes, nodeId);
  const indexRaw = await w.getAllOfNode<unknown>(STORES.nodeBlocks, nodeId);
  if (!nodeRec && indexRaw.length === 0) throw new StorageError('node-not-found', nodeId);
  const poolRaw = await w.getAllOfNode<unknown>(STORES.mempool, nodeId);

  const at = new Date().toISOString();
  const quarantine: QuarantineRecord[] = [];
  const setAside = (store: StoreName, key: string, problem: string, record: unknown) => quarantine.push({ nodeId, store, key, problem, record, at });

  const usable: { rec: NodeBlockRecord; block: Block }[] = [];
  for (const raw of indexRaw) {
    let rec: NodeBlockRecord;
    try {
      rec = parseNodeBlockRecord(raw);
    } catch (e) {
      setAside(STORES.nodeBlocks, keyText((raw as { hash?: unknown })?.hash), (e as Error).message, raw);
      continue;
    }
    const blockRaw = await w.get<unknown>(STORES.blocks, rec.hash);
    if (blockRaw === undefined) {
      setAside(STORES.nodeBlocks, rec.hash, 'the block is not stored', raw);
      continue;
    }
    try {
      usable.push({ rec, block: parseBlockRecord(blockRaw, rec.hash) });
    } catch (e) {
      setAside(STORES.blocks, rec.hash, (e as Error).message, { index: raw, block: blockRaw });
    }
  }
  usable.sort((a, b) => a.rec.seq - b.rec.seq);
  const genesisAt = usable.findIndex((u) => !u.rec.orphan && u.rec.prevHash === GENESIS_PREV_HASH);
  if (genesisAt < 0) throw new StorageError('rebuild-impossible', `node ${nodeId} has no usable genesis block`);

  let clock = REPLAY_CLOCK;
  let chain: Blockchain;
  try {
    chain = Blockchain.fromGenesis(params, usable[genesisAt]!.block, { now: () => clock, verifySignatures: false });
  } catch (e) {
    throw new StorageError('rebuild-impossible', `the genesis block of node ${nodeId} is invalid: ${(e as Error).message}`);
  }
  let replayed = 1;
  usable.forEach(({ rec, block }, i) => {
    if (i === genesisAt) return;
    const r = chain.processBlock(block);
    if (r.status === 'rejected') setAside(STORES.nodeBlocks, rec.hash, `rejected on replay: ${r.code} ${r.message}`, rec);
    else if (r.status !== 'duplicate') replayed++;
  });

  const pool: { tx: ReturnType<typeof parseMempoolRecord>; raw: unknown }[] = [];
  for (const raw of poolRaw) {
    try {
      pool.push({ tx: parseMempoolRecord(raw), raw });
    } catch (e) {
      setAside(STORES.mempool, keyText((raw as { txid?: unknown })?.txid), (e as Error).message, raw);
    }
  }
  pool.sort((a, b) => a.tx.seq - b.tx.seq);
  // The stored pool is the truth about the pool: drop what the replayed reorgs put back, then
  // re-accept the stored transactions at their own arrival times.
  chain.mempool.drain();
  for (const { tx, raw } of pool) {
    clock = tx.time;
    const r = chain.acceptTransaction(tx.tx);
    if (!r.accepted) setAside(STORES.mempool, tx.txid, `refused on replay: ${r.code} ${r.message}`, raw);
  }

  const node = nodeStateFromChain(nodeId, chain);
  const oldHashes = await deleteNodeRecords(w, nodeId);
  writeNodeRecords(w, node);
  for (const q of quarantine) w.put(STORES.quarantine, q);
  await releaseBlocks(w, oldHashes);
  return {
    nodeId,
    tipBefore: typeof nodeRec?.tip === 'string' ? nodeRec.tip : null,
    tipAfter: node.tip,
    height: chain.height,
    blocksReplayed: replayed,
    quarantined: quarantine.map(({ store, key, problem }) => ({ store, key, problem })),
    mempoolKept: chain.mempool.size,
  };
}
