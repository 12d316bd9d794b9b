/**
 * The small simulated networks of lessons 4, 9 and 10: a few real nodes of
 * src/sim (each its own chain, pool and peers; blocks travel as messages with
 * latency) on an easy fixed target (10 zero bits unless a lesson asks for
 * another), so the lesson's history is mined in a few milliseconds when it
 * opens, yet a changed block still fails its proof of work (1,023 times in
 * 1,024). Everything follows from the seed.
 *
 * The lessons run the network to rest after each action (runUntilIdle), which
 * keeps replays exact; the messages of that run are kept so the picture can
 * play them back at a watchable speed.
 */
import { CLASSROOM_PARAMS, createWallet, hashOfBlock, type Block, type BlockTemplate, type ConsensusParams, type Wallet } from '../../core/index';
import { Network, type MessageEvent, type NodeLogEntry } from '../../sim/index';

/** Target 0x3fffff·2^224: a valid hash starts with 10 zero bits (about 1,024 tries). */
export const TEN_ZERO_BITS = 0x1f3fffff;
/** Target 0xffff·2^232: 8 zero bits (about 256 tries), for runs of many blocks. */
export const EIGHT_ZERO_BITS = 0x2000ffff;

/** The lesson networks' consensus: the classroom chain's, at a fixed target (no retargeting). */
export function lessonNetworkParams(bits = TEN_ZERO_BITS): ConsensusParams {
  return Object.freeze({ ...CLASSROOM_PARAMS, name: 'lesson network', genesisBits: bits, retargetInterval: 0, coinbaseMaturity: 1 });
}

export const LESSON_EPOCH = 1_700_000_000;

export interface LessonNode {
  readonly id: string;
  readonly label: string;
}

export interface LessonNetworkOptions {
  readonly seed: string;
  readonly nodes: readonly LessonNode[];
  readonly links: readonly (readonly [string, string])[];
  /** Blocks of history: who mines each and the note in its coinbase. */
  readonly history: readonly { readonly node: string; readonly note: string }[];
  /** Wallet labels (seeded); the first is paid by genesis. */
  readonly wallets: readonly string[];
  /** The fixed target (default TEN_ZERO_BITS). */
  readonly bits?: number;
}

/** A message as the picture replays it (virtual ms). */
export type Flight = MessageEvent;

export class LessonNetwork {
  readonly network: Network;
  readonly wallets: readonly Wallet[];
  /** Messages of the last run, for the picture. */
  flights: Flight[] = [];
  /** Log lines of every node, oldest first (the last 200). */
  readonly logs: NodeLogEntry[] = [];

  constructor(o: LessonNetworkOptions) {
    this.wallets = o.wallets.map((label, index) => createWallet({ label, seed: `${o.seed}/lesson network`, index }));
    this.network = new Network({
      params: lessonNetworkParams(o.bits),
      seed: o.seed,
      genesisAddress: this.wallets[0]!.address,
      epochSeconds: LESSON_EPOCH,
      links: { latencyMs: 300, jitterMs: 100, loss: 0 },
    });
    for (const n of o.nodes) this.network.addNode({ id: n.id, label: n.label });
    for (const [a, b] of o.links) this.network.registerPeers(a, b);
    this.network.on('message', (e) => {
      if (e.phase === 'sent') this.flights.push(e);
    });
    this.network.on('log', (e) => {
      this.logs.push(e);
      if (this.logs.length > 200) this.logs.shift();
    });
    this.settle();
    for (const h of o.history) {
      this.network.mine(h.node, { minerAddress: this.wallets[0]!.address, message: h.note });
      this.settle();
    }
    this.flights = [];
  }

  /** Delivers every message in flight (deterministic: the seed fixes every latency). */
  settle(): void {
    this.network.runUntilIdle(100_000);
  }

  /** Starts collecting the messages of a new action. */
  beginAction(): void {
    this.flights = [];
  }

  /** The template a node would mine now (its tip, its pool), paying `address`; its coinbase note names the node. */
  template(nodeId: string, address = this.wallets[0]!.address): BlockTemplate {
    const node = this.network.node(nodeId);
    return node.blockTemplate({ minerAddress: address, message: node.label });
  }

  /** A block found for template(nodeId) with this nonce: submitted to the node and gossiped. Returns the node's verdict. */
  submitMined(nodeId: string, nonce: number, address?: string): { hash: string; accepted: boolean; code?: string; message?: string } {
    const t = this.template(nodeId, address);
    const block: Block = { header: { ...t.block.header, nonce }, txs: t.block.txs };
    const r = this.network.submitBlock(nodeId, block);
    this.settle();
    return { hash: hashOfBlock(block), accepted: r.status === 'active' || r.status === 'side-branch', code: r.code, message: r.message };
  }

  tips(): Map<string, string> {
    return new Map(this.network.nodes().map((n) => [n.id, n.chain.tip.hash]));
  }

  /** True when every node has the same tip. */
  agreed(): boolean {
    return new Set(this.tips().values()).size === 1;
  }
}
