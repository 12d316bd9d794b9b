/**
 * The IndexedDB schema of Pocket Chain: every object store, its key, its
 * indexes and what it holds. The database version IS the schema version;
 * migrations.ts upgrades older versions step by step.
 *
 * Database "pocket-chain", schema version 3:
 *
 * | store      | key                        | indexes        | holds                                                          |
 * |------------|----------------------------|----------------|----------------------------------------------------------------|
 * | meta       | key                        | -              | 'info' (schema history), 'params' (ConsensusParams),           |
 * |            |                            |                | 'network' (the sim's network config: nodes, peers, links,      |
 * |            |                            |                | partitions, seed, rng state, clock; opaque JSON),              |
 * |            |                            |                | 'settings' (UI/app settings; JSON object),                     |
 * |            |                            |                | 'learn' (the Learn section's progress: ticked steps per        |
 * |            |                            |                | lesson, the lesson open last, the first-visit choice; JSON     |
 * |            |                            |                | object; kept across reset and import: it is the student's)     |
 * | blocks     | hash                       | -              | every block any node stores, ONCE: { hash, bytes } with the    |
 * |            |                            |                | canonical encoding (serializeBlock), shared by all nodes       |
 * | undo       | block hash (out of line)   | -              | the coins a connected block spent (undo-codec.ts), ONCE per    |
 * |            |                            |                | block: they depend only on the block and its ancestors         |
 * | chainstate | [nodeId, part] (out of l.) | -              | each node's checkpoint (checkpoint-codec.ts): part 0 the head, |
 * |            |                            |                | then its block index (headers, first-seen order), its UTXO     |
 * |            |                            |                | set and pool, in a few large binary parts                      |
 * | journal    | [nodeId, seq] (out of l.)  | -              | each node's commits since its checkpoint (journal-codec.ts):   |
 * |            |                            |                | index, coin and pool changes and the tip, one binary record a  |
 * |            |                            |                | commit; compaction folds them into a new checkpoint            |
 * | wallets    | address                    | -              | wallets: keys, label, seed, display order                      |
 * | quarantine | id (auto-increment)        | byNode: nodeId | damaged records set aside (never silently dropped)             |
 *
 * A node exists when its checkpoint head [nodeId, 0] does. Its state is the
 * checkpoint with its journal entries (seq above the head's `through`)
 * applied in order: load reads two key ranges per node and no block. A
 * commit writes the new blocks, their undo data and one journal entry per
 * node, so it costs about the bytes of what it adds. Blocks and undo data no
 * node's index holds are removed by garbage collection (compaction.ts).
 * Coins and undo data are binary records, never JSON.
 *
 * Version history:
 *   1  first cut, one node only (like the original PostgreSQL tables):
 *      blocks {hash, hex}, chain {key: 'tip', value}, utxos {outpoint, ...coin},
 *      mempool {txid, hex}, wallets {address, ...}; no undo data, no params.
 *   2  many nodes, binary blocks shared by hash, undo data, params, network
 *      config, settings, quarantine; per-record stores nodes {nodeId, tip,
 *      nextSeq}, nodeBlocks [nodeId, hash] {prevHash, seq, orphan} (index
 *      byHash), utxos [nodeId, outpoint] {coin}, undo [nodeId, hash] {spent:
 *      [outpoint, coin][]}, mempool [nodeId, txid] {bytes, seq, time}.
 *      1 -> 2 moves the single node to LEGACY_NODE_ID and rebuilds its undo
 *      data from its blocks.
 *   3  checkpoints and journals instead of one record per coin and per block
 *      a node holds; undo data binary and shared by block. 2 -> 3 writes each
 *      node's checkpoint from its v2 records (see migrate-v2.ts).
 */
import type { ConsensusParams } from '../core/index';

export const DB_NAME = 'pocket-chain';
export const SCHEMA_VERSION = 3;
/** The id the single node of a version-1 database gets when migrated. */
export const LEGACY_NODE_ID = 'node-1';

export const STORES = {
  meta: 'meta',
  blocks: 'blocks',
  undo: 'undo',
  chainstate: 'chainstate',
  journal: 'journal',
  wallets: 'wallets',
  quarantine: 'quarantine',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];
export const ALL_STORES: readonly StoreName[] = Object.values(STORES);

/** keyPath of each store; null: the key is given with each record (out of line). */
export const KEY_PATHS: Record<StoreName, string | null> = {
  meta: 'key',
  blocks: 'hash',
  undo: null,
  chainstate: null,
  journal: null,
  wallets: 'address',
  quarantine: 'id',
};

/** JSON values (what the network config and settings may hold). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

// ---- meta ----------------------------------------------------------------------

export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  /** ISO time. */
  readonly at: string;
}

export interface InfoRecord {
  readonly key: 'info';
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly migrations: readonly MigrationStep[];
}

export interface ParamsRecord {
  readonly key: 'params';
  readonly value: ConsensusParams;
}

export interface NetworkRecord {
  readonly key: 'network';
  readonly value: JsonValue;
}

export interface SettingsRecord {
  readonly key: 'settings';
  readonly value: JsonObject;
}

/** The Learn section's progress (src/learn/progress.ts reads it back, dropping what it does not know). */
export interface LearnRecord {
  readonly key: 'learn';
  readonly value: JsonObject;
}

export type MetaRecord = InfoRecord | ParamsRecord | NetworkRecord | SettingsRecord | LearnRecord;

// ---- chain data ---------------------------------------------------------------------

export interface BlockRecord {
  /** Display-order block hash (SHA-256d of the 80-byte header). */
  readonly hash: string;
  /** serializeBlock(block): header | tx count | transactions. */
  readonly bytes: Uint8Array;
}

export interface WalletRecord {
  readonly address: string;
  readonly label: string;
  /** Hex, 33-byte compressed. */
  readonly publicKey: string;
  /** Hex, 32 bytes. */
  readonly privateKey: string;
  readonly seed?: string;
  readonly seedIndex?: number;
  /** Position in the wallet list. */
  readonly order: number;
}

export interface QuarantineRecord {
  readonly id?: number;
  readonly nodeId: string | null;
  /** Store the damaged record came from (a store of the schema it was found in). */
  readonly store: string;
  readonly key: string;
  /** What was wrong with it. */
  readonly problem: string;
  /** The record exactly as it was found. */
  readonly record: unknown;
  /** ISO time it was set aside. */
  readonly at: string;
}
