/**
 * One simulated node: its own Blockchain (block tree, active chain, UTXO set,
 * mempool), its peers, an optional miner, a log and counters. Everything it
 * learns arrives as a message and goes through core's validation
 * (processBlock / acceptTransaction); what it rejects it logs with the reason
 * code and never relays. The peer protocol (inv/getdata/headers, downloads)
 * lives in PeerProtocol; this file holds the node's state and what happens
 * after its chain changes: events, logs, relay.
 */
import {
  createBlockTemplate, hashOfBlock, isValidationError, mineTemplate, txid, workForBits,
  type Block, type BlockEntry, type BlockResult, type BlockTemplate, type Blockchain, type ChainDelta,
  type LostTx, type MempoolEntry, type Transaction, type TxResult,
} from '../core/index';
import { MAX_BLOCKS_TO_ANNOUNCE } from './messages';
import { PeerProtocol } from './peer-protocol';
import { deltaChangesSomething, type DeltaCause, type LogKind, type LogLevel, type NodeLogEntry } from './events';
import type { NodeHost } from './node-host';
import { shortHash, type LogExtra, type Origin, type ProtocolNode } from './protocol-node';

export interface MinerConfig {
  /** Address the coinbase pays. */
  readonly address: string;
  /** Share of the reference hash rate (> 0): the simulated block rate is sum(shares) / targetSpacing. */
  readonly hashShare: number;
}

export interface TemplateRequest {
  /** Defaults to the node's miner address. */
  readonly minerAddress?: string;
  readonly maxTxs?: number;
  readonly message?: string;
  readonly extraNonce?: number;
}

export interface NodeCounters {
  blocksAccepted: number;
  blocksRejected: number;
  txsAccepted: number;
  txsRejected: number;
  reorgs: number;
  maxReorgDepth: number;
  lastReorgDepth: number;
}

export const LOG_LIMIT = 500;

export class SimNode implements ProtocolNode {
  readonly id: string;
  label: string;
  readonly chain: Blockchain;
  readonly peers = new Set<string>();
  miner: MinerConfig | undefined;
  readonly protocol: PeerProtocol;
  readonly counters: NodeCounters = { blocksAccepted: 0, blocksRejected: 0, txsAccepted: 0, txsRejected: 0, reorgs: 0, maxReorgDepth: 0, lastReorgDepth: 0 };
  /** The most recent log lines, oldest first (bounded; the 'log' event carries all). */
  readonly log: NodeLogEntry[] = [];
  /**
   * A bad peer's crafted chain (genesis first): served instead of the honest
   * active chain to getheaders, getdata and resolveConflicts. Undefined for an
   * honest node.
   */
  private servedOverride: { blocks: readonly Block[]; byHash: Map<string, Block> } | undefined;
  /**
   * A withholding node (a selfish miner, an attacker's private branch) keeps
   * the blocks it finds to itself: it relays nothing on its own and serves none
   * of its unpublished blocks until its owner publishes them (publish()).
   * Not part of the saved network config.
   */
  private withholdingValue = false;
  /** This node's own blocks not yet published, in the order found. */
  private readonly unpublished = new Set<string>();

  constructor(
    readonly host: NodeHost,
    o: { id: string; label?: string; chain: Blockchain; miner?: MinerConfig },
  ) {
    this.id = o.id;
    this.label = o.label ?? o.id;
    this.chain = o.chain;
    this.miner = o.miner;
    this.protocol = new PeerProtocol(this);
  }

  get height(): number {
    return this.chain.height;
  }

  get tip(): BlockEntry {
    return this.chain.tip;
  }

  /** Peer ids in a stable order (sorted), the order the node talks to them in. */
  peerList(): string[] {
    return [...this.peers].sort();
  }

  // --- mining ------------------------------------------------------------------

  /** A block template on this node's tip with its pool's best transactions, timed by the virtual clock. */
  blockTemplate(o: TemplateRequest = {}): BlockTemplate {
    const minerAddress = o.minerAddress ?? this.miner?.address;
    if (!minerAddress) throw new TypeError(`node ${this.id} has no miner address: pass minerAddress`);
    return createBlockTemplate(this.chain, {
      minerAddress,
      maxTxs: o.maxTxs,
      time: this.host.unixTime(),
      message: o.message,
      extraNonce: o.extraNonce,
    });
  }

  /** Builds a template and searches its proof of work (at the chain's real target). */
  findBlock(o: TemplateRequest = {}): { block: Block; hashes: number } {
    const mined = mineTemplate(this.blockTemplate(o));
    if (!mined) throw new Error('mining stopped');
    return { block: mined.block, hashes: mined.hashes };
  }

  // --- blocks and transactions -------------------------------------------------

  /** Validates and stores a block (from a peer or this node's miner), then logs, emits and relays. */
  processBlock(block: Block, origin: Origin): BlockResult {
    const previousTip = this.chain.tip.hash;
    const result = this.chain.processBlock(block);
    this.emitDelta(result.delta, origin.cause);
    const from = origin.peer ? ` from ${origin.peer}` : '';
    switch (result.status) {
      case 'active':
      case 'side-branch': {
        this.counters.blocksAccepted++;
        const h = this.chain.tree.get(result.hash)?.height;
        const where = result.status === 'active' ? 'on the active chain' : 'on a side branch';
        const kind: LogKind = origin.cause === 'mine' || origin.cause === 'submit' ? 'block-mined' : 'block-accepted';
        const verb = kind === 'block-mined' ? 'mined' : 'accepted';
        this.addLog('info', kind, `${verb} block #${h} ${shortHash(result.hash)}${from}, ${where}`, { hash: result.hash, peer: origin.peer });
        break;
      }
      case 'orphan':
        this.addLog('info', 'block-orphan', `block ${shortHash(result.hash)}${from} has an unknown parent: kept as an orphan`, { hash: result.hash, peer: origin.peer, code: result.code });
        break;
      case 'rejected':
        this.counters.blocksRejected++;
        this.addLog('warn', 'block-rejected', `rejected block ${shortHash(result.hash)}${from}: ${result.code} — ${result.message}`, {
          hash: result.hash,
          peer: origin.peer,
          code: result.code,
        });
        break;
      case 'duplicate':
        break;
    }
    const own = origin.cause === 'mine' || origin.cause === 'submit';
    if (own && this.withholdingValue && (result.status === 'active' || result.status === 'side-branch')) this.unpublished.add(result.hash);
    if (this.chain.tip.hash !== previousTip) this.onTipChanged(previousTip, result.delta);
    return result;
  }

  // --- withheld blocks ------------------------------------------------------------

  get withholding(): boolean {
    return this.withholdingValue;
  }

  /** Starts or stops withholding; stopping makes the withheld blocks servable again but sends nothing. */
  setWithholding(on: boolean): void {
    if (typeof on !== 'boolean') throw new TypeError('on must be a boolean');
    this.withholdingValue = on;
    if (!on) this.unpublished.clear();
  }

  isWithheld(hash: string): boolean {
    return this.unpublished.has(hash);
  }

  /** Hashes of this node's blocks not yet published, in the order found. */
  withheldBlocks(): string[] {
    return [...this.unpublished];
  }

  /** Publishes withheld (or any stored) blocks, parents first: pushed whole to every peer that lacks them. */
  publish(hashes: readonly string[]): void {
    for (const h of hashes) {
      if (!this.chain.getBlock(h)) throw new RangeError(`node ${this.id} has no block ${h}`);
    }
    for (const h of hashes) this.unpublished.delete(h);
    this.protocol.pushBlocks(hashes);
  }

  /** Validates a transaction against this node's chain and pool; on success logs, emits and relays it. */
  acceptTransaction(tx: Transaction, origin: Origin): TxResult {
    const result = this.chain.acceptTransaction(tx);
    const from = origin.peer ? ` from ${origin.peer}` : '';
    if (result.accepted) {
      this.counters.txsAccepted++;
      this.emitDelta(result.delta, origin.cause);
      this.addLog('info', 'tx-accepted', `accepted transaction ${shortHash(result.txid)}${from} into the pool (${this.chain.mempool.size} pending)`, { hash: result.txid, peer: origin.peer });
      this.host.emit('template-changed', { nodeId: this.id, time: this.host.now(), reason: 'mempool' });
      this.protocol.transactionAccepted(result.txid, origin.peer);
    } else if (result.code !== 'txn-already-in-mempool') {
      this.counters.txsRejected++;
      this.addLog('warn', 'tx-rejected', `rejected transaction ${shortHash(result.txid)}${from}: ${result.code} — ${result.message}`, {
        hash: result.txid,
        peer: origin.peer,
        code: result.code,
      });
    }
    return result;
  }

  private emitDelta(delta: ChainDelta, cause: DeltaCause): void {
    if (deltaChangesSomething(delta)) this.host.emit('chain-delta', { nodeId: this.id, time: this.host.now(), cause, delta });
  }

  private onTipChanged(previousTip: string, delta: ChainDelta): void {
    const now = this.host.now();
    const reorg = delta.reorg;
    if (reorg) {
      const depth = reorg.disconnected.length;
      this.counters.reorgs++;
      this.counters.lastReorgDepth = depth;
      this.counters.maxReorgDepth = Math.max(this.counters.maxReorgDepth, depth);
      const fork = `fork at #${reorg.forkHeight}`;
      const txs = `${reorg.returnedToMempool.length} transaction(s) back in the pool, ${reorg.conflicted.length} conflicted${lostWords(reorg.lost)}`;
      this.addLog('warn', 'reorg', `reorg of depth ${depth}: ${depth} block(s) disconnected, ${reorg.connected.length} connected (${fork}); ${txs}`, {
        hash: reorg.newTip,
        depth,
      });
    }
    this.host.emit('tip-changed', { nodeId: this.id, time: now, previousTip, tip: this.chain.tip.hash, height: this.chain.height, reorg });
    this.host.emit('template-changed', { nodeId: this.id, time: now, reason: 'tip' });
    this.protocol.onTipChanged(delta.connected.map((c) => c.hash).slice(-MAX_BLOCKS_TO_ANNOUNCE), delta.connected.length > MAX_BLOCKS_TO_ANNOUNCE);
    // Orphan transactions that these blocks confirm or fund are settled now.
    if (this.protocol.orphanTxCount() > 0) this.protocol.txs.blocksConnected(delta.connected.flatMap((c) => this.chain.getBlock(c.hash)?.txs.map(txid) ?? []));
    // Transactions of disconnected blocks are in the pool again: announce them, as a wallet's rebroadcast would.
    if (reorg && reorg.returnedToMempool.length > 0) {
      this.protocol.announceTransactions(reorg.returnedToMempool.filter((id) => this.chain.mempool.has(id)));
    }
  }

  // --- what the node serves to others ---------------------------------------------

  /** The chain this node shows its peers: its active chain, or a bad peer's crafted one. */
  servedChain(): readonly Block[] {
    if (this.servedOverride) return this.servedOverride.blocks;
    const served: Block[] = [];
    for (const e of this.chain.activeEntries()) {
      if (this.unpublished.has(e.hash)) break;
      served.push(this.chain.getBlock(e.hash)!);
    }
    return served;
  }

  /** A block this node would send on getdata: any block it stores and has not withheld, or one of its crafted chain. */
  servedBlock(hash: string): Block | undefined {
    if (this.unpublished.has(hash)) return undefined;
    return this.servedOverride?.byHash.get(hash) ?? this.chain.getBlock(hash);
  }

  get isServingCraftedChain(): boolean {
    return this.servedOverride !== undefined;
  }

  /** Makes this node a bad peer serving `blocks` (genesis first), or honest again with undefined. */
  setServedChain(blocks: readonly Block[] | undefined): void {
    if (blocks === undefined) {
      this.servedOverride = undefined;
      return;
    }
    if (!Array.isArray(blocks) || blocks.length === 0) throw new TypeError('blocks must be a non-empty array starting at genesis');
    this.servedOverride = { blocks: [...blocks], byHash: new Map(blocks.map((b) => [hashOfBlock(b), b])) };
  }

  // --- views ---------------------------------------------------------------------

  pending(): MempoolEntry[] {
    return this.chain.mempool.entries();
  }

  /** Blocks this node stores that are not on its active chain (its view of stale blocks). */
  staleBlockCount(): number {
    let stale = 0;
    for (const e of this.chain.tree.all()) if (!this.chain.isActive(e.hash)) stale++;
    return stale;
  }

  addLog(level: LogLevel, kind: LogKind, text: string, extra: LogExtra = {}): void {
    const entry: NodeLogEntry = { seq: this.host.nextLogSeq(), time: this.host.now(), nodeId: this.id, level, kind, text, ...stripUndefined(extra) };
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    this.host.emit('log', entry);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The work of a chain given as blocks (genesis first), or undefined if they do not link up. */
export function chainWorkOf(blocks: readonly Block[]): bigint | undefined {
  let work = 0n;
  let prev: string | undefined;
  for (const b of blocks) {
    if (prev !== undefined && b.header.prevHash !== prev) return undefined;
    try {
      work += workForBits(b.header.bits);
      prev = hashOfBlock(b);
    } catch (e) {
      if (isValidationError(e) || e instanceof RangeError || e instanceof TypeError) return undefined;
      throw e;
    }
  }
  return work;
}

/** The refused transactions of a reorg for the log: "; abcd1234 lost to ef567890, ...". */
function lostWords(lost: readonly LostTx[]): string {
  if (lost.length === 0) return '';
  const short = (id: string) => id.slice(0, 8);
  const one = (l: LostTx) => `${short(l.txid)} ${l.lostTo ? `lost to ${short(l.lostTo)}` : l.parent ? `spent reversed ${short(l.parent)}` : 'refused'}`;
  return `: ${lost.slice(0, 4).map(one).join(', ')}${lost.length > 4 ? ` and ${lost.length - 4} more` : ''}`;
}
