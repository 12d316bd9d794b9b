/**
 * Keeping the stores small: compaction folds a node's journal into a new
 * checkpoint, garbage collection removes blocks and undo data that no node's
 * index holds any more. Each runs in one write transaction, so a crash leaves
 * the state before or after it; a node whose records do not decode is left
 * exactly as it is (load reports it), and garbage collection then deletes
 * nothing at all.
 *
 * Both are pure work over records: the app runs them in a worker where
 * IndexedDB is on disk, and tests and the memory store run them in place.
 */
import { DecodeError } from '../core/index';
import { StorageError } from './errors';
import { decodeCheckpoint, decodeHead, decodeIndexHashes, encodeCheckpoint } from './checkpoint-codec';
import { decodeJournalEntry } from './journal-codec';
import { nodeRange, type RecordKey, type RecordReader, type RecordWriter } from './backend';
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

/** The ids of the stored nodes (those with a checkpoint head). */
export async function storedNodeIds(r: RecordReader): Promise<string[]> {
  const keys = await r.getAllKeys(STORES.chainstate);
  const ids = new Set<string>();
  for (const k of keys) if (Array.isArray(k) && k[1] === 0 && typeof k[0] === 'string') ids.add(k[0]);
  return [...ids];
}

/** Every block hash some node's index holds (checkpoint index parts, then journal). */
async function referencedBlocks(r: RecordReader): Promise<Set<string>> {
  const ids = await storedNodeIds(r);
  const heads = (await Promise.all(ids.map((id) => r.get<unknown>(STORES.chainstate, [id, 0])))).map(decodeHead);
  const [indexParts, journals] = await Promise.all([
    Promise.all(ids.map((id, i) => r.getAll<unknown>(STORES.chainstate, { lower: [id, 1], upper: [id, heads[i]!.indexParts] }))),
    Promise.all(ids.map((id) => r.getAll<unknown>(STORES.journal, nodeRange(id)))),
  ]);
  const referenced = new Set<string>();
  ids.forEach((_id, i) => {
    const held = new Set(decodeIndexHashes(heads[i]!, indexParts[i]!));
    for (const raw of journals[i]!) {
      const entry = decodeJournalEntry(raw);
      if (entry.seq <= heads[i]!.through) continue;
      for (const step of entry.steps) {
        for (const e of step.indexAdded) held.add(e.hash);
        for (const h of step.indexRemoved) held.delete(h);
      }
    }
    for (const h of held) referenced.add(h);
  });
  return referenced;
}

/**
 * Deletes the blocks and undo records no node holds; returns how many of each.
 * Deletes nothing when some node's records do not decode (then nobody can say
 * what that node holds).
 */
export async function collectGarbage(w: RecordWriter): Promise<{ blocks: number; undo: number }> {
  let referenced: Set<string>;
  try {
    referenced = await referencedBlocks(w);
  } catch (e) {
    if (e instanceof DecodeError) return { blocks: 0, undo: 0 };
    throw e;
  }
  const [blockKeys, undoKeys] = await Promise.all([w.getAllKeys(STORES.blocks), w.getAllKeys(STORES.undo)]);
  const doomed = (keys: RecordKey[]) => keys.filter((k): k is string => typeof k === 'string' && !referenced.has(k));
  const blocks = doomed(blockKeys);
  const undo = doomed(undoKeys);
  for (const k of blocks) w.delete(STORES.blocks, k);
  for (const k of undo) w.delete(STORES.undo, k);
  return { blocks: blocks.length, undo: undo.length };
}
