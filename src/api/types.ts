/**
 * The programmatic API of Pocket Chain: the original systems' methods (new
 * wallet, send, mine block, get blocks / chainstate / pool / wallets, reset,
 * register nodes, resolve conflicts), typed and async, with JSON-serialisable
 * results: amounts in integer base units (1 coin = 100,000,000), hashes as
 * Bitcoin-style display hex. The same object is `window.pocket` in the page.
 * Failures reject with a PocketError carrying the reason code the UI shows.
 */
import type { MerkleProof } from '../core/merkle';
import type { MiningEngine } from '../workers/index';

export interface BalanceInfo {
  /** Sum of the address's unspent outputs on the selected node's active chain. */
  readonly confirmed: number;
  /** Net effect of the selected node's pool: incoming minus coins being spent. */
  readonly pending: number;
  readonly total: number;
  /** Confirmed coinbase outputs that are not mature yet. */
  readonly immature: number;
}

export interface WalletInfo {
  readonly label: string;
  readonly address: string;
  readonly publicKey: string;
  readonly balance: BalanceInfo;
  /** True when the key was derived from a seed (reproducible, not secret). */
  readonly fromSeed: boolean;
}

export interface TxInputJson {
  readonly prevTxid: string;
  readonly vout: number;
  /** The spent coin, when the node knows it (undo data or UTXO set). */
  readonly address?: string;
  readonly amount?: number;
  readonly signature: string;
  readonly publicKey: string;
}

export interface TxJson {
  readonly txid: string;
  readonly wtxid: string;
  readonly coinbase: boolean;
  readonly size: number;
  /** Known for pool and confirmed non-coinbase transactions. */
  readonly fee?: number;
  readonly inputs: readonly TxInputJson[];
  readonly outputs: readonly { readonly amount: number; readonly address: string }[];
}

export interface HeaderJson {
  readonly version: number;
  readonly prevHash: string;
  readonly merkleRoot: string;
  readonly time: number;
  readonly bits: number;
  readonly nonce: number;
}

export interface BlockJson {
  readonly hash: string;
  readonly height: number;
  readonly confirmations: number;
  readonly header: HeaderJson;
  readonly size: number;
  readonly miner: string;
  readonly reward: number;
  readonly fees: number;
  readonly txs: readonly TxJson[];
}

export interface UtxoJson {
  readonly txid: string;
  readonly vout: number;
  readonly amount: number;
  readonly address: string;
  readonly height: number;
  readonly coinbase: boolean;
}

export interface PoolTxJson extends TxJson {
  readonly fee: number;
  /** Units per byte. */
  readonly feeRate: number;
  /** Unix seconds (node clock) when it entered the pool. */
  readonly time: number;
  /** Pool transactions it depends on (it spends their outputs). */
  readonly parents: readonly string[];
}

/** A peer that a node holds misbehaviour points against (Core's Misbehaving). */
export interface PeerMisbehavior {
  readonly peer: string;
  /** Points so far; the node bans the peer when they reach the threshold (100 by default). */
  readonly score: number;
  /** While banned: the network time (virtual ms) when the ban ends; otherwise null. */
  readonly bannedUntil: number | null;
  /** The latest offences, oldest first, e.g. "+100 invalid block 3f2a…: bad-cb-amount". */
  readonly reasons: readonly string[];
}

export interface NodeInfo {
  readonly id: string;
  readonly label: string;
  readonly height: number;
  readonly tip: string;
  readonly peers: readonly string[];
  readonly mempool: number;
  /** Share of the network's hash power when the network mines by itself (0 = not a miner). */
  readonly hashShare: number;
  readonly mining: boolean;
  /** Index of its partition group, when the network is partitioned. */
  readonly partition?: number;
  /** Peers this node holds misbehaviour points against (empty when every peer behaved). */
  readonly misbehavior: readonly PeerMisbehavior[];
}

export interface SendResult {
  readonly txid: string;
  readonly fee: number;
  readonly change: number;
  /** The coins chosen as inputs. */
  readonly inputs: readonly {
    readonly txid: string;
    readonly vout: number;
    readonly amount: number;
  }[];
}

export interface MineResult {
  readonly hash: string;
  readonly height: number;
  readonly txids: readonly string[];
  readonly reward: number;
  readonly fees: number;
  readonly nonce: number;
  readonly hashes: number;
}

export interface ResolveResult {
  readonly replaced: boolean;
  readonly height: number;
  readonly tip: string;
  /** Peers whose chains were refused, with the reason. */
  readonly refused: readonly {
    readonly peer: string;
    readonly code: string;
    readonly message: string;
  }[];
}

/** The engines that can mine, and their names for people. */
// From the files, not the workers barrel, which would bring the mining pool's code with the page.
export { MINING_ENGINES, ENGINE_NAMES, type MiningEngine } from '../workers/mining-engine';
export { POOL_NOTICES, poolNotice, readPoolNotice, type PoolNoticeKey, type PoolNoticeValues, type ReadPoolNotice } from '../workers/pool-notices';

export interface MiningStats {
  readonly mining: boolean;
  /** The engine the pool mines with now: 'webgpu', 'wasm-simd' or 'js' (null while it starts). */
  readonly engine: MiningEngine | null;
  /** The GPU adapter's name when the GPU mines, else null. */
  readonly engineDevice: string | null;
  /** Hashes per second, smoothed. */
  readonly hashRate: number;
  /** Nonces tried since mining started. */
  readonly hashes: number;
  readonly workers: number;
  readonly perWorker: readonly number[];
  /** 'workers' normally; 'main-thread' when Web Workers could not start. */
  readonly mode: 'workers' | 'main-thread';
  /** Expected seconds to a block at this difficulty and hash rate. */
  readonly expectedSeconds: number | null;
  readonly nodeId: string | null;
  readonly blocksFound: number;
}

/** One engine as the self-benchmark measured it. */
export interface EngineMeasurementJson {
  readonly engine: MiningEngine;
  /** Hashes per second of one CPU worker, or of the GPU; null when unavailable. */
  readonly laneRate: number | null;
  readonly lanes: number;
  /** laneRate x lanes: the pool's rate with this engine; null when unavailable. */
  readonly poolRate: number | null;
  readonly device: string | null;
  /** Why the engine cannot mine in this browser, else null. */
  readonly unavailable: string | null;
}

export interface EngineBenchmarkJson {
  readonly best: MiningEngine;
  readonly elapsedMs: number;
  readonly measurements: readonly EngineMeasurementJson[];
}

export interface MiningEngineInfo {
  /** The engine the settings name (chosen by the self-benchmark or by setMiningEngine); null before the first mining run. */
  readonly chosen: MiningEngine | null;
  readonly chosenBy: 'benchmark' | 'user' | null;
  /** The engine mining now (a fallback may stand in for the chosen one), and the GPU's name. */
  readonly running: MiningEngine | null;
  readonly device: string | null;
  /** Whether the GPU may mine. */
  readonly gpuAllowed: boolean;
  /** The last self-benchmark, or null. */
  readonly benchmark: EngineBenchmarkJson | null;
}

export interface HeaderInspection extends HeaderJson {
  readonly hash: string;
  /** 64 hex digits. */
  readonly target: string;
  /** Expected hashes, as a decimal string (can exceed 2^53). */
  readonly work: string;
  readonly validPow: boolean;
}

export interface SubmitResult {
  readonly accepted: boolean;
  readonly hash: string;
  readonly status: 'active' | 'side-branch' | 'orphan' | 'duplicate' | 'rejected';
  readonly code?: string;
  readonly message?: string;
}

export interface ImportResult {
  readonly nodes: number;
  readonly blocks: number;
  readonly wallets: number;
}

import type { DoubleSpendRaceResult, SelfishMiningResult, StalePoint } from '../lab/index';
import type { MajorityAttackReport } from '../app/lab-service';
import type { ChainPresetId } from '../app/chain-presets';

export type {
  DoubleSpendRaceResult,
  SelfishMiningResult,
  StalePoint,
  RaceTheory,
  SelfishTheory,
} from '../lab/index';
export type { MajorityAttackReport, ReversedPayment } from '../app/lab-service';
export type { ChainPresetId } from '../app/chain-presets';

/** The lab: attacks measured against the papers (results are plain JSON; intervals are 95%). */
export interface LabApi {
  /** The double-spend race on real nodes, `trials` times: success rate vs exact, whitepaper, Rosenfeld. */
  doubleSpendRace(options: {
    q: number;
    z: number;
    trials: number;
    seed: number | string;
    premined?: number;
  }): Promise<DoubleSpendRaceResult>;
  /** Selfish mining over `blocks` blocks: the pool's share of the chain vs Eyal and Sirer's R(alpha, gamma). */
  selfishMining(options: {
    alpha: number;
    gamma: number;
    blocks: number;
    seed: number | string;
  }): Promise<SelfishMiningResult>;
  /** The stale rate of two miners at each delay (as fractions of the block spacing) vs d / (2 (T + d)). */
  staleRate(options: {
    delays: number[];
    relay?: 'push' | 'inv';
    blocks: number;
    seed: number | string;
  }): Promise<StalePoint[]>;
  /** A 51% attack on the live network (a Simulation chain): rewrites the followed node's last `depth` blocks. */
  majorityAttack(options: {
    share: number;
    depth: number;
    seed: number | string;
  }): Promise<MajorityAttackReport>;
  /** Stops the running experiment (it rejects with 'lab-cancelled'); false when none runs. */
  cancel(): Promise<boolean>;
}

/** The API, as the original systems named it. */
export interface PocketApi {
  newWallet(label?: string): Promise<{ address: string; publicKey: string }>;
  getWallets(): Promise<WalletInfo[]>;
  /** Confirmed balance in base units, like the original get_balance. */
  getBalance(address: string): Promise<number>;
  send(from: string, to: string, amount: number, fee?: number): Promise<SendResult>;
  mineBlock(minerAddress: string, maxTxs?: number): Promise<MineResult>;
  getBlocks(): Promise<BlockJson[]>;
  getChainstate(): Promise<UtxoJson[]>;
  getPool(): Promise<PoolTxJson[]>;
  /** Wipe and rebuild the seeded demo; a number is the seed of its decimal text (7 and '7' give the same chain); `preset` starts a new chain with the Settings panel's presets. */
  resetSystem(options?: { seed?: string | number; preset?: ChainPresetId }): Promise<void>;

  getNodes(): Promise<NodeInfo[]>;
  addNode(): Promise<{ id: string }>;
  registerNodes(nodeId: string, peerIds: string[]): Promise<{ peers: string[] }>;
  resolveConflicts(nodeId: string): Promise<ResolveResult>;
  selectNode(nodeId: string): Promise<void>;

  setDifficulty(bits: number): Promise<{ height: number; bits: number }>;
  startMining(options: { nodeId?: string; address: string }): Promise<void>;
  stopMining(): Promise<void>;
  getMiningStats(): Promise<MiningStats>;
  /** Which engine mines, who chose it, and what the self-benchmark measured. */
  getMiningEngines(): Promise<MiningEngineInfo>;
  /** Mine with this engine from now on ('webgpu', 'wasm-simd' or 'js'); kept in the settings. */
  setMiningEngine(engine: MiningEngine): Promise<void>;
  /** Measures every engine again and mines with the fastest (refused while mining). */
  measureMiningEngines(): Promise<EngineBenchmarkJson>;
  /** Lets the GPU mine, or not (off: a running GPU gives way to the fastest CPU engine). */
  setGpuMining(on: boolean): Promise<void>;

  inspectHeader(hex: string): Promise<HeaderInspection>;
  merkleRoot(txids: string[]): Promise<string>;
  merkleProof(blockHash: string, txid: string): Promise<MerkleProof>;
  verifyMerkleProof(proof: MerkleProof): Promise<boolean>;
  submitBlock(nodeId: string, blockHex: string): Promise<SubmitResult>;
  exportState(options?: { includeWallets?: boolean }): Promise<string>;
  importState(json: string): Promise<ImportResult>;

  readonly lab: LabApi;
}
