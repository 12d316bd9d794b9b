/**
 * The programmatic API of Pocket Chain: the original systems' methods (new
 * wallet, send, mine block, get blocks / chainstate / pool / wallets, reset,
 * register nodes, resolve conflicts), typed and async, with JSON-serialisable
 * results: amounts in integer base units (1 coin = 100,000,000), hashes as
 * Bitcoin-style display hex. The same object is `window.pocket` in the page.
 * Failures reject with a PocketError carrying the reason code the UI shows.
 */
import type { MerkleProof } from '../core/merkle';

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
}

export interface SendResult {
  readonly txid: string;
  readonly fee: number;
  readonly change: number;
  /** The coins chosen as inputs. */
  readonly inputs: readonly { readonly txid: string; readonly vout: number; readonly amount: number }[];
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
  readonly refused: readonly { readonly peer: string; readonly code: string; readonly message: string }[];
}

export interface MiningStats {
  readonly mining: boolean;
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
  resetSystem(options?: { seed?: string }): Promise<void>;

  getNodes(): Promise<NodeInfo[]>;
  addNode(): Promise<{ id: string }>;
  registerNodes(nodeId: string, peerIds: string[]): Promise<{ peers: string[] }>;
  resolveConflicts(nodeId: string): Promise<ResolveResult>;
  selectNode(nodeId: string): Promise<void>;

  setDifficulty(bits: number): Promise<{ height: number; bits: number }>;
  startMining(options: { nodeId?: string; address: string }): Promise<void>;
  stopMining(): Promise<void>;
  getMiningStats(): Promise<MiningStats>;

  inspectHeader(hex: string): Promise<HeaderInspection>;
  merkleRoot(txids: string[]): Promise<string>;
  merkleProof(blockHash: string, txid: string): Promise<MerkleProof>;
  verifyMerkleProof(proof: MerkleProof): Promise<boolean>;
  submitBlock(nodeId: string, blockHex: string): Promise<SubmitResult>;
  exportState(options?: { includeWallets?: boolean }): Promise<string>;
  importState(json: string): Promise<ImportResult>;
}
