/**
 * Where a Blockchain keeps what its block index does not: block bodies and
 * the undo data of connected blocks. Bitcoin Core keeps them in blk*.dat and
 * rev*.dat files and reads them when it needs them; the block tree holds
 * headers only (CBlockIndex).
 *
 * A chain asks for a body when it connects, disconnects or serves a block.
 * MemoryBodies (the default) keeps every body of one chain in memory. An app
 * can pass one store shared by all its nodes (a block is the same block
 * everywhere, and so is its undo data: it depends only on the block and its
 * ancestors) that keeps a bounded number of parsed blocks and reads the rest
 * from disk; it must then have a body before the chain asks for it.
 */
import type { Block } from './block';
import type { BlockUndo } from './connect';

export interface BlockBodies {
  getBlock(hash: string): Block | undefined;
  putBlock(hash: string, block: Block): void;
  /** The coins the block spent when it was connected (undefined if it never was). */
  getUndo(hash: string): BlockUndo | undefined;
  putUndo(hash: string, undo: BlockUndo): void;
  /** The chain dropped the block (found invalid): a store only this chain uses may forget it. */
  forget(hash: string): void;
}

/** One chain's bodies, all in memory. */
export class MemoryBodies implements BlockBodies {
  private readonly blocks = new Map<string, Block>();
  private readonly undo = new Map<string, BlockUndo>();

  getBlock(hash: string): Block | undefined {
    return this.blocks.get(hash);
  }

  putBlock(hash: string, block: Block): void {
    this.blocks.set(hash, block);
  }

  getUndo(hash: string): BlockUndo | undefined {
    return this.undo.get(hash);
  }

  putUndo(hash: string, undo: BlockUndo): void {
    this.undo.set(hash, undo);
  }

  forget(hash: string): void {
    this.blocks.delete(hash);
    this.undo.delete(hash);
  }
}
