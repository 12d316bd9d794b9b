/**
 * Schema 2 -> 3, run inside IndexedDB's versionchange transaction (see
 * migrations.ts): every node's per-record index, coins, undo data and pool
 * become one checkpoint, the undo data becomes one binary record per block.
 * Blocks, meta, wallets and quarantine stay as they are.
 *
 * Nothing is lost: a v2 record that does not parse, or that cannot be carried
 * over (an index record whose block is not stored, undo data that does not
 * fit its block), is kept in quarantine with the reason, and the node is
 * written from the rest. Such a node is damaged in v2 already, and load and
 * verification report it in v3 as they did in v2 (a missing ancestor, a
 * missing undo record, a UTXO set that differs from its blocks), with
 * rebuild and reset offered.
 */
import type { IDBPDatabase } from 'idb';
import { minedByOf, parseTx, txid as txidOf, type Block, type Coin } from '../core/index';
import { encodeCheckpoint } from './checkpoint-codec';
import { encodeUndo } from './undo-codec';
import { keyText, parseBlockRecord } from './records';
import { STORES, type QuarantineRecord } from './schema';
import { V2, parseV2Coin, parseV2Index, parseV2Node, parseV2Pool, parseV2Undo, parseV2Utxo, type UpgradeTx } from './schema-v2';
import type { IndexEntry, PoolEntry } from './chainstate';

interface Grouped {
  readonly index: unknown[];
  readonly utxos: unknown[];
  readonly undo: unknown[];
  readonly mempool: unknown[];
}

function nodeIdOf(rec: unknown): string | undefined {
  const id = (rec as { nodeId?: unknown } | null)?.nodeId;
  return typeof id === 'string' ? id : undefined;
}

export async function migrateV2ToV3(db: IDBPDatabase, tx: UpgradeTx, at: string): Promise<void> {
  const read = async (name: string): Promise<unknown[]> => (db.objectStoreNames.contains(name) ? ((await tx.objectStore(name).getAll()) as unknown[]) : []);
  const [nodes, index, utxos, undo, mempool, blockRecords] = await Promise.all([read(V2.nodes), read(V2.nodeBlocks), read(V2.utxos), read(V2.undo), read(V2.mempool), read(V2.blocks)]);
  for (const name of [V2.nodes, V2.nodeBlocks, V2.utxos, V2.undo, V2.mempool]) if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
  db.createObjectStore(STORES.undo);
  db.createObjectStore(STORES.chainstate);
  db.createObjectStore(STORES.journal);

  const pending: Promise<unknown>[] = [];
  const put = (store: string, value: unknown, key?: IDBValidKey) => pending.push(tx.objectStore(store).put(value, key));
  const quarantine = (nodeId: string | null, store: string, key: string, problem: string, record: unknown) =>
    put(STORES.quarantine, { nodeId, store, key, problem: `schema 2 -> 3: ${problem}`, record, at } satisfies QuarantineRecord);

  const blocks = new Map<string, unknown>();
  for (const rec of blockRecords) blocks.set(String((rec as { hash?: unknown } | null)?.hash), rec);
  const parsed = new Map<string, Block | Error>();
  const blockOf = (hash: string): Block | Error => {
    let b = parsed.get(hash);
    if (b === undefined) {
      const rec = blocks.get(hash);
      try {
        if (rec === undefined) throw new Error('the block is not stored');
        b = parseBlockRecord(rec, hash);
      } catch (e) {
        b = e as Error;
      }
      parsed.set(hash, b);
    }
    return b;
  };

  const groups = new Map<string, Grouped>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { index: [], utxos: [], undo: [], mempool: [] }));
    return g;
  };
  for (const [records, field, store] of [[index, 'index', V2.nodeBlocks], [utxos, 'utxos', V2.utxos], [undo, 'undo', V2.undo], [mempool, 'mempool', V2.mempool]] as const) {
    for (const rec of records) {
      const id = nodeIdOf(rec);
      if (id === undefined) quarantine(null, store, keyText((rec as { hash?: unknown; outpoint?: unknown; txid?: unknown })?.hash), 'the record has no node id', rec);
      else group(id)[field].push(rec);
    }
  }

  const undoDone = new Set<string>();
  const migrated = new Set<string>();
  for (const rec of nodes) {
    let node: ReturnType<typeof parseV2Node>;
    try {
      node = parseV2Node(rec);
    } catch (e) {
      const id = nodeIdOf(rec);
      quarantine(id ?? null, V2.nodes, String(id), `${(e as Error).message}; the node's other records are kept here too`, { node: rec, ...(id ? groups.get(id) : {}) });
      if (id) groups.delete(id);
      continue;
    }
    const g = groups.get(node.nodeId) ?? group(node.nodeId);
    migrated.add(node.nodeId);

    const entries: (IndexEntry & { seq: number })[] = [];
    for (const r of g.index) {
      try {
        const x = parseV2Index(r);
        const block = blockOf(x.hash);
        if (block instanceof Error) throw block;
        entries.push({ hash: x.hash, header: block.header, txCount: block.txs.length, orphan: x.orphan, seq: x.seq, minedBy: minedByOf(block) });
      } catch (e) {
        quarantine(node.nodeId, V2.nodeBlocks, keyText((r as { hash?: unknown })?.hash), (e as Error).message, r);
      }
    }
    entries.sort((a, b) => a.seq - b.seq);

    const coins: [string, Coin][] = [];
    for (const r of g.utxos) {
      try {
        coins.push(parseV2Utxo(r));
      } catch (e) {
        quarantine(node.nodeId, V2.utxos, keyText((r as { outpoint?: unknown })?.outpoint), (e as Error).message, r);
      }
    }

    for (const r of g.undo) {
      try {
        const u = parseV2Undo(r);
        if (undoDone.has(u.hash)) continue; // the same block's undo data, kept by another node: identical
        const block = blockOf(u.hash);
        if (block instanceof Error) throw block;
        put(STORES.undo, encodeUndo({ spent: u.spent.map(([k, c]) => [k, parseV2Coin(c)] as const) }, block), u.hash);
        undoDone.add(u.hash);
      } catch (e) {
        quarantine(node.nodeId, V2.undo, keyText((r as { hash?: unknown })?.hash), (e as Error).message, r);
      }
    }

    const pool: (PoolEntry & { seq: number })[] = [];
    for (const r of g.mempool) {
      try {
        const p = parseV2Pool(r);
        if (txidOf(parseTx(p.bytes)) !== p.txid) throw new Error(`the stored bytes do not give txid ${p.txid}`);
        pool.push({ txid: p.txid, bytes: p.bytes, time: p.time, seq: p.seq });
      } catch (e) {
        quarantine(node.nodeId, V2.mempool, keyText((r as { txid?: unknown })?.txid), (e as Error).message, r);
      }
    }
    pool.sort((a, b) => a.seq - b.seq);

    const records = encodeCheckpoint({ tip: node.tip, through: 0, index: entries, coins, pool });
    records.forEach((r, i) => put(STORES.chainstate, r, [node.nodeId, i]));
  }
  for (const [id, g] of groups) {
    if (migrated.has(id)) continue;
    for (const [store, list] of [[V2.nodeBlocks, g.index], [V2.utxos, g.utxos], [V2.undo, g.undo], [V2.mempool, g.mempool]] as const) {
      if (list.length > 0) quarantine(id, store, id, 'the records of a node without a node record', list);
    }
  }
  await Promise.all(pending);
}
