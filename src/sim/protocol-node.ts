/**
 * What the peer protocol (and its initial-block-download tracker) needs from the
 * node it serves: the node's chain and host, its peers, the two doors into
 * validation, what it serves to others, and its log. SimNode implements it; the
 * protocol depends on this interface and not on SimNode, so the node can own its
 * protocol without the two files importing each other.
 */
import type { Block, BlockResult, Blockchain, RejectCode, Transaction, TxResult } from '../core/index';
import type { DeltaCause, LogKind, LogLevel } from './events';
import type { NodeHost } from './node-host';

/** Where a block or transaction came from, for logs and events. */
export interface Origin {
  readonly peer?: string;
  readonly cause: DeltaCause;
}

export interface LogExtra {
  readonly code?: RejectCode;
  readonly hash?: string;
  readonly peer?: string;
  readonly depth?: number;
}

export interface ProtocolNode {
  readonly id: string;
  readonly chain: Blockchain;
  readonly host: NodeHost;
  /** Peer ids in the order the node talks to them. */
  peerList(): string[];
  processBlock(block: Block, origin: Origin): BlockResult;
  acceptTransaction(tx: Transaction, origin: Origin): TxResult;
  /** A block this node would send on getdata. */
  servedBlock(hash: string): Block | undefined;
  /** The chain this node shows its peers (genesis first). */
  servedChain(): readonly Block[];
  readonly isServingCraftedChain: boolean;
  addLog(level: LogLevel, kind: LogKind, text: string, extra?: LogExtra): void;
}

/** A hash shortened for a log line. */
export const shortHash = (h: string): string => `${h.slice(0, 12)}…`;
