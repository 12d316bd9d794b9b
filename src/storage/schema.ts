/**
 * The IndexedDB schema of Pocket Chain: every object store, its key, its
 * indexes and what it holds. The database version IS the schema version;
 * migrations.ts upgrades older versions step by step.
 *
 * Database "pocket-chain", schema version 2:
 *
 * | store       | key (keyPath)          | indexes            | holds                                                        |
 * |-------------|------------------------|--------------------|--------------------------------------------------------------|
 * | meta        | key                    | -                  | 'info' (schema history), 'params' (ConsensusParams),         |
 * |             |                        |                    | 'network' (the sim's network config: nodes, peers, links,    |
 * |             |                        |                    | partitions, seed, rng state, clock; opaque JSON),            |
 * |             |                        |                    | 'settings' (UI/app settings; JSON object),                   |
 * |             |                        |                    | 'learn' (the Learn section's progress: ticked steps per      |
 * |             |                        |                    | lesson, the lesson open last, the first-visit choice; JSON   |
 * |             |                        |                    | object; kept across reset and import: it is the student's)   |
 * | blocks      | hash                   | -                  | every block any node stores, ONCE, as its canonical binary   |
 * |             |                        |                    | encoding (serializeBlock): shared by all nodes               |
 * | nodes       | nodeId                 | -                  | one record per simulated node: active tip, next first-seen   |
 * |             |                        |                    | sequence number                                              |
 * | nodeBlocks  | [nodeId, hash]         | byHash: hash       | a node's block index: which blocks it holds, their parent,   |
 * |             |                        |                    | first-seen order, orphan or not. byHash answers "does any    |
 * |             |                        |                    | node still use this block?" before a shared block is deleted |
 * | utxos       | [nodeId, outpoint]     | -                  | a node's UTXO set, one coin per record ("txid:vout")         |
 * | undo        | [nodeId, hash]         | -                  | a node's undo data for each block of its active chain        |
 * | mempool     | [nodeId, txid]         | -                  | a node's pool: canonical tx bytes, arrival order and time    |
 * | wallets     | address                | -                  | wallets: keys, label, seed, display order                    |
 * | quarantine  | id (auto-increment)    | byNode: nodeId     | damaged records a rebuild set aside (never silently dropped) |
 *
 * Every node-scoped key starts with the nodeId, so one key range
 * [nodeId] .. [nodeId, []] selects (or deletes) one node's records.
 *
 * Version history:
 *   1  first cut, one node only (like the original PostgreSQL tables):
 *      blocks {hash, hex}, chain {key: 'tip', value}, utxos {outpoint, ...coin},
 *      mempool {txid, hex}, wallets {address, ...}; no undo data, no params.
 *   2  many nodes, binary blocks shared by hash, undo data, params, network
 *      config, settings, quarantine. 1 -> 2 moves the single node to
 *      LEGACY_NODE_ID and rebuilds its undo data from its blocks.
 */
import type { Coin, ConsensusParams } from '../core/index';

export const DB_NAME = 'pocket-chain';
export const SCHEMA_VERSION = 2;
/** The id the single node of a version-1 database gets when migrated. */
export const LEGACY_NODE_ID = 'node-1';

export const STORES = {
  meta: 'meta',
  blocks: 'blocks',
  nodes: 'nodes',
  nodeBlocks: 'nodeBlocks',
  utxos: 'utxos',
  undo: 'undo',
  mempool: 'mempool',
  wallets: 'wallets',
  quarantine: 'quarantine',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];
export const ALL_STORES: readonly StoreName[] = Object.values(STORES);
/** Stores whose key starts with the nodeId. */
export const NODE_SCOPED_STORES = [STORES.nodeBlocks, STORES.utxos, STORES.undo, STORES.mempool] as const;
export type NodeScopedStore = (typeof NODE_SCOPED_STORES)[number];

/** keyPath of each store (undefined: auto-increment key `id`). */
export const KEY_PATHS: Record<StoreName, string | string[]> = {
  meta: 'key',
  blocks: 'hash',
  nodes: 'nodeId',
  nodeBlocks: ['nodeId', 'hash'],
  utxos: ['nodeId', 'outpoint'],
  undo: ['nodeId', 'hash'],
  mempool: ['nodeId', 'txid'],
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

export interface NodeRecord {
  readonly nodeId: string;
  /** Hash of the active chain's tip. */
  readonly tip: string;
  /** Next first-seen number for a block this node stores. */
  readonly nextSeq: number;
}

export interface NodeBlockRecord {
  readonly nodeId: string;
  readonly hash: string;
  readonly prevHash: string;
  /** First-seen order within the node: the earlier wins a tie in work. */
  readonly seq: number;
  /** Waiting for its parent (not part of the block tree yet). */
  readonly orphan: boolean;
}

export interface UtxoRecord extends Coin {
  readonly nodeId: string;
  /** "txid:vout". */
  readonly outpoint: string;
}

export interface UndoRecord {
  readonly nodeId: string;
  readonly hash: string;
  /** The coins the block spent, in input order: [outpoint, coin]. */
  readonly spent: readonly (readonly [string, Coin])[];
}

export interface MempoolRecord {
  readonly nodeId: string;
  readonly txid: string;
  /** serializeTx(tx, true). */
  readonly bytes: Uint8Array;
  /** Arrival order. */
  readonly seq: number;
  /** Unix seconds (node clock) when it entered the pool. */
  readonly time: number;
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
  /** Store the damaged record came from. */
  readonly store: StoreName;
  readonly key: string;
  /** What was wrong with it. */
  readonly problem: string;
  /** The record exactly as it was found. */
  readonly record: unknown;
  /** ISO time it was set aside. */
  readonly at: string;
}
