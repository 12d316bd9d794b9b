/**
 * Keeping the stores small: compaction folds a node's journal into a new
 * checkpoint (garbage.ts removes the blocks no node holds any more). It runs
 * in one write transaction, so a crash leaves the state before or after it; a
 * node whose records do not decode is left exactly as it is (load reports it).
 *
 * Pure work over records, run in place by the store. It loads with the first
 * compaction (record-store.ts: a journal of at least 256 KB), which a first
 * visit's first minutes never reach.
 */
import { StorageError } from './errors';
import { decodeHead, encodeCheckpoint } from './checkpoint-codec';
import { decodeCheckpoint } from './checkpoint-decode';
import { decodeJournalEntry } from './journal-decode';
import { nodeRange, type RecordReader, type RecordWriter } from './backend';
import { STORES } from './schema';
import { mergeCheckpoint } from './merge-checkpoint';
import type { JournalStep, NodeChainstate } from './chainstate';

/** A node's chainstate: its checkpoint with every newer journal entry applied. */
export async function readChainstate(r: RecordReader, nodeId: string): Promise<{ state: NodeChainstate; journalBytes: number }> {
  const [parts, journal] = await Promise.all([r.getAll<unknown>(STORES.chainstate, nodeRange(nodeId)), r.getAll<unknown>(STORES.journal, nodeRange(nodeId))]);
  if (parts.length === 0) throw new StorageError('node-not-found', nodeId);
  const state = decodeCheckpoint(nodeId, parts);
  let journalBytes = 0;
  for (const raw of journal) {
    const entry = decodeJournalEntry(raw);
    if (entry.seq <= state.through) continue;
    for (const step of entry.steps) state.apply(step);
    state.through = entry.seq;
    journalBytes += (raw as Uint8Array).length;
  }
  return { state, journalBytes };
}

/** 'merge': the old checkpoint's bytes merged with the journal; 'rewrite': decoded and encoded whole. */
export type CompactBy = 'merge' | 'rewrite';

/**
 * Folds the node's journal into a new checkpoint; returns the checkpoint's size.
 * The old checkpoint's bytes are merged with the journal (merge-checkpoint.ts):
 * decoding a whole UTXO set to apply a few thousand changes would cost each
 * commit more than its own bytes. It is decoded and written whole only when
 * its address tables need rebuilding.
 */
export async function compactNode(w: RecordWriter, nodeId: string, by: CompactBy = 'merge'): Promise<number> {
  const [parts, journal] = await Promise.all([w.getAll<unknown>(STORES.chainstate, nodeRange(nodeId)), w.getAll<unknown>(STORES.journal, nodeRange(nodeId))]);
  if (parts.length === 0) throw new StorageError('node-not-found', nodeId);
  const head = decodeHead(parts[0]);
  const steps: JournalStep[] = [];
  let through = head.through;
  for (const raw of journal) {
    const entry = decodeJournalEntry(raw);
    if (entry.seq <= through) continue;
    steps.push(...entry.steps);
    through = entry.seq;
  }
  let records = by === 'merge' ? mergeCheckpoint(head, parts.slice(1), steps, through) : null;
  if (!records) {
    const { state } = await readChainstate(w, nodeId);
    records = encodeCheckpoint({ tip: state.tip, through: state.through, index: state.index.values(), coins: state.coins.entries(), pool: state.pool.values() });
  }
  w.delete(STORES.chainstate, nodeRange(nodeId));
  records.forEach((rec, i) => w.put(STORES.chainstate, rec, [nodeId, i]));
  w.delete(STORES.journal, { lower: [nodeId, 0], upper: [nodeId, through] });
  return records.reduce((n, rec, i) => (i === 0 ? n : n + rec.length), 0);
}
