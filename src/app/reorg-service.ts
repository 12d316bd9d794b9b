/**
 * Reorgs as a class should hear of them: every time a node switches branch,
 * one report says which blocks went and came, how deep, which payments went
 * back to the pool and which were reversed, each reversed payment with the
 * transaction it lost to (the double spend that won) and the block holding
 * it. Reports are kept for the page session (newest last) and announced as a
 * 'reorg' app event; a new state (reset, import, reload) starts over.
 */
import { addressFromPublicKey, hexToBytes, txid as txidOf, type Blockchain, type LostTx, type ReorgInfo, type Transaction } from '../core/index';
import type { ChainDeltaEvent } from '../sim/index';
import type { AppEvents } from './app-events';
import { PocketError } from './errors';
import type { NodeService } from './node-service';

const KEEP = 50;

/** Who paid whom in a transaction: the sender (from its first input's key) and what went to others. */
export interface PaymentSummary {
  readonly txid: string;
  /** The sender's address; null when the key does not give one. */
  readonly from: string | null;
  /** The first address paid other than the sender (the sender itself for a payment to oneself). */
  readonly to: string | null;
  /** Base units paid to addresses other than the sender. */
  readonly amount: number;
}

export interface ReversedPayment extends PaymentSummary {
  /** The block of the old branch that held it; null for a payment that was only waiting in the pool. */
  readonly block: { readonly hash: string; readonly height: number } | null;
  /** The double spend that won: its payment and the block of the new chain that holds it. */
  readonly lostTo?: PaymentSummary & { readonly block: { readonly hash: string; readonly height: number } | null };
  /** A reversed transaction whose coin it spent (it falls with it). */
  readonly parent?: string;
}

export interface ReorgReport {
  /** Increases by one per report in the session. */
  readonly seq: number;
  readonly nodeId: string;
  /** Virtual time in ms. */
  readonly time: number;
  /** Blocks disconnected. */
  readonly depth: number;
  readonly fork: { readonly hash: string; readonly height: number };
  readonly disconnected: readonly { readonly hash: string; readonly height: number }[];
  readonly connected: readonly { readonly hash: string; readonly height: number }[];
  /** Transactions of the old branch back in the pool. */
  readonly returned: readonly string[];
  /** Transactions of the old branch that the new one confirmed too, with their new block. */
  readonly reconfirmed: readonly { readonly txid: string; readonly block: { readonly hash: string; readonly height: number } }[];
  readonly reversed: readonly ReversedPayment[];
}

export class ReorgService {
  private list: ReorgReport[] = [];
  private seq = 0;

  constructor(
    private readonly nodes: NodeService,
    private readonly events: AppEvents,
  ) {
    events.on('chain-delta', (e) => this.onDelta(e));
    events.on('changed', ({ topics }) => {
      if (topics.includes('state')) this.list = [];
    });
  }

  /** The reports of this session, oldest first; of one node when `nodeId` is given. */
  reports(nodeId?: string): ReorgReport[] {
    if (nodeId !== undefined && (typeof nodeId !== 'string' || !this.nodes.network.hasNode(nodeId))) {
      throw new PocketError('unknown-node', `There is no node "${String(nodeId)}".`, 'nodeId');
    }
    return nodeId === undefined ? [...this.list] : this.list.filter((r) => r.nodeId === nodeId);
  }

  private onDelta(e: ChainDeltaEvent): void {
    const reorg = e.delta.reorg;
    if (!reorg || reorg.disconnected.length === 0 || !this.nodes.network.hasNode(e.nodeId)) return;
    const report = reorgReport(++this.seq, e.nodeId, e.time, reorg, this.nodes.network.node(e.nodeId).chain);
    this.list = [...this.list.slice(-(KEEP - 1)), report];
    this.events.emit('reorg', report);
  }
}

/** One node's reorg in words and numbers (pure: the node's chain after the switch). */
export function reorgReport(seq: number, nodeId: string, time: number, reorg: ReorgInfo, chain: Blockchain): ReorgReport {
  const at = (hash: string) => ({ hash, height: chain.tree.get(hash)?.height ?? -1 });
  const version = chain.params.addressVersion;
  // The old branch's block that held a transaction (none for one that was only waiting in the pool).
  const blockOf = (id: string): string | null => reorg.disconnected.find((hash) => chain.getBlock(hash)?.txs.some((tx) => txidOf(tx) === id)) ?? null;
  const reversed = reorg.lost.map((lost): ReversedPayment => {
    const holder = blockOf(lost.txid);
    return {
      ...paymentSummary(lost.txid, lost.tx, version),
      block: holder ? at(holder) : null,
      ...winnerOf(lost, chain, version),
      ...(lost.parent ? { parent: lost.parent } : {}),
    };
  });
  return {
    seq,
    nodeId,
    time,
    depth: reorg.disconnected.length,
    fork: { hash: reorg.forkHash, height: reorg.forkHeight },
    disconnected: reorg.disconnected.map(at),
    connected: reorg.connected.map(at),
    returned: [...reorg.returnedToMempool],
    reconfirmed: reconfirmedIn(reorg, chain),
    reversed,
  };
}

/** Transactions of disconnected blocks that a connected block holds as well. */
function reconfirmedIn(reorg: ReorgInfo, chain: Blockchain): ReorgReport['reconfirmed'] {
  const old = new Set<string>();
  for (const hash of reorg.disconnected) for (const tx of chain.getBlock(hash)?.txs.slice(1) ?? []) old.add(txidOf(tx));
  const found: { txid: string; block: { hash: string; height: number } }[] = [];
  for (const hash of reorg.connected) {
    for (const tx of chain.getBlock(hash)?.txs.slice(1) ?? []) {
      const id = txidOf(tx);
      if (old.has(id)) found.push({ txid: id, block: { hash, height: chain.tree.get(hash)?.height ?? -1 } });
    }
  }
  return found;
}

function winnerOf(lost: LostTx, chain: Blockchain, version: number): Pick<ReversedPayment, 'lostTo'> {
  if (!lost.lostTo) return {};
  const block = lost.lostToBlock ? chain.getBlock(lost.lostToBlock) : undefined;
  const tx = block?.txs.find((t) => t.inputs.some((i) => lost.tx.inputs.some((j) => j.prevTxid === i.prevTxid && j.vout === i.vout)));
  const height = lost.lostToBlock ? (chain.tree.get(lost.lostToBlock)?.height ?? -1) : -1;
  const summary = tx ? paymentSummary(lost.lostTo, tx, version) : { txid: lost.lostTo, from: null, to: null, amount: 0 };
  return { lostTo: { ...summary, block: lost.lostToBlock ? { hash: lost.lostToBlock, height } : null } };
}

/** Who paid whom: the sender from the first input's public key, the rest from the outputs. */
export function paymentSummary(txid: string, tx: Transaction, addressVersion: number): PaymentSummary {
  let from: string | null = null;
  try {
    const key = tx.inputs[0]?.publicKey;
    if (key) from = addressFromPublicKey(hexToBytes(key), addressVersion);
  } catch {
    from = null;
  }
  const others = tx.outputs.filter((o) => o.address !== from);
  const to = others[0]?.address ?? from;
  const amount = (others.length > 0 ? others : tx.outputs).reduce((s, o) => s + o.amount, 0);
  return { txid, from, to, amount };
}
