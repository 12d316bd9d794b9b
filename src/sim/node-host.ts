/**
 * What a node needs from the network it lives in: the clock, a way to send a
 * message to a peer, timers, and the event stream. The Network implements it;
 * a node never reaches another node's state except through messages.
 */
import type { ConsensusParams } from '../core/index';
import type { Message } from './messages';
import type { SimEventMap } from './events';
import type { NodeLimits } from './limits';

/** How a node announces a new block to its peers. */
export type BlockRelay = 'push' | 'inv';

/** A node's timer, delivered back to it through the event queue. */
export interface BlockRequestTimer {
  readonly type: 'block-request';
  readonly peer: string;
  readonly hashes: readonly string[];
  /** The request time it guards (a re-request makes an older timer void). */
  readonly requestedAt: number;
}

/** A misbehaving peer's ban ends: the node reconnects to it. */
export interface UnbanTimer {
  readonly type: 'unban';
  readonly peer: string;
}

export type NodeTimer = BlockRequestTimer | UnbanTimer;

export interface NodeHost {
  readonly params: ConsensusParams;
  /**
   * 'push': a node sends a new block to its peers at once (as BIP 152's
   * high-bandwidth compact-block relay does): one link delay per hop.
   * 'inv': it announces the hash, the peer asks with getdata, then the block
   * follows (the classic three-message exchange): three link delays per hop.
   */
  readonly blockRelay: BlockRelay;
  /** How long a node waits for a requested block before asking elsewhere (virtual ms). */
  readonly blockRequestTimeoutMs: number;
  /** What a node holds for its peers at most (orphans, pool, announcements) and when it bans one. */
  readonly limits: NodeLimits;
  /** Virtual milliseconds. */
  now(): number;
  /** The node clock in unix seconds (block times, time-too-new). */
  unixTime(): number;
  send(from: string, to: string, message: Message): void;
  setTimer(nodeId: string, delayMs: number, timer: NodeTimer): void;
  /** Both nodes exist, are peers, and no partition separates them. */
  canReach(a: string, b: string): boolean;
  emit<K extends keyof SimEventMap>(type: K, payload: SimEventMap[K]): void;
  /** A fresh sequence number for a log line (network-wide order). */
  nextLogSeq(): number;
}
