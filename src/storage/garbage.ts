/**
 * Garbage collection: removes the blocks and undo data that no node's index
 * holds any more (after a reorg dropped a block, an orphan was adopted, or a
 * node was replaced or deleted). One write transaction, so a crash leaves the
 * state before or after it; when some node's records do not decode, nobody
 * can say what that node holds and nothing is deleted.
 */
import { DecodeError } from '../core/index';
import { decodeHead } from './checkpoint-codec';
import { decodeIndexHashes } from './checkpoint-decode';
import { decodeJournalEntry } from './journal-decode';
import { nodeRange, type RecordKey, type RecordReader, type RecordWriter } from './backend';
import { STORES } from './schema';

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
