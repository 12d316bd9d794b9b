/**
 * The block bodies and undo data of every node of a running network, shared
 * (core's BlockBodies): a block is the same block on every node that holds it,
 * and so is its undo data.
 *
 * Memory stays bounded by what the stored bytes cost: bodies are kept as their
 * canonical bytes (about a tenth of a parsed block) and parsed when a node
 * asks, into a cache of the `maxParsed` most recently used blocks (and as many
 * undo records). A start does not wait for them: the shelf is filled in the
 * background from storage (fill), while the nodes run from their block index
 * and UTXO set, and the simulation waits for `ready` before it needs an old
 * block (the node code is synchronous, so a body must be here when asked for).
 */
import { parseBlock, serializeBlock, type Block, type BlockBodies, type BlockUndo } from '../core/index';
import { BlockHashMismatchError, parseBlockRecord } from './records';
import { decodeUndo, encodeUndo } from './undo-codec';

export const DEFAULT_MAX_PARSED = 1024;

/** A Map used as a least-recently-used cache: get moves an entry to the end, set evicts from the front. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(
    private readonly limit: number,
    private readonly onEvict: (key: string, value: V) => void,
  ) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.limit) {
      const [k, v] = this.map.entries().next().value!;
      this.map.delete(k);
      this.onEvict(k, v);
    }
  }
  get size(): number {
    return this.map.size;
  }
}

export interface ShelfStats {
  readonly blocks: number;
  readonly parsedBlocks: number;
  /** Bytes of the block and undo records held (the parsed caches come on top). */
  readonly bytes: number;
}

export class BlockShelf implements BlockBodies {
  private readonly blockBytes = new Map<string, Uint8Array>();
  private readonly undoBytes = new Map<string, Uint8Array>();
  private readonly parsed: Lru<Block>;
  private readonly parsedUndo: Lru<BlockUndo>;
  /** Why a stored record could not be used, by hash. */
  readonly damaged = new Map<string, Error>();
  private byteCount = 0;

  constructor(maxParsed = DEFAULT_MAX_PARSED) {
    if (!Number.isSafeInteger(maxParsed) || maxParsed < 1) throw new RangeError(`maxParsed must be a positive integer, got ${maxParsed}`);
    // An evicted body or undo record is kept as bytes, so nothing a node stored is lost.
    this.parsed = new Lru(maxParsed, (hash, block) => {
      if (!this.blockBytes.has(hash)) this.keep(this.blockBytes, hash, serializeBlock(block));
    });
    this.parsedUndo = new Lru(maxParsed, (hash, undo) => {
      const block = this.getBlock(hash);
      if (block && !this.undoBytes.has(hash)) this.keep(this.undoBytes, hash, encodeUndo(undo, block));
    });
  }

  private keep(map: Map<string, Uint8Array>, hash: string, bytes: Uint8Array): void {
    this.byteCount += bytes.length - (map.get(hash)?.length ?? 0);
    map.set(hash, bytes);
  }

  /** Stored records read from storage: block records ({ hash, bytes }) and undo records (bytes). */
  addRecords(blocks: Iterable<readonly [string, unknown]>, undo: Iterable<readonly [string, unknown]> = []): void {
    for (const [hash, rec] of blocks) {
      const bytes = (rec as { bytes?: unknown } | null)?.bytes;
      if (bytes instanceof Uint8Array) this.keep(this.blockBytes, hash, bytes);
      else this.damaged.set(hash, new Error('the block record is not { hash, bytes }'));
    }
    for (const [hash, rec] of undo) {
      if (rec instanceof Uint8Array) this.keep(this.undoBytes, hash, rec);
      else this.damaged.set(hash, new Error('the undo record is not a byte array'));
    }
  }

  has(hash: string): boolean {
    return this.parsed.get(hash) !== undefined || this.blockBytes.has(hash);
  }

  getBlock(hash: string): Block | undefined {
    const hit = this.parsed.get(hash);
    if (hit) return hit;
    const bytes = this.blockBytes.get(hash);
    if (!bytes) return undefined;
    let block: Block;
    try {
      // Checked against its key: a damaged record must not pass for the block.
      block = parseBlockRecord({ hash, bytes }, hash);
    } catch (e) {
      this.damaged.set(hash, e instanceof Error ? e : new Error(String(e)));
      return undefined;
    }
    this.parsed.set(hash, block);
    return block;
  }

  putBlock(hash: string, block: Block): void {
    this.parsed.set(hash, block);
  }

  getUndo(hash: string): BlockUndo | undefined {
    const hit = this.parsedUndo.get(hash);
    if (hit) return hit;
    const bytes = this.undoBytes.get(hash);
    const block = bytes && this.getBlock(hash);
    if (!bytes || !block) return undefined;
    let undo: BlockUndo;
    try {
      undo = decodeUndo(bytes, block);
    } catch (e) {
      this.damaged.set(hash, e instanceof Error ? e : new Error(String(e)));
      return undefined;
    }
    this.parsedUndo.set(hash, undo);
    return undo;
  }

  putUndo(hash: string, undo: BlockUndo): void {
    this.parsedUndo.set(hash, undo);
  }

  /** Shared by every node: a block one node dropped may be another's. */
  forget(): void {}

  /** Why the stored record of `hash` could not be used, as load names it. */
  damageOf(hash: string): { code: 'block-hash-mismatch' | 'block-unparseable' | 'undo-unparseable'; message: string } | undefined {
    const e = this.damaged.get(hash);
    if (!e) return undefined;
    if (e instanceof BlockHashMismatchError) return { code: 'block-hash-mismatch', message: e.message };
    return { code: this.blockBytes.has(hash) && !this.canParse(hash) ? 'block-unparseable' : 'undo-unparseable', message: e.message };
  }

  private canParse(hash: string): boolean {
    try {
      parseBlock(this.blockBytes.get(hash)!);
      return true;
    } catch {
      return false;
    }
  }

  stats(): ShelfStats {
    return { blocks: this.blockBytes.size, parsedBlocks: this.parsed.size, bytes: this.byteCount };
  }
}
