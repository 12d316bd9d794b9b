/**
 * A node's side of the peer-to-peer protocol (Bitcoin Core's net_processing,
 * much simplified but the same shape):
 *
 * - Connect (new peer, or a link healed after a partition): send getheaders
 *   with a block locator and announce the pool's transactions.
 * - Headers-first download: a headers reply is checked (links up, proof of
 *   work) and the missing blocks are requested with getdata, at most 16 in
 *   flight per peer; a full reply (2000) asks for more once those arrived.
 *   A block that does not arrive in time is asked for elsewhere.
 * - New blocks on the active chain are relayed to peers that do not have them:
 *   pushed whole ('push') or announced by inv ('inv'), never during initial
 *   block download and never when rejected.
 * - Transactions are announced by inv, fetched by getdata, validated, and
 *   relayed only when accepted (tx-relay.ts, with the orphan transactions).
 * - A block whose parent is unknown is kept as an orphan by core and triggers
 *   a getheaders to the sender, which fills the gap.
 * - A peer that sends invalid blocks or transactions, malformed or unrequested
 *   messages collects misbehaviour points (misbehavior.ts); at the threshold it
 *   is disconnected and ignored until its ban ends, then reconnected.
 */
import {
  blockHash, checkProofOfWork, hashOfBlock, headerHashBytes, txid,
  type Block, type BlockHeader, type Transaction,
} from '../core/index';
import { MAX_BLOCKS_IN_FLIGHT_PER_PEER, MAX_HEADERS, type InvItem, type Message } from './messages';
import type { NodeTimer } from './node-host';
import { IbdTracker } from './ibd';
import { blockLocator } from './block-locator';
import { shortHash, type ProtocolNode } from './protocol-node';
import { messageProblem } from './message-check';
import { PENALTY, blockPenalty, type PeerScore } from './misbehavior';
import { PeerBans } from './peer-bans';
import { TxRelay } from './tx-relay';

const KNOWN_LIMIT = 20_000;
const MEMPOOL_ANNOUNCE_LIMIT = 1_000;

export class PeerProtocol {
  /** Per peer: hashes it has or was told about (Core's filterInventoryKnown). */
  private readonly known = new Map<string, Set<string>>();
  private readonly blocksInFlight = new Map<string, { peer: string; at: number }>();
  /** Per peer: block hashes learnt from its headers, still to be requested from it, in chain order. */
  private readonly downloadQueue = new Map<string, string[]>();
  private readonly queued = new Set<string>();
  private readonly moreHeaders = new Set<string>();
  private readonly ibd: IbdTracker;
  readonly txs: TxRelay;
  private readonly bans: PeerBans;

  constructor(private readonly node: ProtocolNode) {
    this.ibd = new IbdTracker(node);
    this.bans = new PeerBans({ node, disconnect: (peer) => this.onDisconnect(peer), reconnect: (peer) => this.onConnect(peer) });
    this.txs = new TxRelay({ node, send: (peer, m) => this.send(peer, m), penalize: (peer, points, why) => this.penalize(peer, points, why) });
  }

  private get chain() {
    return this.node.chain;
  }

  private get host() {
    return this.node.host;
  }

  // --- connections -----------------------------------------------------------------

  /** A connection opened (new peer, or a link reconnected after a partition healed). */
  onConnect(peer: string): void {
    // A new connection starts with an empty inventory filter (what was sent over a cut link never arrived).
    this.known.set(peer, new Set());
    this.send(peer, { type: 'getheaders', locator: this.locator() });
    const pool = this.chain.mempool.entries().slice(0, MEMPOOL_ANNOUNCE_LIMIT);
    if (pool.length > 0) this.sendInv(peer, pool.map((e) => ({ kind: 'tx' as const, hash: e.txid })));
  }

  /** A connection closed (peer removed or unregistered): forget it and fetch what it owed from others. */
  onDisconnect(peer: string): void {
    this.known.delete(peer);
    this.moreHeaders.delete(peer);
    let owed = 0;
    for (const h of this.downloadQueue.get(peer) ?? []) {
      this.queued.delete(h);
      owed++;
    }
    this.downloadQueue.delete(peer);
    for (const [h, r] of this.blocksInFlight) {
      if (r.peer === peer) {
        this.blocksInFlight.delete(h);
        owed++;
      }
    }
    this.txs.disconnected(peer);
    if (owed > 0) this.resyncFromAnotherPeer(peer);
  }

  // --- misbehaviour (peer-bans.ts) ---------------------------------------------------

  private penalize(peer: string, points: number, why: string): void {
    this.bans.penalize(peer, points, why);
  }

  /** True while `peer` is banned: nothing is sent to it and what it sends is ignored. */
  isBanned(peer: string): boolean {
    return this.bans.isBanned(peer);
  }

  /** Forgets a peer's score and ban now (Core's `setban <ip> remove`); false when it had none. */
  liftBan(peer: string): boolean {
    return this.bans.lift(peer);
  }

  /** Peers with misbehaviour points (for views and getNodes()). */
  misbehavior(): PeerScore[] {
    return this.bans.list();
  }

  /** Orphan transactions waiting for a parent. */
  orphanTxCount(): number {
    return this.txs.orphans.size;
  }

  /** A transaction entered this node's pool (from anywhere): announce it, and let its waiting children in. */
  transactionAccepted(id: string, from?: string): void {
    this.announceTransactions([id], from);
    this.txs.accepted(id);
  }

  /** Starts tracking initial block download (a node joining a running network). */
  startIbd(): void {
    this.ibd.start();
  }

  get inIbd(): boolean {
    return this.ibd.active;
  }

  /** Blocks requested and not yet received (for views and tests). */
  blocksInFlightCount(): number {
    return this.blocksInFlight.size;
  }

  // --- outgoing ----------------------------------------------------------------------

  private knownBy(peer: string): Set<string> {
    let set = this.known.get(peer);
    if (!set) this.known.set(peer, (set = new Set()));
    return set;
  }

  private markKnown(peer: string, hash: string): void {
    const set = this.knownBy(peer);
    set.add(hash);
    if (set.size > KNOWN_LIMIT) {
      const excess = set.size - KNOWN_LIMIT;
      let i = 0;
      for (const h of set) {
        if (i++ >= excess) break;
        set.delete(h);
      }
    }
  }

  private send(peer: string, message: Message): void {
    if (this.isBanned(peer)) return;
    if (message.type === 'block') this.markKnown(peer, hashOfBlock(message.block));
    else if (message.type === 'tx') this.markKnown(peer, txid(message.tx));
    else if (message.type === 'inv') for (const i of message.items) this.markKnown(peer, i.hash);
    this.host.send(this.node.id, peer, message);
  }

  private sendInv(peer: string, items: InvItem[]): void {
    const fresh = items.filter((i) => !this.knownBy(peer).has(i.hash));
    if (fresh.length > 0) this.send(peer, { type: 'inv', items: fresh });
  }

  /** Core's block locator over the active chain (block-locator.ts). */
  locator(): string[] {
    return blockLocator(this.chain);
  }

  /** Relays blocks newly connected to the active chain (oldest first); `tooMany`: announce only the tip. */
  onTipChanged(connected: readonly string[], tooMany: boolean): void {
    if (this.inIbd || connected.length === 0 || this.node.withholding) return;
    for (const peer of this.node.peerList()) {
      const known = this.knownBy(peer);
      if (tooMany || this.host.blockRelay === 'inv') {
        const hashes = tooMany ? [connected[connected.length - 1]!] : connected;
        this.sendInv(peer, hashes.map((hash) => ({ kind: 'block' as const, hash })));
      } else {
        for (const hash of connected) {
          if (known.has(hash)) continue;
          const block = this.chain.getBlock(hash);
          if (block) this.send(peer, { type: 'block', block });
        }
      }
    }
  }

  /** Sends blocks whole to every peer not known to have them (a withholding node publishing). */
  pushBlocks(hashes: readonly string[]): void {
    for (const peer of this.node.peerList()) {
      const known = this.knownBy(peer);
      for (const hash of hashes) {
        if (known.has(hash)) continue;
        const block = this.chain.getBlock(hash);
        if (block) this.send(peer, { type: 'block', block });
      }
    }
  }

  /** Announces accepted transactions to every peer that does not know them (except the one they came from). */
  announceTransactions(ids: readonly string[], except?: string): void {
    if (ids.length === 0) return;
    for (const peer of this.node.peerList()) {
      if (peer === except) continue;
      this.sendInv(peer, ids.map((hash) => ({ kind: 'tx' as const, hash })));
    }
  }

  // --- incoming ----------------------------------------------------------------------

  handle(from: string, m: Message): void {
    if (this.isBanned(from)) return;
    const problem = messageProblem(m);
    if (problem) return this.penalize(from, PENALTY.malformed, `malformed ${typeof m?.type === 'string' ? m.type.slice(0, 20) : ''} message: ${problem}`);
    switch (m.type) {
      case 'inv':
        return this.onInv(from, m.items);
      case 'getdata':
        return this.onGetdata(from, m.items);
      case 'notfound':
        return this.onNotfound(from, m.items);
      case 'block':
        return this.onBlock(from, m.block);
      case 'tx':
        return this.onTx(from, m.tx);
      case 'getheaders':
        return this.onGetheaders(from, m.locator);
      case 'headers':
        return this.onHeaders(from, m.headers);
    }
  }

  private hasBlock(hash: string): boolean {
    return this.chain.tree.has(hash) || this.chain.tree.hasOrphan(hash);
  }

  private onInv(from: string, items: readonly InvItem[]): void {
    const limit = this.host.limits.maxInvItems;
    if (items.length > limit) return this.penalize(from, PENALTY.malformed, `inv with ${items.length} items (at most ${limit})`);
    const blocks: string[] = [];
    for (const item of items) {
      this.markKnown(from, item.hash);
      if (item.kind === 'block' && !this.hasBlock(item.hash) && !this.chain.rejectionOf(item.hash) && !this.blocksInFlight.has(item.hash)) blocks.push(item.hash);
    }
    const txs = this.txs.wanted(from, items.filter((i) => i.kind === 'tx'));
    if (blocks.length > 0) this.requestBlocks(from, blocks);
    if (txs.length > 0) this.send(from, { type: 'getdata', items: txs });
  }

  private onGetdata(from: string, items: readonly InvItem[]): void {
    const missing: InvItem[] = [];
    for (const item of items) {
      if (item.kind === 'block') {
        const block = this.node.servedBlock(item.hash);
        if (block) this.send(from, { type: 'block', block });
        else missing.push(item);
      } else {
        const entry = this.chain.mempool.get(item.hash);
        if (entry) this.send(from, { type: 'tx', tx: entry.tx });
        else missing.push(item);
      }
    }
    if (missing.length > 0) this.send(from, { type: 'notfound', items: missing });
  }

  private onNotfound(from: string, items: readonly InvItem[]): void {
    for (const item of items) {
      if (item.kind === 'block') {
        if (this.blocksInFlight.get(item.hash)?.peer === from) this.blocksInFlight.delete(item.hash);
      } else {
        this.txs.notfound(from, item.hash);
      }
    }
    this.afterDownload(from);
  }

  private onBlock(from: string, block: Block): void {
    let hash: string | undefined;
    try {
      hash = hashOfBlock(block);
    } catch {
      hash = undefined; // undecodable: processBlock reports bad-encoding
    }
    if (hash) {
      this.markKnown(from, hash);
      this.blocksInFlight.delete(hash);
    }
    const result = this.node.processBlock(block, { peer: from, cause: 'block' });
    if (result.status === 'rejected') this.penalize(from, blockPenalty(result.code), `invalid block ${shortHash(result.hash)}: ${result.code}`);
    if (result.status === 'orphan') {
      const parent = block.header.prevHash;
      if (!this.blocksInFlight.has(parent) && !this.queued.has(parent)) this.send(from, { type: 'getheaders', locator: this.locator() });
    }
    this.afterDownload(from);
  }

  private onTx(from: string, tx: Transaction): void {
    try {
      this.markKnown(from, txid(tx));
    } catch {
      // undecodable: the relay refuses it and penalises the sender
    }
    this.txs.received(from, tx);
  }

  private onGetheaders(from: string, locator: readonly string[]): void {
    const served = this.node.isServingCraftedChain ? this.node.servedChain() : undefined;
    const headers: BlockHeader[] = [];
    if (served) {
      const index = new Map(served.map((b, i) => [hashOfBlock(b), i]));
      const fork = locator.map((h) => index.get(h)).find((i) => i !== undefined) ?? 0;
      for (let i = fork + 1; i < served.length && headers.length < MAX_HEADERS; i++) headers.push(served[i]!.header);
    } else {
      const forkHash = locator.find((h) => this.chain.isActive(h));
      const fork = forkHash ? this.chain.tree.get(forkHash)!.height : 0;
      for (let h = fork + 1; h <= this.chain.height && headers.length < MAX_HEADERS; h++) {
        const entry = this.chain.entryAt(h)!;
        if (this.node.isWithheld(entry.hash)) break;
        headers.push(entry.header);
      }
    }
    this.send(from, { type: 'headers', headers });
  }

  private onHeaders(from: string, headers: readonly BlockHeader[]): void {
    if (headers.length === 0) {
      this.moreHeaders.delete(from);
      this.ibd.progress(this.downloading());
      return;
    }
    const params = this.host.params;
    const first = headers[0]!;
    const anchor = this.chain.tree.get(first.prevHash);
    if (!anchor) {
      this.node.addLog('warn', 'block-rejected', `headers from ${from} do not connect to any block this node knows`, { peer: from, code: 'prev-blk-not-found' });
      return;
    }
    let prev = first.prevHash;
    let count = 0;
    for (const header of headers) {
      let hash: string;
      try {
        hash = blockHash(header);
      } catch {
        this.node.addLog('warn', 'block-rejected', `undecodable header from ${from}`, { peer: from, code: 'bad-encoding' });
        this.penalize(from, PENALTY.malformed, 'undecodable header');
        break;
      }
      if (header.prevHash !== prev) {
        this.node.addLog('warn', 'block-rejected', `headers from ${from} are not a chain at ${shortHash(hash)}`, { peer: from, hash, code: 'bad-prevblk' });
        this.penalize(from, PENALTY.malformed, 'headers that are not a chain');
        break;
      }
      if (!checkProofOfWork(headerHashBytes(header), header.bits, params.powLimitBits)) {
        this.node.addLog('warn', 'block-rejected', `header ${shortHash(hash)} from ${from} has no valid proof of work: high-hash`, { peer: from, hash, code: 'high-hash' });
        this.penalize(from, PENALTY.invalidHeader, `header ${shortHash(hash)} without proof of work`);
        break;
      }
      count++;
      prev = hash;
      if (this.hasBlock(hash) || this.blocksInFlight.has(hash) || this.queued.has(hash) || this.chain.rejectionOf(hash)) continue;
      let queue = this.downloadQueue.get(from);
      if (!queue) this.downloadQueue.set(from, (queue = []));
      queue.push(hash);
      this.queued.add(hash);
    }
    const lastHeight = anchor.height + count;
    this.ibd.headersUpTo(lastHeight, from);
    if (headers.length === MAX_HEADERS && count === headers.length) this.moreHeaders.add(from);
    this.afterDownload(from);
  }

  // --- downloads -----------------------------------------------------------------------

  private requestBlocks(peer: string, hashes: string[]): void {
    const at = this.host.now();
    for (const h of hashes) this.blocksInFlight.set(h, { peer, at });
    this.send(peer, { type: 'getdata', items: hashes.map((hash) => ({ kind: 'block' as const, hash })) });
    this.host.setTimer(this.node.id, this.host.blockRequestTimeoutMs, { type: 'block-request', peer, hashes, requestedAt: at });
  }

  private fillRequests(peer: string): void {
    const queue = this.downloadQueue.get(peer);
    if (!queue || queue.length === 0) return;
    let inFlight = 0;
    for (const r of this.blocksInFlight.values()) if (r.peer === peer) inFlight++;
    const batch: string[] = [];
    while (queue.length > 0 && inFlight + batch.length < MAX_BLOCKS_IN_FLIGHT_PER_PEER) {
      const h = queue.shift()!;
      this.queued.delete(h);
      if (this.hasBlock(h) || this.blocksInFlight.has(h)) continue;
      batch.push(h);
    }
    if (queue.length === 0) this.downloadQueue.delete(peer);
    if (batch.length > 0) this.requestBlocks(peer, batch);
  }

  private afterDownload(peer: string): void {
    this.fillRequests(peer);
    const idle = !this.downloadQueue.has(peer) && ![...this.blocksInFlight.values()].some((r) => r.peer === peer);
    if (idle && this.moreHeaders.delete(peer)) this.send(peer, { type: 'getheaders', locator: this.locator() });
    this.ibd.progress(this.downloading());
  }

  private downloading(): boolean {
    return this.blocksInFlight.size > 0 || this.downloadQueue.size > 0 || this.moreHeaders.size > 0;
  }

  onTimer(timer: NodeTimer): void {
    if (timer.type === 'unban') return this.bans.ended(timer.peer);
    let expired = 0;
    for (const h of timer.hashes) {
      const r = this.blocksInFlight.get(h);
      if (r && r.peer === timer.peer && r.at === timer.requestedAt) {
        this.blocksInFlight.delete(h);
        expired++;
      }
    }
    if (expired === 0) return;
    this.node.addLog('warn', 'request-timeout', `${expired} block(s) requested from ${timer.peer} did not arrive in time`, { peer: timer.peer });
    for (const h of this.downloadQueue.get(timer.peer) ?? []) this.queued.delete(h);
    this.downloadQueue.delete(timer.peer);
    this.moreHeaders.delete(timer.peer);
    this.resyncFromAnotherPeer(timer.peer);
  }

  /**
   * Asks a reachable peer (another one when possible) for headers after our tip, and
   * the failed peer too while it is reachable: a lost message is no proof that it
   * lacks the blocks, and it may be the only peer that has them.
   */
  private resyncFromAnotherPeer(failed: string): void {
    const reachable = this.node.peerList().filter((p) => this.host.canReach(this.node.id, p));
    const peer = reachable.find((p) => p !== failed) ?? reachable[0];
    if (peer) this.send(peer, { type: 'getheaders', locator: this.locator() });
    if (peer !== failed && reachable.includes(failed)) this.send(failed, { type: 'getheaders', locator: this.locator() });
  }
}
