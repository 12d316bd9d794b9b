/**
 * The pool of unconfirmed transactions of one node.
 *
 * It accepts only transactions valid against the active chain plus the pool (a
 * child may spend an unconfirmed parent) and refuses one that spends a coin a
 * pool transaction already spends: coins are locked one by one (the original
 * system locked a whole wallet until its transaction confirmed). Block templates
 * take the best fee rates first, parents before children, within the size limit.
 *
 * A full pool (Core's TrimToSize) evicts whole packages, a transaction with its
 * pool descendants, lowest descendant score first (the better of its own fee rate
 * and the package's, so a child paying for its parent protects it), and raises
 * its minimum fee rate (mempool-floor.ts) past what it evicted.
 */
import { rejectDetail } from './reject-details';
import { moneyRange } from './amount';
import { reject } from './errors';
import { MempoolFloor } from './mempool-floor';
import { isCoinbase, outpointKey, txSize, txid, type Transaction } from './transaction';
import { checkTransaction } from './tx-check';
import { checkSignatures, checkTxInputs, spentCoins } from './tx-inputs';
import type { Block } from './block';
import type { Coin, CoinSource } from './utxo-set';
import type { ConsensusParams } from './params';

export interface MempoolEntry {
  readonly tx: Transaction;
  readonly txid: string;
  readonly fee: number;
  /** Encoded size in bytes. */
  readonly size: number;
  /** Fee per byte (base units / byte); a ratio for ordering and display only. */
  readonly feeRate: number;
  /** Arrival order, for stable ordering and first-seen rules. */
  readonly seq: number;
  /** Virtual or real unix seconds when it entered the pool. */
  readonly time: number;
}

export type MempoolRemovalReason = 'confirmed' | 'conflict' | 'invalid' | 'evicted' | 'replaced-by-reorg';

export interface MempoolRemoval {
  readonly txid: string;
  readonly reason: MempoolRemovalReason;
  /** A conflict: the chain's transaction that spent one of the same coins (the double spend that won). */
  readonly lostTo?: string;
  /** A conflict: the removed transaction whose output this one spent (it goes with its parent). */
  readonly parent?: string;
}

export interface MempoolOptions {
  /** Pool size limit in bytes (Core's -maxmempool, scaled down). */
  readonly maxBytes?: number;
}

/** Height pool transactions are treated as having, like Core's MEMPOOL_HEIGHT. */
export const MEMPOOL_HEIGHT = 0x7fffffff;

export class Mempool {
  private readonly byId = new Map<string, MempoolEntry>();
  /** outpoint key -> txid of the pool transaction spending it. */
  private readonly spends = new Map<string, string>();
  private seq = 0;
  private bytes = 0;
  private readonly floor = new MempoolFloor();
  readonly maxBytes: number;

  constructor(private readonly params: ConsensusParams, options: MempoolOptions = {}) {
    this.maxBytes = options.maxBytes ?? params.maxBlockSize * 20;
  }

  get size(): number {
    return this.byId.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): MempoolEntry | undefined {
    return this.byId.get(id);
  }

  /** The fee rate (units per byte) a new transaction must pay at node time `now`: 0 until a full pool evicted. */
  minFeeRate(now: number): number {
    return this.floor.current(now, this.bytes / this.maxBytes);
  }

  /** Entries in arrival order. */
  entries(): MempoolEntry[] {
    return [...this.byId.values()].sort((a, b) => a.seq - b.seq);
  }

  /** The pool transaction spending this outpoint, if any. */
  spenderOf(key: string): string | undefined {
    return this.spends.get(key);
  }

  /** Chain coins plus unconfirmed pool outputs, minus coins the pool already spends. */
  coinsWithPool(chain: CoinSource): CoinSource {
    return {
      getCoin: (key: string): Coin | undefined => {
        if (this.spends.has(key)) return undefined;
        const chainCoin = chain.getCoin(key);
        if (chainCoin) return chainCoin;
        const sep = key.lastIndexOf(':');
        const parent = this.byId.get(key.slice(0, sep));
        const out = parent?.tx.outputs[Number(key.slice(sep + 1))];
        return out ? { amount: out.amount, address: out.address, height: MEMPOOL_HEIGHT, coinbase: false } : undefined;
      },
    };
  }

  /**
   * Validates `tx` against the chain coins (for a block at tipHeight + 1) and the
   * pool; adds it or throws a ValidationError. Nothing changes on a throw.
   * Entries pushed out to make room are appended to `evicted`.
   */
  accept(tx: Transaction, chain: CoinSource, tipHeight: number, now: number, evicted: MempoolRemoval[] = []): MempoolEntry {
    const id = txid(tx);
    if (this.byId.has(id)) reject('txn-already-in-mempool', id);
    if (isCoinbase(tx)) reject('txn-coinbase');
    checkTransaction(tx, this.params);
    for (let vout = 0; vout < tx.outputs.length; vout++) {
      if (chain.getCoin(outpointKey(id, vout))) reject('txn-already-known', id);
    }
    tx.inputs.forEach((input, i) => {
      const key = outpointKey(input.prevTxid, input.vout);
      const spender = this.spends.get(key);
      if (spender) reject('txn-mempool-conflict', rejectDetail('poolConflict', { input: i, coin: key.slice(0, 16), vout: input.vout, spender: spender.slice(0, 16) }));
    });
    const spent = spentCoins(tx, this.coinsWithPool(chain)).map((c) =>
      // An unconfirmed parent's output is a normal coin; maturity only concerns chain coinbases.
      c.height === MEMPOOL_HEIGHT ? { ...c, height: tipHeight + 1 } : c,
    );
    const fee = checkTxInputs(tx, spent, tipHeight + 1, this.params);
    checkSignatures(tx, spent, this.params);

    const size = txSize(tx);
    const feeRate = fee / size;
    const floor = this.minFeeRate(now);
    if (feeRate < floor) reject('mempool-min-fee-not-met', rejectDetail('feeBelowFloor', { rate: feeRate.toFixed(2), floor: floor.toFixed(2) }));
    // Decide every eviction before changing anything, so a refusal leaves the pool as it was.
    const evictions = this.bytes + size > this.maxBytes ? this.packagesToEvict(tx, feeRate, this.bytes + size - this.maxBytes) : [];
    const entry: MempoolEntry = { tx, txid: id, fee, size, feeRate, seq: this.seq++, time: now };
    this.insert(entry);
    for (const p of evictions) {
      if (!this.byId.has(p.txid)) continue;
      this.removeWithDescendants(p.txid, 'evicted', evicted);
      this.floor.packageEvicted(p.rate, now);
    }
    return entry;
  }

  /**
   * Packages to evict, lowest descendant score first, freeing at least `needed` bytes for
   * a newcomer paying `feeRate`. Throws mempool-full when that would mean evicting a
   * package scoring at least as well as the newcomer, or one of its own parents.
   */
  private packagesToEvict(tx: Transaction, feeRate: number, needed: number): { txid: string; rate: number }[] {
    const parents = new Set(tx.inputs.map((i) => i.prevTxid).filter((p) => this.byId.has(p)));
    const packages = [...this.byId.values()].map((e) => this.packageOf(e)).sort((a, b) => a.score - b.score || b.seq - a.seq);
    const chosen: { txid: string; rate: number }[] = [];
    const gone = new Set<string>();
    let freed = 0;
    for (const p of packages) {
      if (freed >= needed) break;
      if (gone.has(p.txid)) continue;
      if (p.score >= feeRate || p.members.some((m) => parents.has(m))) break;
      for (const m of p.members) {
        if (gone.has(m)) continue;
        gone.add(m);
        freed += this.byId.get(m)!.size;
      }
      chosen.push({ txid: p.txid, rate: p.rate });
    }
    if (freed < needed) reject('mempool-full', rejectDetail('feeNotAboveLowest', { rate: feeRate.toFixed(2) }));
    return chosen;
  }

  /** A transaction with its pool descendants: their fee rate, and Core's descendant score. */
  private packageOf(e: MempoolEntry): { txid: string; members: string[]; rate: number; score: number; seq: number } {
    const members = [e.txid];
    let fee = 0;
    let size = 0;
    for (let i = 0; i < members.length; i++) {
      const m = this.byId.get(members[i]!)!;
      fee += m.fee;
      size += m.size;
      m.tx.outputs.forEach((_, vout) => {
        const child = this.spends.get(outpointKey(m.txid, vout));
        if (child && !members.includes(child)) members.push(child);
      });
    }
    const rate = fee / size;
    return { txid: e.txid, members, rate, score: Math.max(e.feeRate, rate), seq: e.seq };
  }

  private insert(entry: MempoolEntry): void {
    this.byId.set(entry.txid, entry);
    this.bytes += entry.size;
    for (const input of entry.tx.inputs) this.spends.set(outpointKey(input.prevTxid, input.vout), entry.txid);
  }

  /** Removes a transaction and every pool transaction that spends its outputs (`why` names what it lost to). */
  removeWithDescendants(id: string, reason: MempoolRemovalReason, removed: MempoolRemoval[] = [], why: { lostTo?: string; parent?: string } = {}): MempoolRemoval[] {
    const entry = this.byId.get(id);
    if (!entry) return removed;
    this.byId.delete(id);
    this.bytes -= entry.size;
    for (const input of entry.tx.inputs) {
      const key = outpointKey(input.prevTxid, input.vout);
      if (this.spends.get(key) === id) this.spends.delete(key);
    }
    removed.push({ txid: id, reason, ...why });
    for (let vout = 0; vout < entry.tx.outputs.length; vout++) {
      const child = this.spends.get(outpointKey(id, vout));
      if (child) this.removeWithDescendants(child, reason, removed, why.lostTo !== undefined ? { lostTo: why.lostTo, parent: id } : {});
    }
    return removed;
  }

  /** After a block connects: drop what it confirmed and what now conflicts with it (Core's removeForBlock). */
  removeForBlock(block: Block): MempoolRemoval[] {
    this.floor.blockConnected();
    const removed: MempoolRemoval[] = [];
    for (const tx of block.txs) {
      const id = txid(tx);
      const entry = this.byId.get(id);
      if (entry) {
        // Confirmed: remove only this one; its children stay (their parent is now a chain coin).
        this.byId.delete(id);
        this.bytes -= entry.size;
        for (const input of entry.tx.inputs) {
          const key = outpointKey(input.prevTxid, input.vout);
          if (this.spends.get(key) === id) this.spends.delete(key);
        }
        removed.push({ txid: id, reason: 'confirmed' });
      }
    }
    for (const tx of block.txs) {
      if (isCoinbase(tx)) continue;
      for (const input of tx.inputs) {
        const spender = this.spends.get(outpointKey(input.prevTxid, input.vout));
        if (spender) this.removeWithDescendants(spender, 'conflict', removed, { lostTo: txid(tx) });
      }
    }
    return removed;
  }

  /** Empties the pool and returns what it held, in arrival order. */
  drain(): MempoolEntry[] {
    const all = this.entries();
    this.byId.clear();
    this.spends.clear();
    this.bytes = 0;
    return all;
  }

  /**
   * Transactions for a block: highest fee rate first, a child only after its
   * parents, within `maxBytes` and at most `maxTxs` transactions.
   */
  selectForBlock(maxBytes: number, maxTxs = Infinity): MempoolEntry[] {
    const sorted = [...this.byId.values()].sort((a, b) => b.feeRate - a.feeRate || a.seq - b.seq);
    const chosen: MempoolEntry[] = [];
    const included = new Set<string>();
    let bytes = 0;
    let fees = 0;
    let progress = true;
    while (progress && chosen.length < maxTxs) {
      progress = false;
      for (const e of sorted) {
        if (chosen.length >= maxTxs) break;
        if (included.has(e.txid) || bytes + e.size > maxBytes) continue;
        // A block whose fees leave the money range is invalid (bad-txns-accumulated-fee-outofrange).
        if (!moneyRange(fees + e.fee)) continue;
        const parentsReady = e.tx.inputs.every((i) => !this.byId.has(i.prevTxid) || included.has(i.prevTxid));
        if (!parentsReady) continue;
        chosen.push(e);
        included.add(e.txid);
        bytes += e.size;
        fees += e.fee;
        progress = true;
        // Restart so a newly unlocked child competes by its own fee rate.
        break;
      }
    }
    return chosen;
  }
}
