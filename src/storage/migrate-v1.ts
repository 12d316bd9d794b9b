/**
 * Schema 1 -> 2, run inside IndexedDB's versionchange transaction (see
 * migrations.ts): the single-node first cut (see schema.ts) to the v2 stores,
 * which migrate-v2.ts then turns into the current ones. Blocks from hex to
 * their binary encoding, the node moved to LEGACY_NODE_ID with a block index
 * in height order, undo data rebuilt by replaying its active chain, pool
 * arrival times set to the migration time, wallets numbered. Version 1 had no
 * params: it ran CLASSROOM_PARAMS, so they are stored. A v1 record that does
 * not parse is kept in quarantine, not dropped; a block that does not replay
 * leaves the rest of its undo data missing, which load then reports.
 */
import type { IDBPDatabase } from 'idb';
import { CLASSROOM_PARAMS, GENESIS_PREV_HASH, UtxoSet, UtxoView, blockFromHex, blockHash, connectBlock, parseTx, hexToBytes, txid, type Block } from '../core/index';
import { blockRecord } from './records';
import { V2, createV2Stores, type UpgradeTx } from './schema-v2';
import { LEGACY_NODE_ID, type QuarantineRecord } from './schema';

interface V1Block {
  hash: string;
  hex: string;
}

export async function migrateV1ToV2(db: IDBPDatabase, tx: UpgradeTx, at: string): Promise<void> {
  const read = async <T>(name: string): Promise<T[]> => (db.objectStoreNames.contains(name) ? ((await tx.objectStore(name).getAll()) as T[]) : []);
  const v1Blocks = await read<V1Block>('blocks');
  const v1Chain = await read<{ key: string; value: unknown }>('chain');
  const v1Utxos = await read<{ outpoint: string; amount: number; address: string; height: number; coinbase: boolean }>('utxos');
  const v1Pool = await read<{ txid: string; hex: string }>('mempool');
  const v1Wallets = await read<Record<string, unknown>>('wallets');
  for (const name of ['blocks', 'chain', 'utxos', 'mempool', 'wallets']) if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
  createV2Stores(db);

  const put = (store: string, value: object) => tx.objectStore(store).put(value);
  const quarantine = (store: string, key: string, problem: string, record: unknown) =>
    put(V2.quarantine, { nodeId: LEGACY_NODE_ID, store, key, problem: `schema 1 -> 2: ${problem}`, record, at } satisfies QuarantineRecord);

  const params = CLASSROOM_PARAMS;
  await put(V2.meta, { key: 'params', value: { ...params, overrides: [...params.overrides] } });

  const blocks = new Map<string, Block>();
  for (const rec of v1Blocks) {
    try {
      const block = blockFromHex(rec.hex);
      if (blockHash(block.header) !== rec.hash) throw new Error('the block does not hash to its key');
      blocks.set(rec.hash, block);
    } catch (e) {
      await quarantine(V2.blocks, String(rec.hash), (e as Error).message, rec);
    }
  }

  // Height order from genesis (version 1 kept no first-seen order).
  const children = new Map<string, string[]>();
  for (const [hash, b] of blocks) children.set(b.header.prevHash, [...(children.get(b.header.prevHash) ?? []), hash]);
  const ordered: string[] = [];
  const queue = [...(children.get(GENESIS_PREV_HASH) ?? [])];
  while (queue.length) {
    const h = queue.shift()!;
    ordered.push(h);
    queue.push(...(children.get(h) ?? []));
  }
  const reached = new Set(ordered);
  let seq = 0;
  for (const hash of [...ordered, ...[...blocks.keys()].filter((h) => !reached.has(h))]) {
    const block = blocks.get(hash)!;
    await put(V2.blocks, blockRecord(block, hash));
    // Blocks not reachable from genesis wait for their parent, as orphans do.
    await put(V2.nodeBlocks, { nodeId: LEGACY_NODE_ID, hash, prevHash: block.header.prevHash, seq: seq++, orphan: !reached.has(hash) });
  }

  const tip = v1Chain.find((r) => r.key === 'tip')?.value;
  if (typeof tip === 'string') {
    const active: string[] = [];
    for (let h: string | undefined = tip; h && h !== GENESIS_PREV_HASH; h = blocks.get(h)?.header.prevHash) {
      if (!blocks.has(h)) break;
      active.push(h);
    }
    active.reverse();
    const utxos = new UtxoSet();
    for (let height = 0; height < active.length; height++) {
      const hash = active[height]!;
      const view = new UtxoView(utxos);
      try {
        const { undo } = connectBlock(view, blocks.get(hash)!, height, params, false);
        view.flushTo(utxos);
        await put(V2.undo, { nodeId: LEGACY_NODE_ID, hash, spent: undo.spent });
      } catch {
        break; // load reports the missing undo data of the rest of the chain
      }
    }
  }

  for (const u of v1Utxos) await put(V2.utxos, { ...u, nodeId: LEGACY_NODE_ID });
  const time = Math.floor(Date.parse(at) / 1000);
  for (const p of v1Pool) {
    try {
      const tx0 = parseTx(hexToBytes(p.hex, 'hex'));
      await put(V2.mempool, { nodeId: LEGACY_NODE_ID, txid: txid(tx0), bytes: hexToBytes(p.hex), seq: seq++, time });
    } catch (e) {
      await quarantine(V2.mempool, String(p.txid), (e as Error).message, p);
    }
  }
  if (v1Blocks.length > 0 || typeof tip === 'string') {
    await put(V2.nodes, { nodeId: LEGACY_NODE_ID, tip: typeof tip === 'string' ? tip : GENESIS_PREV_HASH, nextSeq: seq });
  }
  let order = 0;
  for (const w of v1Wallets) await put(V2.wallets, { ...w, order: order++ });
}
