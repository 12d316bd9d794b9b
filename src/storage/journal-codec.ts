/**
 * A journal entry (schema 3): what one commit changed for one node, as the
 * JournalSteps of its ChainDeltas, in order. Load and compaction apply the
 * entries newer than the node's checkpoint (chainstate.ts).
 *
 * A ChainDelta can hold several steps of one operation (a block, then orphans
 * it unlocked, maybe a reorg and a reorg back), and its lists do not say how
 * the steps interleave. What is final is still decidable: a transaction
 * entering and leaving the pool alternate, so the count of entries minus
 * departures is +1 (it ends in the pool), -1 (it ends outside) or 0 (it ends
 * as it started: 'refresh', decided when applied). An orphan adopted and not
 * stored again was dropped (found invalid). Core merged the UTXO changes, so a
 * coin is in at most one of the two lists.
 *
 * This file writes entries (every commit); journal-decode.ts reads them.
 */
import { minedByOf, serializeTx, type ChainDelta, type MempoolEntry } from '../core/index';
import { BinWriter } from './byte-codec';
import { AddressTable, writeCoin, writeIndexEntry, writePoolEntry } from './entry-codec';

/** The entry's format byte, and a pool change's kind (journal-decode.ts reads them). */
export const JOURNAL_FORMAT = 1;
export const ADD = 0;
export const REFRESH = 1;

/** Counts of +1 / -1 events per key: the net presence change. */
function netCount(plus: Iterable<string>, minus: Iterable<string>): Map<string, number> {
  const net = new Map<string, number>();
  for (const k of plus) net.set(k, (net.get(k) ?? 0) + 1);
  for (const k of minus) net.set(k, (net.get(k) ?? 0) - 1);
  return net;
}

function writeStep(w: BinWriter, delta: ChainDelta, addresses: ReadonlyMap<string, number>): void {
  w.hash(delta.tip, 'delta.tip');

  // The last mention in blocksAdded decides the orphan flag.
  const added = new Map<string, ChainDelta['blocksAdded'][number]>();
  for (const b of delta.blocksAdded) added.set(b.hash, b);
  const removed = new Set([...delta.blocksRemoved, ...delta.orphansAdopted.filter((h) => !added.has(h))]);
  for (const h of added.keys()) removed.delete(h);
  w.varint(added.size);
  for (const { hash, block, orphan } of added.values()) writeIndexEntry(w, { hash, header: block.header, txCount: block.txs.length, orphan, minedBy: minedByOf(block) }, addresses);
  w.varint(removed.size);
  for (const h of removed) w.hash(h, 'removed block hash');

  w.varint(delta.utxoRemoved.length);
  for (const key of delta.utxoRemoved) w.outpoint(key);
  w.varint(delta.utxoAdded.length);
  for (const [key, coin] of delta.utxoAdded) writeCoin(w, key, coin, addresses);

  const last = new Map<string, MempoolEntry>(delta.mempoolAdded.map((e) => [e.txid, e]));
  const gone: string[] = [];
  const came: { entry: MempoolEntry; kind: number }[] = [];
  for (const [id, net] of netCount(delta.mempoolAdded.map((e) => e.txid), delta.mempoolRemoved.map((r) => r.txid))) {
    if (net < 0) gone.push(id);
    else if (net > 0) came.push({ entry: last.get(id)!, kind: ADD });
    else if (last.has(id)) came.push({ entry: last.get(id)!, kind: REFRESH });
  }
  w.varint(gone.length);
  for (const id of gone) w.hash(id, 'pool txid');
  w.varint(came.length);
  for (const { entry, kind } of came) {
    w.u8(kind);
    writePoolEntry(w, { txid: entry.txid, bytes: serializeTx(entry.tx, true), time: entry.time });
  }
}

/**
 * One node's journal entry: its sequence number (also the key's second half),
 * the addresses its new coins and blocks pay (each once: a block pays few addresses), then the steps.
 */
export function encodeJournalEntry(seq: number, deltas: readonly ChainDelta[]): Uint8Array {
  const table = new AddressTable();
  for (const d of deltas) {
    for (const b of d.blocksAdded) table.add(minedByOf(b.block).address);
    for (const [, coin] of d.utxoAdded) table.add(coin.address);
  }
  const w = new BinWriter(512);
  w.u8(JOURNAL_FORMAT);
  w.varint(seq);
  table.write(w);
  w.varint(deltas.length);
  for (const d of deltas) writeStep(w, d, table.indexes);
  return w.finish();
}
