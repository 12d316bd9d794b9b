/**
 * The block index of one node: every valid-so-far block it knows, linked to its
 * parent, with its height and cumulative work (Core's BlockMap of CBlockIndex),
 * plus orphans (blocks whose parent has not arrived yet). Headers only: the
 * bodies of indexed blocks live in the chain's BlockBodies.
 */
import { workForBits } from './pow';
import { blockHash, type BlockHeader } from './header';
import { minedByOf, type MinedBy } from './coinbase';
import type { Block } from './block';
import type { HeaderChainLink } from './difficulty';

export interface BlockEntry extends HeaderChainLink {
  readonly hash: string;
  readonly header: BlockHeader;
  readonly height: number;
  readonly parent: BlockEntry | undefined;
  /** Sum of the work of this block and all its ancestors. */
  readonly chainWork: bigint;
  /** Order in which this node first saw the block: the earlier wins a tie in work. */
  readonly seq: number;
  readonly txCount: number;
  /** The coinbase's payee and tag (kept in the index so views need no block body). */
  readonly minedBy: MinedBy;
}

/** What the block index keeps of a block whose body lives elsewhere. */
export interface IndexedBlock {
  readonly hash: string;
  readonly header: BlockHeader;
  readonly txCount: number;
  readonly minedBy: MinedBy;
}

/** Orphan blocks kept by default (a peer cannot make a node hold more). */
export const MAX_ORPHANS = 200;

export class BlockTree {
  private readonly entries = new Map<string, BlockEntry>();
  private readonly children = new Map<string, Set<string>>();
  /** Entries without children: the only places a best chain can end. */
  private readonly leaves = new Set<string>();
  private readonly orphans = new Map<string, Block>();
  private seq = 0;

  constructor(private readonly maxOrphans = MAX_ORPHANS) {
    if (!Number.isSafeInteger(maxOrphans) || maxOrphans < 0) throw new RangeError(`maxOrphans must be an integer >= 0, got ${String(maxOrphans)}`);
  }

  get size(): number {
    return this.entries.size;
  }

  has(hash: string): boolean {
    return this.entries.has(hash);
  }

  get(hash: string): BlockEntry | undefined {
    return this.entries.get(hash);
  }

  all(): IterableIterator<BlockEntry> {
    return this.entries.values();
  }

  childrenOf(hash: string): string[] {
    return [...(this.children.get(hash) ?? [])];
  }

  leafEntries(): BlockEntry[] {
    return [...this.leaves].map((h) => this.entries.get(h)!);
  }

  /** Adds a block whose parent is in the tree (or `undefined` for genesis). */
  add(block: Block, parent: BlockEntry | undefined): BlockEntry {
    return this.addHeader({ hash: blockHash(block.header), header: block.header, txCount: block.txs.length, minedBy: minedByOf(block) }, parent);
  }

  /** Adds a block known by its index entry (its body elsewhere), whose parent is in the tree. */
  addHeader(e: IndexedBlock, parent: BlockEntry | undefined): BlockEntry {
    const { hash, header, txCount, minedBy } = e;
    const entry: BlockEntry = {
      hash,
      header,
      height: parent ? parent.height + 1 : 0,
      parent,
      chainWork: (parent?.chainWork ?? 0n) + workForBits(header.bits),
      seq: this.seq++,
      txCount,
      minedBy,
    };
    this.entries.set(hash, entry);
    this.leaves.add(hash);
    if (parent) {
      this.leaves.delete(parent.hash);
      let set = this.children.get(parent.hash);
      if (!set) this.children.set(parent.hash, (set = new Set()));
      set.add(hash);
    }
    return entry;
  }

  /** Removes a block and all its descendants (found invalid); returns their hashes. */
  removeSubtree(hash: string): string[] {
    const removed: string[] = [];
    const stack = [hash];
    while (stack.length) {
      const h = stack.pop()!;
      const entry = this.entries.get(h);
      if (!entry) continue;
      const kids = this.children.get(h);
      if (kids) stack.push(...kids);
      this.entries.delete(h);
      this.children.delete(h);
      this.leaves.delete(h);
      removed.push(h);
      // Only the subtree's root has a parent that stays; a parent with children has a set.
      if (entry.parent && this.entries.has(entry.parent.hash)) {
        const siblings = this.children.get(entry.parent.hash)!;
        siblings.delete(h);
        if (siblings.size === 0) {
          this.children.delete(entry.parent.hash);
          this.leaves.add(entry.parent.hash);
        }
      }
    }
    return removed;
  }

  /** The leaf with the most work; on a tie the one seen first. */
  bestLeaf(): BlockEntry | undefined {
    let best: BlockEntry | undefined;
    for (const h of this.leaves) {
      const e = this.entries.get(h)!;
      if (!best || e.chainWork > best.chainWork || (e.chainWork === best.chainWork && e.seq < best.seq)) best = e;
    }
    return best;
  }

  // --- orphans -------------------------------------------------------------

  addOrphan(block: Block): string[] {
    const evicted: string[] = [];
    this.orphans.set(blockHash(block.header), block);
    while (this.orphans.size > this.maxOrphans) {
      const oldest = this.orphans.keys().next().value!;
      this.orphans.delete(oldest);
      evicted.push(oldest);
    }
    return evicted;
  }

  hasOrphan(hash: string): boolean {
    return this.orphans.has(hash);
  }

  orphanBlocks(): Block[] {
    return [...this.orphans.values()];
  }

  /** Removes and returns the orphans waiting for `parentHash`. */
  takeOrphansOf(parentHash: string): Block[] {
    const found: Block[] = [];
    for (const [hash, block] of this.orphans) {
      if (block.header.prevHash === parentHash) {
        found.push(block);
        this.orphans.delete(hash);
      }
    }
    return found;
  }
}

/** The last common ancestor of two entries of the same tree. */
export function findFork(a: BlockEntry, b: BlockEntry): BlockEntry {
  let x: BlockEntry | undefined = a;
  let y: BlockEntry | undefined = b;
  while (x && y && x.height > y.height) x = x.parent;
  while (x && y && y.height > x.height) y = y.parent;
  while (x && y && x !== y) {
    x = x.parent;
    y = y.parent;
  }
  // Both walks reach the same height first, so they run out of parents together.
  if (!x) throw new Error('entries belong to different trees');
  return x;
}
