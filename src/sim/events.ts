/**
 * What the simulation tells the other layers, as one typed event map:
 *
 *   chain-delta       every ChainDelta of every node (storage persists each atomically)
 *   tip-changed       a node's active tip moved (with the reorg, if it switched branch)
 *   template-changed  a node's block template is stale: restart its miner
 *   proof-needed      a simulated block waits for its proof of work from outside (the workers)
 *   block-found       a node's miner found a block (simulated, mine(), or submitBlock)
 *   message           a message was sent / delivered / dropped (the network view animates these)
 *   log               a node's log line (accepts, rejects with reason codes, reorgs, IBD progress)
 *   topology          nodes, peers, links or partitions changed
 *
 * Times are virtual milliseconds since the network's clock started.
 */
import type { BlockTemplate, ChainDelta, RejectCode, ReorgInfo } from '../core/index';
import type { MessageType } from './messages';

export type DeltaCause = 'block' | 'tx' | 'mine' | 'submit' | 'resolve';

export interface ChainDeltaEvent {
  readonly nodeId: string;
  readonly time: number;
  readonly cause: DeltaCause;
  readonly delta: ChainDelta;
}

export interface TipChangedEvent {
  readonly nodeId: string;
  readonly time: number;
  readonly previousTip: string;
  readonly tip: string;
  readonly height: number;
  readonly reorg?: ReorgInfo;
}

export interface TemplateChangedEvent {
  readonly nodeId: string;
  readonly time: number;
  /** 'tip': the template's parent is gone, mining on it is wasted. 'mempool': better transactions arrived. */
  readonly reason: 'tip' | 'mempool';
}

export interface BlockFoundEvent {
  readonly nodeId: string;
  readonly time: number;
  readonly hash: string;
  readonly height: number;
  readonly txCount: number;
  /** 'simulated': the Poisson mining process; 'mine': network.mine(); 'submitted': network.submitBlock(). */
  readonly source: 'simulated' | 'mine' | 'submitted';
}

export type DropReason = 'loss' | 'partition' | 'no-link' | 'node-removed';

export interface MessageEvent {
  readonly phase: 'sent' | 'delivered' | 'dropped';
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly type: MessageType;
  /** Block hashes / txids the message carries or names (first few for inv-like messages). */
  readonly hashes: readonly string[];
  readonly bytes: number;
  readonly sentAt: number;
  /** When it arrives (sent/delivered), or undefined for a message lost at once. */
  readonly deliverAt?: number;
  /** The time of this event. */
  readonly time: number;
  readonly reason?: DropReason;
}

export type LogLevel = 'info' | 'warn' | 'debug';

export type LogKind =
  | 'block-accepted'
  | 'block-rejected'
  | 'block-orphan'
  | 'block-mined'
  | 'tx-accepted'
  | 'tx-rejected'
  | 'tx-orphan'
  | 'misbehavior'
  | 'reorg'
  | 'ibd'
  | 'peer'
  | 'request-timeout'
  | 'resolve';

export interface NodeLogEntry {
  readonly seq: number;
  readonly time: number;
  readonly nodeId: string;
  readonly level: LogLevel;
  readonly kind: LogKind;
  /** A plain sentence. */
  readonly text: string;
  /** The reason code of a rejection (core's stable codes). */
  readonly code?: RejectCode;
  /** Block hash or txid concerned. */
  readonly hash?: string;
  /** The peer involved. */
  readonly peer?: string;
  /** Reorg depth (blocks disconnected). */
  readonly depth?: number;
}

export interface TopologyEvent {
  readonly time: number;
  readonly change: 'node-added' | 'node-removed' | 'peers' | 'partition' | 'heal' | 'links' | 'miner';
  readonly nodeId?: string;
}

/** A simulated discovery whose proof of work is searched outside; the clock waits for it (outside-proof.ts). */
export interface ProofNeededEvent {
  readonly id: number;
  readonly nodeId: string;
  readonly time: number;
  readonly template: BlockTemplate;
}

export interface SimEventMap {
  'chain-delta': ChainDeltaEvent;
  'proof-needed': ProofNeededEvent;
  'tip-changed': TipChangedEvent;
  'template-changed': TemplateChangedEvent;
  'block-found': BlockFoundEvent;
  message: MessageEvent;
  log: NodeLogEntry;
  topology: TopologyEvent;
}

/** True when a delta changed anything (empty deltas are not emitted). */
export function deltaChangesSomething(d: ChainDelta): boolean {
  return (
    d.blocksAdded.length > 0 ||
    d.blocksRemoved.length > 0 ||
    d.orphansAdopted.length > 0 ||
    d.connected.length > 0 ||
    d.disconnected.length > 0 ||
    d.utxoAdded.length > 0 ||
    d.utxoRemoved.length > 0 ||
    d.mempoolAdded.length > 0 ||
    d.mempoolRemoved.length > 0
  );
}
