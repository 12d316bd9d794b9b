/**
 * What a RecordStore remembers about each node's journal between commits: the
 * next sequence number, and how many bytes the journal and the checkpoint
 * hold (to decide when to compact). Learned from the records the first time a
 * node is written (or at load) and kept up to date by the store's own writes.
 *
 * A stale number cannot corrupt anything: journal entries are written with
 * `add`, which fails the whole commit if the key is already taken, and the
 * store then forgets what it knew and tries again.
 */
import { StorageError } from './errors';
import { decodeHead } from './checkpoint-codec';
import { nodeRange, type RecordKey, type RecordReader } from './backend';
import { STORES } from './schema';

export interface JournalInfo {
  nextSeq: number;
  journalBytes: number;
  checkpointBytes: number;
}

export class JournalBook {
  private readonly nodes = new Map<string, JournalInfo>();

  /** Forget everything (after a failed write, a replace or a reset). */
  clear(): void {
    this.nodes.clear();
  }

  forget(nodeId: string): void {
    this.nodes.delete(nodeId);
  }

  entries(): IterableIterator<[string, JournalInfo]> {
    return this.nodes.entries();
  }

  /** Learns every node's journal from a full read of the stores (what load read). */
  learn(raw: { chainstate: ReadonlyMap<string, unknown[]>; journal: ReadonlyMap<string, { key: RecordKey; value: unknown }[]> }): void {
    this.nodes.clear();
    for (const [id, records] of raw.chainstate) {
      try {
        const head = decodeHead(records[0]);
        const journal = (raw.journal.get(id) ?? []).filter((j) => seqOf(j.key) > head.through);
        const last = journal.length > 0 ? seqOf(journal[journal.length - 1]!.key) : head.through;
        const journalBytes = journal.reduce((n, j) => n + (j.value instanceof Uint8Array ? j.value.length : 0), 0);
        this.nodes.set(id, { nextSeq: last + 1, journalBytes, checkpointBytes: head.indexBytes + head.coinBytes });
      } catch {
        // A damaged head: learned from the records when the node is next written.
      }
    }
  }

  known(nodeId: string): JournalInfo | undefined {
    return this.nodes.get(nodeId);
  }

  set(nodeId: string, info: JournalInfo): void {
    this.nodes.set(nodeId, info);
  }

  /** The node's journal info, read from its records if not known; StorageError 'unknown-node' if it has no checkpoint. */
  async ensure(r: RecordReader, nodeId: string): Promise<JournalInfo> {
    const known = this.nodes.get(nodeId);
    if (known) return known;
    const [head, last] = await Promise.all([r.get<unknown>(STORES.chainstate, [nodeId, 0]), r.lastKey(STORES.journal, nodeRange(nodeId))]);
    if (head === undefined) throw new StorageError('unknown-node', nodeId);
    let through = 0;
    let checkpointBytes = 0;
    try {
      const h = decodeHead(head);
      through = h.through;
      checkpointBytes = h.indexBytes + h.coinBytes;
    } catch {
      // A damaged head: commits still go to the journal; load reports the damage.
    }
    const info: JournalInfo = { nextSeq: Math.max(through, seqOf(last)) + 1, journalBytes: 0, checkpointBytes };
    // Another commit may have learned it meanwhile (both read before either wrote): keep the larger.
    const again = this.nodes.get(nodeId);
    if (again) {
      again.nextSeq = Math.max(again.nextSeq, info.nextSeq);
      return again;
    }
    this.nodes.set(nodeId, info);
    return info;
  }

  /** Takes the node's next sequence number (call after ensure). */
  take(nodeId: string): number {
    const info = this.nodes.get(nodeId);
    if (!info) throw new Error(`journal info of ${nodeId} is not known`);
    return info.nextSeq++;
  }
}

/** The sequence number of a journal key [nodeId, seq] (0 for none). */
export function seqOf(key: RecordKey | undefined): number {
  return Array.isArray(key) && typeof key[1] === 'number' ? key[1] : 0;
}
