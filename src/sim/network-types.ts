/**
 * The types of the Network's public API: construction options, what mine()
 * and getChain() return, and what one step of the event loop did.
 */
import type { Block, BlockBodies, BlockResult, Blockchain, BlockchainOptions, ChainSnapshot, ConsensusParams } from '../core/index';
import type { LinkSettings } from './links';
import type { BlockRelay, NodeTimer } from './node-host';
import type { DeliveryOutcome } from './transport';
import type { Envelope } from './messages';
import type { NodeLimits } from './limits';
import type { SeededRng } from './rng';

export interface NetworkOptions {
  readonly params: ConsensusParams;
  /** Drives every random choice. */
  readonly seed: string;
  /** The genesis block all nodes share; or give genesisAddress to mine one at epochSeconds. */
  readonly genesis?: Block;
  readonly genesisAddress?: string;
  /** Unix seconds at virtual time 0 (default: the genesis time, or 1,700,000,000 when mining one). */
  readonly epochSeconds?: number;
  /** Default link settings (latency 100 ms, jitter 50 ms, loss 0 unless given). */
  readonly links?: Partial<LinkSettings>;
  /** 'push' (default) or 'inv': see NodeHost.blockRelay. */
  readonly blockRelay?: BlockRelay;
  /** Virtual ms a node waits for a requested block (default 5000). */
  readonly blockRequestTimeoutMs?: number;
  /** What each node holds for its peers at most, and when it bans one (default DEFAULT_LIMITS). */
  readonly limits?: Partial<NodeLimits>;
  /** Block bodies and undo data shared by every node (default: each node keeps its own in memory). */
  readonly bodies?: BlockBodies;
}

/** A stored node as Network.restore takes it: all its blocks, or a maker given the network's chain options. */
export type StoredChain = ChainSnapshot | ((options: BlockchainOptions) => Blockchain);

export interface MinedResult {
  readonly hash: string;
  readonly height: number;
  readonly block: Block;
  readonly result: BlockResult;
}

export interface ChainView {
  readonly nodeId: string;
  /** Number of blocks, genesis included (the original GET /chain's "length"). */
  readonly length: number;
  readonly height: number;
  readonly tip: string;
  readonly chainWork: string;
  /** The active chain, genesis first (immutable objects). */
  readonly blocks: readonly Block[];
}

/** What one step of the event loop did. */
export type StepInfo =
  | DeliveryOutcome
  | { readonly kind: 'block-found'; readonly time: number; readonly nodeId: string; readonly hash: string; readonly height: number }
  | { readonly kind: 'timer'; readonly time: number; readonly nodeId: string }
  | { readonly kind: 'idle-discovery'; readonly time: number }
  | { readonly kind: 'proof-needed'; readonly time: number; readonly nodeId: string };

/** What the virtual clock queues. */
export type SimEvent =
  | { readonly kind: 'deliver'; readonly envelope: Envelope }
  | { readonly kind: 'discovery'; readonly generation: number }
  | { readonly kind: 'timer'; readonly nodeId: string; readonly timer: NodeTimer };

/** Internal: generator states for Network.restore. */
export interface ResumeState {
  readonly linkRng: SeededRng;
  readonly miningRng: SeededRng;
}
