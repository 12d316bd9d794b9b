/**
 * A node's transaction relay (the transaction half of Core's net_processing):
 * announced transactions are fetched once, from the first peer that announced
 * them, at most maxTxAnnouncementsPerPeer at a time per peer; recent rejects are
 * remembered so they are not fetched again (Core's m_recent_rejects); a child
 * whose parent is missing waits in the orphan pool, its parents are asked for,
 * and it is tried again when a parent enters the pool. Invalid transactions and
 * transactions or notfound replies nobody asked for cost the sender points.
 */
import { txid, type RejectCode, type Transaction } from '../core/index';
import type { InvItem, Message } from './messages';
import { OrphanTxs } from './orphan-txs';
import { PENALTY, txPenalty } from './misbehavior';
import { shortHash, type ProtocolNode } from './protocol-node';

const REJECTS_LIMIT = 1_000;
/** Per peer: txids asked of it lately, so a late or duplicated reply is not "unrequested". */
const ASKED_MEMORY = 2_000;
/**
 * Rejections not remembered by txid: missing inputs may resolve when the parent
 * arrives, and a bad signature may be a corrupted copy of a valid transaction
 * with the same txid (signatures are outside the txid; Core keys such rejects
 * by wtxid for the same reason).
 */
const NOT_REMEMBERED = new Set<RejectCode>(['txn-already-in-mempool', 'bad-txns-inputs-missingorspent', 'bad-txns-bad-signature', 'bad-txns-wrong-key']);

export interface TxRelayDeps {
  readonly node: ProtocolNode;
  send(peer: string, message: Message): void;
  penalize(peer: string, points: number, why: string): void;
}

export class TxRelay {
  private readonly requests = new Map<string, { peer: string; at: number }>();
  private readonly asked = new Map<string, Set<string>>();
  private readonly recentRejects = new Map<string, RejectCode>();
  readonly orphans = new OrphanTxs();

  constructor(private readonly d: TxRelayDeps) {}

  private get node(): ProtocolNode {
    return this.d.node;
  }

  private get limits() {
    return this.node.host.limits;
  }

  /** Which of the announced transactions to ask `from` for (and remember asking). */
  wanted(from: string, items: readonly InvItem[]): InvItem[] {
    const now = this.node.host.now();
    let outstanding = 0;
    for (const r of this.requests.values()) if (r.peer === from && now - r.at < this.node.host.blockRequestTimeoutMs) outstanding++;
    const out: InvItem[] = [];
    for (const item of items) {
      if (outstanding >= this.limits.maxTxAnnouncementsPerPeer) break; // the rest of a flood is ignored
      const asked = this.requests.get(item.hash);
      const stillWaiting = asked && now - asked.at < this.node.host.blockRequestTimeoutMs;
      if (this.node.chain.mempool.has(item.hash) || this.recentRejects.has(item.hash) || this.orphans.has(item.hash) || stillWaiting) continue;
      out.push(item);
      this.request(from, item.hash, now);
      outstanding++;
    }
    return out;
  }

  private request(peer: string, id: string, now: number): void {
    this.requests.set(id, { peer, at: now });
    let set = this.asked.get(peer);
    if (!set) this.asked.set(peer, (set = new Set()));
    set.add(id);
    if (set.size > ASKED_MEMORY) set.delete(set.values().next().value!);
  }

  private wasAsked(peer: string, id: string): boolean {
    return this.asked.get(peer)?.has(id) ?? false;
  }

  notfound(from: string, id: string): void {
    if (!this.wasAsked(from, id)) this.d.penalize(from, PENALTY.unrequested, `notfound for transaction ${shortHash(id)} that was never asked for`);
    if (this.requests.get(id)?.peer === from) this.requests.delete(id);
  }

  received(from: string, tx: Transaction): void {
    let id: string;
    try {
      id = txid(tx);
    } catch {
      const r = this.node.acceptTransaction(tx, { peer: from, cause: 'tx' }); // logs bad-encoding
      this.d.penalize(from, txPenalty(r.code), `undecodable transaction: ${r.code}`);
      return;
    }
    if (!this.wasAsked(from, id)) this.d.penalize(from, PENALTY.unrequested, `transaction ${shortHash(id)} sent without being asked for`);
    this.requests.delete(id);
    if (this.node.chain.mempool.has(id) || this.orphans.has(id)) return;
    const r = this.node.acceptTransaction(tx, { peer: from, cause: 'tx' });
    if (r.accepted) return;
    this.d.penalize(from, txPenalty(r.code), `invalid transaction ${shortHash(id)}: ${r.code}`);
    if (r.code === 'bad-txns-inputs-missingorspent' && this.keepOrphan(id, tx, from)) return;
    if (r.code && !NOT_REMEMBERED.has(r.code)) {
      this.recentRejects.set(id, r.code);
      if (this.recentRejects.size > REJECTS_LIMIT) this.recentRejects.delete(this.recentRejects.keys().next().value!);
    }
  }

  /** A child whose parent is missing: keep it and ask the sender for the parents it lacks. */
  private keepOrphan(id: string, tx: Transaction, from: string): boolean {
    const missing = [...new Set(tx.inputs.map((i) => i.prevTxid))].filter((p) => !this.node.chain.mempool.has(p) && !this.orphans.has(p));
    const unknownParents = missing.filter((p) => !tx.inputs.some((i) => i.prevTxid === p && this.node.chain.utxos.has(`${p}:${i.vout}`)));
    if (unknownParents.length === 0) return false; // spent, not missing: a plain reject
    const now = this.node.host.now();
    const dropped = this.orphans.add(id, tx, from, now, this.limits.maxOrphanTxs, this.limits.orphanTxExpiryMs);
    if (this.orphans.has(id)) this.node.addLog('info', 'tx-orphan', `transaction ${shortHash(id)} from ${from} waits for its parent (${this.orphans.size} orphan(s))`, { hash: id, peer: from });
    if (dropped.length > 0) this.node.addLog('info', 'tx-orphan', `${dropped.length} orphan transaction(s) dropped (too old, or more than ${this.limits.maxOrphanTxs})`);
    const ask = unknownParents.filter((p) => !this.requests.has(p));
    for (const p of ask) this.request(from, p, now);
    if (ask.length > 0) this.d.send(from, { type: 'getdata', items: ask.map((hash) => ({ kind: 'tx' as const, hash })) });
    return true;
  }

  /**
   * A transaction entered the pool: its waiting children may enter now. (Each child
   * accepted comes back here through the node, so grandchildren follow.)
   */
  accepted(parent: string): void {
    for (const o of this.orphans.takeChildrenOf(parent)) {
      const r = this.node.acceptTransaction(o.tx, { peer: o.from, cause: 'tx' });
      if (r.code === 'bad-txns-inputs-missingorspent') this.orphans.restore(o.id, o.tx, o.from, o.at); // another parent is still missing
    }
  }

  /**
   * Blocks entered the active chain: orphans they confirm are done (Core's
   * EraseForBlock), and orphans whose missing parent they confirm are tried again.
   * A node catching up hears of a payment before it has the block that funds it;
   * Core would drop such an orphan and wait for a rebroadcast, which never comes
   * here, so the new node's pool would stay short of its peers' for good.
   */
  blocksConnected(txids: readonly string[]): void {
    for (const id of txids) this.orphans.remove(id);
    for (const id of txids) this.accepted(id);
  }

  /** A peer went away: forget what it was asked for. */
  disconnected(peer: string): void {
    for (const [id, r] of this.requests) if (r.peer === peer) this.requests.delete(id);
    this.asked.delete(peer);
  }
}
