/**
 * The storage interface the app talks to, implemented twice with the same
 * semantics: over IndexedDB (idb-store.ts) and in memory (memory-store.ts, for
 * unit tests and for browsers where IndexedDB is missing or refused).
 *
 * The unit of state is the whole network: consensus params, every node's chain
 * (blocks, tip, orphans, UTXO set, undo data, pool), the wallets, the
 * simulation's network config and the settings. Each write method is ONE
 * transaction: after a crash the next load sees the state before the call or
 * after it, never a mix. (maintain() is several, each of which changes how
 * the state is stored, never the state.)
 */
import type { Block, IndexedBlock, BlockUndo, ChainDelta, Coin, ConsensusParams, Transaction, UtxoSet, Wallet } from '../core/index';
import type { JsonObject, JsonValue, QuarantineRecord } from './schema';
import type { VerifyOptions, VerifyReport } from './verify-stored';

/** One node's chain as stored (what Blockchain.restore needs, plus pool arrival times). */
export interface NodeState {
  readonly id: string;
  /** Every non-orphan block, in the order the node first saw them (genesis first). */
  readonly blocks: readonly Block[];
  /** Blocks waiting for their parent. */
  readonly orphans: readonly Block[];
  /** Hash of the active chain's tip. */
  readonly tip: string;
  readonly utxos: readonly (readonly [string, Coin])[];
  /** Undo data of every block of the active chain, by block hash. */
  readonly undo: ReadonlyMap<string, BlockUndo>;
  /** The pool in arrival order, with the time each transaction arrived. */
  readonly mempool: readonly MempoolItem[];
}

export interface MempoolItem {
  readonly tx: Transaction;
  /** Unix seconds on the node's clock. */
  readonly time: number;
}

/** Everything Pocket Chain persists. */
export interface PersistedState {
  readonly params: ConsensusParams;
  readonly nodes: readonly NodeState[];
  readonly wallets: readonly Wallet[];
  /** The simulation's network config (nodes, peers, links, partitions, seed, rng state, clock): opaque JSON, null if none. */
  readonly network: JsonValue;
  readonly settings: JsonObject;
}

/**
 * One node as a start needs it (loadIndex): its block index, UTXO set and pool,
 * read in two bulk reads, without one block body (Core's block index and
 * chainstate). Orphans come with their bodies: they are not in the tree.
 */
export interface IndexedNode {
  readonly id: string;
  /** Every non-orphan block, first-seen order (parents first). */
  readonly entries: readonly IndexedBlock[];
  readonly orphans: readonly Block[];
  readonly tip: string;
  readonly utxos: UtxoSet;
  readonly mempool: readonly MempoolItem[];
}

export interface IndexedState extends Omit<PersistedState, 'nodes'> {
  readonly nodes: readonly IndexedNode[];
}

export interface IndexLoadResult {
  readonly schemaVersion: number;
  /** As LoadResult.state, with IndexedNodes. */
  readonly state: IndexedState | null;
  readonly problems: readonly StorageProblem[];
  /** The browser deleted the stored data as damaged before this start (its words): an empty database that is not a first visit. */
  readonly browserDataLoss?: string;
}

export interface BodiesPage {
  readonly blocks: readonly (readonly [string, unknown])[];
  readonly undo: readonly (readonly [string, unknown])[];
  readonly next: string | null;
  readonly total: number;
}

/** Why stored data could not be used; the data itself is kept. */
export type DamageCode =
  | 'params-missing'
  | 'params-invalid'
  | 'record-unparseable'
  | 'block-missing'
  | 'block-unparseable'
  | 'block-hash-mismatch'
  | 'tip-missing'
  | 'undo-missing'
  | 'undo-mismatch'
  | 'restore-failed'
  | 'utxo-mismatch'
  | 'mempool-refused'
  | 'wallet-invalid';

export interface StorageProblem {
  readonly code: DamageCode;
  /** The node whose data is damaged (absent for shared records). */
  readonly nodeId?: string;
  readonly store: string;
  readonly key?: string;
  /** A sentence naming what is damaged. */
  readonly message: string;
}

export interface LoadResult {
  /** The database's schema version (0 for a fresh in-memory store). */
  readonly schemaVersion: number;
  /**
   * What could be read. null when nothing is stored yet (first run; problems
   * empty) or when the params are missing or damaged (see problems).
   */
  readonly state: PersistedState | null;
  /**
   * Everything found damaged. A node named here is left out of state.nodes and
   * its records are left untouched: offer rebuildNode(nodeId) or reset().
   */
  readonly problems: readonly StorageProblem[];
}

/** What rebuildNode did: the node is replayed from its stored blocks through core validation. */
export interface RebuildReport {
  readonly nodeId: string;
  readonly tipBefore: string | null;
  readonly tipAfter: string;
  readonly height: number;
  readonly blocksReplayed: number;
  /** Records that could not be used: moved to the quarantine store, never deleted. */
  readonly quarantined: readonly { readonly store: string; readonly key: string; readonly problem: string }[];
  readonly mempoolKept: number;
}

export interface ConfigPatch {
  readonly params?: ConsensusParams;
  readonly network?: JsonValue;
  readonly settings?: JsonObject;
}

export interface ReplaceOptions {
  /** Keep the stored wallets instead of replacing them with state.wallets (an import without wallets). */
  readonly keepWallets?: boolean;
}

/** What maintain() did: journals folded into checkpoints, and blocks no node holds removed. */
export interface MaintenanceReport {
  readonly compacted: readonly string[];
  readonly blocksRemoved: number;
  readonly undoRemoved: number;
}

/** One node's change, for batched commits. */
export interface NodeDelta {
  readonly nodeId: string;
  readonly delta: ChainDelta;
}

export type StateBuilder = PersistedState | (() => PersistedState | Promise<PersistedState>);

export interface ChainStore {
  readonly backend: 'indexeddb' | 'memory';

  /** Reads everything in one read transaction (a consistent picture) and reports damage. */
  load(): Promise<LoadResult>;
  /** Reads what a start needs, without block bodies (see IndexedNode), in one read transaction. */
  loadIndex(): Promise<IndexLoadResult>;
  /** Stored block records ({ hash, bytes }) and undo records (bytes) by hash; absent ones are left out. */
  readBlocks(hashes: readonly string[]): Promise<{ blocks: Map<string, unknown>; undo: Map<string, unknown> }>;
  /**
   * One page of every stored block and undo record, in hash order after `after`
   * (null: from the first), about `limit` blocks; `next` is where the next page
   * starts (null: this was the last). `total` counts the stored blocks.
   */
  readBodies(after: string | null, limit: number): Promise<BodiesPage>;
  /** The full verification of everything stored (verify-stored.ts), here; the app runs it in a worker where it can. */
  verify(options?: VerifyOptions): Promise<VerifyReport>;

  /** Writes one node's ChainDelta in one transaction: blocks, index, UTXO changes, undo data, pool changes, tip. */
  commitDelta(nodeId: string, delta: ChainDelta): Promise<void>;
  /**
   * Several deltas (any nodes, in order) in one transaction; with `config`, the
   * network config and settings are saved in that same transaction (the app saves
   * them with every burst: one transaction, and they never disagree with the chain).
   */
  commitDeltas(items: readonly NodeDelta[], config?: ConfigPatch): Promise<void>;

  /** Replaces one node's records with `node` (a new node, or a node rebuilt by the app). */
  saveNode(node: NodeState): Promise<void>;
  /** Removes a node's records (blocks no other node uses go too). */
  deleteNode(nodeId: string): Promise<void>;

  /** Replaces the wallet list (order kept). A stored wallet record that does not parse is quarantined, not dropped. */
  saveWallets(wallets: readonly Wallet[]): Promise<void>;
  /** Writes params, network config and/or settings in one transaction. */
  saveConfig(patch: ConfigPatch): Promise<void>;
  /** The Learn section's progress record, or null when none is stored (or it is not an object). */
  loadLearn(): Promise<JsonObject | null>;
  /** Replaces the Learn section's progress record. Allowed in every tab: it is the student's, not the network's. */
  saveLearn(progress: JsonObject): Promise<void>;

  /** Wipes and writes `state` in one transaction (import). */
  replaceAll(state: PersistedState, options?: ReplaceOptions): Promise<void>;
  /** Builds the state first (nothing changes if that throws), then wipes everything and writes it. */
  reset(build: StateBuilder): Promise<PersistedState>;

  /**
   * Folds long journals into checkpoints and removes blocks no node holds
   * (`all`: every node, and garbage collection whether or not a block was dropped).
   */
  maintain(options?: { all?: boolean }): Promise<MaintenanceReport>;

  /** Replays a node from its stored blocks, quarantines what cannot be used, writes the result. */
  rebuildNode(nodeId: string): Promise<RebuildReport>;
  /** Records set aside by rebuilds or replaced while damaged. */
  quarantined(): Promise<QuarantineRecord[]>;

  close(): void;
}
