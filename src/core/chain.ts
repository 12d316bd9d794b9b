/**
 * One node's view of the blockchain: the block tree, the active chain with the
 * most cumulative work, its UTXO set and its mempool.
 *
 * Fork choice (Core's ActivateBestChain): the active chain ends at the block
 * with the most work, the first seen winning a tie. Switching branch (a reorg)
 * disconnects blocks back to the fork and connects the new branch, all on a
 * UtxoView that is only flushed when every block connected: a branch that turns
 * out invalid is dropped with its descendants and the node stays where it was.
 * Transactions of disconnected blocks return to the mempool when still valid;
 * those that the new branch double spent are reported as conflicted.
 *
 * Every change is reported as one ChainDelta, which storage writes in a single
 * IndexedDB transaction. Block bodies and undo data live in a BlockBodies store
 * (block-bodies.ts); the tree holds headers, so a node can come back from its
 * stored block index and UTXO set without reading its blocks (fromIndex).
 */
import { rejectDetail } from './reject-details';
import { ValidationError, isValidationError, reject } from './errors';
import { blockHash } from './header';
import { checkBlock, contextualCheckBlock } from './block-check';
import { checkTransaction } from './tx-check';
import { connectBlock, disconnectBlock, type BlockUndo } from './connect';
import { BlockTree, findFork, type BlockEntry } from './block-tree';
import { MemoryBodies, type BlockBodies } from './block-bodies';
import { Mempool } from './mempool';
import { inDependencyOrder } from './pool-order';
import { blocksParentFirst } from './stored-block-order';
import { emptyDelta, mergeReorgs, mergeUtxoChanges, type MutableDelta, type ReorgInfo } from './chain-delta';
import { UtxoSet, UtxoView } from './utxo-set';
import { txid, type Transaction } from './transaction';
import { decodeCoinbaseScript } from './coinbase';
import { compareUtxoSets, replayActiveChain, type UtxoCheck } from './utxo-check';
import { rebuildPoolAfterReorg } from './reorg-pool';
import { blockSize, type Block } from './block';
import type { BlockchainOptions, BlockResult, ChainSnapshot, IndexSnapshot, TxResult } from './chain-types';
import type { ConsensusParams } from './params';

/** Hashes of invalid blocks a node remembers (the oldest forgotten first), so a flood of them cannot grow its memory. */
export const MAX_REJECTED_BLOCKS = 1000;

export class Blockchain {
  readonly tree: BlockTree;
  readonly utxos: UtxoSet;
  readonly mempool: Mempool;
  private readonly bodies: BlockBodies;
  /** Active chain by height. */
  private active: BlockEntry[] = [];
  /** Recently rejected block hashes and why (Core's m_recent_rejects, for blocks). */
  private readonly rejected = new Map<string, ValidationError>();
  private readonly now: () => number;
  private readonly verifySignatures: boolean;
  private paramsValue: ConsensusParams;

  private constructor(params: ConsensusParams, options: BlockchainOptions, utxos = new UtxoSet()) {
    this.paramsValue = params;
    this.utxos = utxos;
    this.bodies = options.bodies ?? new MemoryBodies();
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
    this.verifySignatures = options.verifySignatures ?? true;
    this.mempool = new Mempool(params, { maxBytes: options.mempoolMaxBytes });
    this.tree = new BlockTree(options.maxOrphanBlocks);
  }

  /** A chain holding only `genesis`, which must pass the context-free checks and state height 0. */
  static fromGenesis(params: ConsensusParams, genesis: Block, options: BlockchainOptions = {}): Blockchain {
    const chain = new Blockchain(params, options);
    checkBlock(genesis, params);
    if (genesis.header.bits !== params.genesisBits) reject('bad-diffbits', 'genesis must carry genesisBits');
    if (decodeCoinbaseScript(genesis.txs[0]!.inputs[0]!.script).height !== 0) reject('bad-cb-height', 'genesis is height 0');
    const entry = chain.tree.add(genesis, undefined);
    const view = new UtxoView(chain.utxos);
    const { undo } = connectBlock(view, genesis, 0, params, chain.verifySignatures);
    view.flushTo(chain.utxos);
    chain.bodies.putBlock(entry.hash, genesis);
    chain.bodies.putUndo(entry.hash, undo);
    chain.active = [entry];
    return chain;
  }

  /** Rebuilds a node from stored data. UTXOs and undo data are trusted; see verifyUtxoSet. */
  static restore(params: ConsensusParams, snap: ChainSnapshot, options: BlockchainOptions = {}): Blockchain {
    const chain = new Blockchain(params, options);
    for (const block of blocksParentFirst(snap.blocks)) {
      const entry = chain.tree.add(block, chain.tree.get(block.header.prevHash));
      chain.bodies.putBlock(entry.hash, block);
    }
    chain.setActive(snap.tip);
    for (const [key, coin] of snap.utxos) chain.utxos.add(key, coin);
    for (const e of chain.active) {
      const undo = snap.undo.get(e.hash);
      if (!undo) throw new Error(`undo data missing for active block ${e.hash}`);
      chain.bodies.putUndo(e.hash, undo);
    }
    for (const o of snap.orphans) chain.tree.addOrphan(o);
    for (const { tx, time } of inDependencyOrder(snap.mempool)) chain.acceptTransaction(tx, time);
    return chain;
  }

  /**
   * A node from its block index and UTXO set, as Core starts from its block
   * index and chainstate: no block is read or replayed. The bodies and undo
   * data come from `options.bodies` when needed. Nothing is checked here: see
   * verifyRecentBlocks (the last few blocks) and verifyUtxoSet (everything).
   */
  static fromIndex(params: ConsensusParams, snap: IndexSnapshot, options: BlockchainOptions = {}): Blockchain {
    const chain = new Blockchain(params, options, snap.utxos);
    const known = new Set(snap.entries.map((e) => e.hash));
    for (const e of snap.entries) {
      const parent = chain.tree.get(e.header.prevHash);
      if (!parent && known.has(e.header.prevHash)) throw new Error(`block ${e.hash} is listed before its parent ${e.header.prevHash}`);
      if (!parent && chain.tree.size > 0) throw new Error(`block ${e.hash} has no stored parent`);
      chain.tree.addHeader(e, parent);
    }
    if (chain.tree.size === 0) throw new Error('the index holds no genesis block');
    chain.setActive(snap.tip);
    for (const o of snap.orphans) chain.tree.addOrphan(o);
    return chain;
  }

  private setActive(tipHash: string): void {
    const tip = this.tree.get(tipHash);
    if (!tip) throw new Error(`stored tip ${tipHash} is not among the stored blocks`);
    const active: BlockEntry[] = [];
    for (let e: BlockEntry | undefined = tip; e; e = e.parent) active.push(e);
    this.active = active.reverse();
  }

  get params(): ConsensusParams {
    return this.paramsValue;
  }

  /** Changing params (a teacher's difficulty/reward override) only affects blocks not yet validated. */
  setParams(params: ConsensusParams): void {
    this.paramsValue = params;
  }

  get tip(): BlockEntry {
    return this.active[this.active.length - 1]!;
  }

  get height(): number {
    return this.active.length - 1;
  }

  get genesis(): BlockEntry {
    return this.active[0]!;
  }

  clock(): number {
    return this.now();
  }

  /** The active-chain entry at `height`. */
  entryAt(height: number): BlockEntry | undefined {
    return this.active[height];
  }

  isActive(hash: string): boolean {
    const e = this.tree.get(hash);
    return !!e && this.active[e.height] === e;
  }

  activeEntries(): readonly BlockEntry[] {
    return this.active;
  }

  getBlock(hash: string): Block | undefined {
    return this.tree.has(hash) ? this.bodies.getBlock(hash) : undefined;
  }

  /** The undo data of a block on the active chain. */
  getUndo(hash: string): BlockUndo | undefined {
    return this.isActive(hash) ? this.bodies.getUndo(hash) : undefined;
  }

  /** The body of an indexed block, which the chain needs now: its absence is a broken invariant. */
  private body(hash: string): Block {
    const block = this.bodies.getBlock(hash);
    if (!block) throw new Error(`the body of block ${hash} is not available`);
    return block;
  }

  private undoOf(hash: string): BlockUndo {
    const undo = this.bodies.getUndo(hash);
    if (!undo) throw new Error(`the undo data of block ${hash} is not available`);
    return undo;
  }

  /** Confirmations of an active block (1 for the tip), 0 for a block off the active chain. */
  confirmations(hash: string): number {
    const e = this.tree.get(hash);
    if (!e || !this.isActive(hash)) return 0;
    return this.height - e.height + 1;
  }

  rejectionOf(hash: string): ValidationError | undefined {
    return this.rejected.get(hash);
  }

  // --- blocks ----------------------------------------------------------------

  /** Validates and stores a block, then moves to the most-work chain. Never throws for bad blocks. */
  processBlock(block: Block): BlockResult {
    const delta = emptyDelta(this.tip.hash);
    // A block object without a header that encodes has no hash to report.
    let hash = '?';
    try {
      hash = blockHash(block.header);
      // A peer (in the simulation) hands in objects, not bytes. Encoding the whole block
      // first (its size is cached for checkBlock) turns a value no encoding can carry
      // into a refusal, as Core refuses a message it cannot deserialize. Not remembered
      // by hash: the same header may come again with decodable transactions.
      blockSize(block);
    } catch (e) {
      return this.refusal(hash, isValidationError(e) ? e : new ValidationError('bad-encoding', (e as Error).message), delta);
    }
    if (this.tree.has(hash) || this.tree.hasOrphan(hash)) {
      return { hash, status: 'duplicate', accepted: false, code: 'duplicate', message: new ValidationError('duplicate').message, delta };
    }
    // Found invalid before (Core's BLOCK_FAILED_VALID): refused again without being stored again.
    const known = this.rejected.get(hash);
    if (known) return this.refusal(hash, known, delta);

    const accepted = this.acceptBlock(block, hash, delta);
    if (accepted !== 'stored') return accepted; // refused, or kept as an orphan: the tree did not change
    this.activateBestChain(delta);
    // Orphans waiting for this block (and their own children) can now be processed.
    this.processOrphansOf(hash, delta);
    delta.tip = this.tip.hash;
    if (this.isActive(hash)) return { hash, status: 'active', accepted: true, delta };
    if (this.tree.has(hash)) return { hash, status: 'side-branch', accepted: true, delta };
    // Stored, then found invalid when its branch was connected (activateBestChain remembered why).
    return this.refusal(hash, this.rejected.get(hash)!, delta);
  }

  /** The answer for a refused block. */
  private refusal(hash: string, err: ValidationError, delta: MutableDelta): BlockResult {
    return { hash, status: 'rejected', accepted: false, code: err.code, message: err.message, delta };
  }

  /** Refuses a block, remembering its hash as invalid when no later block or clock can make it valid. */
  private fail(hash: string, err: ValidationError, delta: MutableDelta, remember: boolean): BlockResult {
    if (remember) this.rememberRejected(hash, err);
    return this.refusal(hash, err, delta);
  }

  private rememberRejected(hash: string, err: ValidationError): void {
    this.rejected.set(hash, err);
    if (this.rejected.size > MAX_REJECTED_BLOCKS) this.rejected.delete(this.rejected.keys().next().value!);
  }

  /**
   * Checks a block against its parent and stores it in the tree ('stored'; fork choice
   * comes next), or keeps it as an orphan, or refuses it: those two are the caller's answer.
   */
  private acceptBlock(block: Block, hash: string, delta: MutableDelta): 'stored' | BlockResult {
    try {
      checkBlock(block, this.params);
    } catch (e) {
      if (!isValidationError(e)) throw e;
      // Like Core, a block failing context-free checks may be a corrupted copy of a good
      // block: do not blacklist the hash for mutations, only for high-hash.
      return this.fail(hash, e, delta, e.code === 'high-hash');
    }
    const parent = this.tree.get(block.header.prevHash);
    if (!parent) {
      const parentRejected = this.rejected.get(block.header.prevHash);
      if (parentRejected) return this.fail(hash, new ValidationError('bad-prevblk', rejectDetail('parentRejected', { parent: block.header.prevHash.slice(0, 16), code: parentRejected.code })), delta, true);
      const evicted = this.tree.addOrphan(block);
      delta.blocksAdded.push({ hash, block, orphan: true });
      delta.blocksRemoved.push(...evicted);
      const err = new ValidationError('prev-blk-not-found', rejectDetail('waitingForParent', { parent: block.header.prevHash.slice(0, 16) }));
      return { hash, status: 'orphan', accepted: false, code: err.code, message: err.message, delta };
    }
    try {
      contextualCheckBlock(block, parent, this.params, this.now());
    } catch (e) {
      if (!isValidationError(e)) throw e;
      // time-too-new may become valid later: do not remember it.
      return this.fail(hash, e, delta, e.code !== 'time-too-new');
    }
    this.tree.add(block, parent);
    this.bodies.putBlock(hash, block);
    delta.blocksAdded.push({ hash, block, orphan: false });
    return 'stored';
  }

  /**
   * Takes the orphans waiting for a block just stored, and their own children in turn.
   * If that block was found invalid meanwhile, its orphans are refused as bad-prevblk
   * (Core never keeps a descendant of an invalid block) and leave storage.
   */
  private processOrphansOf(parentHash: string, delta: MutableDelta): void {
    const queue = [parentHash];
    while (queue.length) {
      for (const orphan of this.tree.takeOrphansOf(queue.shift()!)) {
        const hash = blockHash(orphan.header);
        delta.orphansAdopted.push(hash);
        // Its parent is in the tree or remembered as invalid, so it is never an orphan again.
        if (this.acceptBlock(orphan, hash, delta) !== 'stored') {
          delta.blocksRemoved.push(hash);
          continue;
        }
        this.activateBestChain(delta);
        queue.push(hash);
      }
    }
  }

  /**
   * Moves the active chain to the best leaf. Each attempt works on a view; a
   * block that fails to connect is removed with its descendants and the choice
   * is made again, so the node ends on the most-work chain it can validate.
   */
  private activateBestChain(delta: MutableDelta): void {
    for (let attempts = 0; attempts < 1000; attempts++) {
      const best = this.tree.bestLeaf();
      const oldTip = this.tip;
      if (!best || best.chainWork <= oldTip.chainWork) return; // only more work moves the tip, never equal work

      const fork = findFork(oldTip, best);
      const view = new UtxoView(this.utxos);
      const disconnected: BlockEntry[] = [];
      for (let e = oldTip; e !== fork; e = e.parent!) {
        disconnectBlock(view, this.body(e.hash), this.undoOf(e.hash));
        disconnected.push(e);
      }
      const path: BlockEntry[] = [];
      for (let e: BlockEntry | undefined = best; e && e !== fork; e = e.parent) path.push(e);
      path.reverse();

      const connected: { entry: BlockEntry; undo: BlockUndo }[] = [];
      let failed = false;
      for (const entry of path) {
        try {
          const { undo } = connectBlock(view, this.body(entry.hash), entry.height, this.params, this.verifySignatures);
          connected.push({ entry, undo });
        } catch (e) {
          if (!isValidationError(e)) throw e;
          const removed = this.tree.removeSubtree(entry.hash);
          for (const h of removed) this.bodies.forget(h);
          for (const h of removed) this.rememberRejected(h, h === entry.hash ? e : new ValidationError('bad-prevblk', e.code));
          // Blocks first stored by this very operation were never persisted: just forget them.
          // (An adopted orphan was persisted as an orphan earlier, so it must be listed.)
          const newNow = new Set(delta.blocksAdded.filter((b) => !delta.orphansAdopted.includes(b.hash)).map((b) => b.hash));
          delta.blocksRemoved.push(...removed.filter((h) => !newNow.has(h)));
          delta.blocksAdded.splice(0, delta.blocksAdded.length, ...delta.blocksAdded.filter((b) => !removed.includes(b.hash)));
          failed = true;
          break;
        }
      }
      if (failed) continue; // choose again without the invalid branch

      this.commitSwitch(view, fork, disconnected, connected, delta);
    }
  }

  private commitSwitch(
    view: UtxoView,
    fork: BlockEntry,
    disconnected: BlockEntry[],
    connected: { entry: BlockEntry; undo: BlockUndo }[],
    delta: MutableDelta,
  ): void {
    const oldTip = this.tip;
    const changes = view.flushTo(this.utxos);
    mergeUtxoChanges(delta, changes);
    // Undo data of a disconnected block stays: it is the same if the block is connected again.
    for (const e of disconnected) delta.disconnected.push(e.hash);
    this.active.length = fork.height + 1;
    for (const { entry, undo } of connected) {
      this.bodies.putUndo(entry.hash, undo);
      this.active.push(entry);
      delta.connected.push({ hash: entry.hash, undo });
    }

    if (disconnected.length === 0) {
      for (const { entry } of connected) delta.mempoolRemoved.push(...this.mempool.removeForBlock(this.body(entry.hash)));
      return;
    }

    // A reorg: rebuild the pool from the disconnected blocks' transactions (oldest first) and the old pool.
    const pool = rebuildPoolAfterReorg({
      mempool: this.mempool,
      disconnected: disconnected.map((e) => this.body(e.hash)),
      connected: connected.map((c) => ({ hash: c.entry.hash, block: this.body(c.entry.hash) })),
      accept: (tx, time) => this.tryAccept(tx, time),
    });
    delta.mempoolRemoved.push(...pool.removed);
    delta.mempoolAdded.push(...pool.added);
    const reorg: ReorgInfo = {
      forkHash: fork.hash,
      forkHeight: fork.height,
      oldTip: oldTip.hash,
      newTip: this.tip.hash,
      disconnected: disconnected.map((e) => e.hash),
      connected: connected.map((c) => c.entry.hash),
      returnedToMempool: pool.returned,
      conflicted: pool.conflicted,
      lost: pool.lost,
    };
    delta.reorg = delta.reorg ? mergeReorgs(delta.reorg, reorg) : reorg;
  }

  private tryAccept(tx: Transaction, time = this.now()): boolean {
    try {
      this.mempool.accept(tx, this.utxos, this.height, time);
      return true;
    } catch (e) {
      if (!isValidationError(e)) throw e;
      return false;
    }
  }

  // --- transactions ------------------------------------------------------------

  /**
   * Validates a transaction against the active chain and the pool; adds it or says why not.
   * `arrivalTime`: when it first entered a pool (a restore); the node's clock otherwise.
   */
  acceptTransaction(tx: Transaction, arrivalTime = this.now()): TxResult {
    const delta = emptyDelta(this.tip.hash);
    let id = '?';
    try {
      // Structure first: a transaction that cannot be encoded has no txid to report.
      checkTransaction(tx, this.params);
      id = txid(tx);
      const entry = this.mempool.accept(tx, this.utxos, this.height, arrivalTime, delta.mempoolRemoved);
      delta.mempoolAdded.push(entry);
      return { txid: id, accepted: true, entry, delta };
    } catch (e) {
      const err = isValidationError(e) ? e : new ValidationError('bad-encoding', (e as Error).message);
      return { txid: id, accepted: false, code: err.code, message: err.message, delta };
    }
  }

  // --- checks ------------------------------------------------------------------

  /** Rebuilds the UTXO set from genesis along the active chain (without signatures) and compares. */
  verifyUtxoSet(): UtxoCheck {
    return compareUtxoSets(replayActiveChain(this.active, (h) => this.body(h), this.params), this.utxos);
  }
}
