/**
 * The export file: the whole state of every node as one versioned JSON
 * document. Consensus objects travel as hex of their canonical encoding
 * (blocks: serializeBlock; pool transactions: serializeTx), never as JSON, so
 * an import checks exactly the bytes that were hashed and signed. Blocks are
 * listed once and nodes refer to them by hash.
 *
 * Wallets (private keys!) are included only when the user asks; the file then
 * says so in `containsPrivateKeys` and `warning`.
 */
import type { ConsensusParams, RejectCode } from '../core/index';
import type { JsonObject, JsonValue } from './schema';

export const EXPORT_FORMAT = 'pocket-chain/state';
export const EXPORT_VERSION = 1;
export const PRIVATE_KEY_WARNING =
  'This file contains private keys: anyone who has it can spend these wallets\u2019 coins. Share it only with people you trust.';

export interface ExportBlock {
  readonly hash: string;
  /** serializeBlock(block) as lower-case hex. */
  readonly hex: string;
}

export interface ExportCoin {
  readonly outpoint: string;
  readonly amount: number;
  readonly address: string;
  readonly height: number;
  readonly coinbase: boolean;
}

export interface ExportPoolTx {
  readonly txid: string;
  /** serializeTx(tx, true) as lower-case hex. */
  readonly hex: string;
  /** Unix seconds it entered the node's pool. */
  readonly time: number;
}

export interface ExportNode {
  readonly id: string;
  readonly tip: string;
  /** Hashes of the node's non-orphan blocks in the order it first saw them, genesis first. */
  readonly blocks: readonly string[];
  /** Hashes of blocks waiting for their parent. */
  readonly orphans: readonly string[];
  /** The node's UTXO set, sorted by outpoint (checked against a full replay on import). */
  readonly utxos: readonly ExportCoin[];
  /** The pool in arrival order. */
  readonly mempool: readonly ExportPoolTx[];
}

export interface ExportWallet {
  readonly label: string;
  readonly address: string;
  readonly publicKey: string;
  readonly privateKey: string;
  readonly seed?: string;
  readonly seedIndex?: number;
}

export interface ExportFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO time. */
  readonly exportedAt: string;
  readonly params: ConsensusParams;
  /** Hash of the genesis block every node starts from. */
  readonly genesis: string;
  readonly blocks: readonly ExportBlock[];
  readonly nodes: readonly ExportNode[];
  readonly network: JsonValue;
  readonly settings: JsonObject;
  readonly containsPrivateKeys: boolean;
  readonly warning?: string;
  readonly wallets?: readonly ExportWallet[];
}

/** Why an import file was refused: stable codes, the first problem found. */
export const IMPORT_ERRORS = {
  'not-json': 'The file is not valid JSON.',
  'wrong-format': 'This is not a Pocket Chain state file.',
  'unsupported-version': 'The file was written in a format version this app does not read.',
  'missing-field': 'A required field is missing.',
  'bad-field': 'A field has the wrong type or form.',
  'bad-hex': 'A hex field contains something that is not hex.',
  'bad-params': 'The consensus parameters in the file are invalid.',
  'duplicate-node': 'Two nodes in the file have the same id.',
  'duplicate-block': 'The file lists the same block twice.',
  'bad-encoding': 'A block or transaction does not decode.',
  'block-hash-mismatch': 'A block does not hash to the hash the file gives for it.',
  'txid-mismatch': 'A pool transaction does not hash to the txid the file gives for it.',
  'unknown-block': 'A node refers to a block the file does not contain.',
  'genesis-mismatch': 'The genesis block does not fit the file (another genesis, or made for other parameters).',
  'foreign-chain': 'The file belongs to another chain than the one expected.',
  'broken-link': 'A block\u2019s parent is not listed before it in its node.',
  'block-rejected': 'A block breaks a consensus rule.',
  'tip-mismatch': 'Replaying the node\u2019s blocks does not end at the tip the file claims.',
  'orphans-mismatch': 'The orphans the file claims do not match the replay.',
  'utxo-mismatch': 'The UTXO set the file claims differs from the one rebuilt by replaying the blocks.',
  'mempool-rejected': 'A pool transaction is refused by the node it belongs to.',
  'bad-wallet': 'A wallet\u2019s private key does not give its public key and address.',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERRORS;

export interface ImportProblem {
  readonly code: ImportErrorCode;
  /** Core's reject code when a consensus rule failed (e.g. high-hash, bad-txns-bad-signature). */
  readonly reason?: RejectCode;
  /** Where in the file, e.g. nodes[1].blocks[4]. */
  readonly path?: string;
  /** The sentence for the code, then what exactly was found. */
  readonly message: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
  readonly problem: ImportProblem;

  constructor(code: ImportErrorCode, detail: string, o: { path?: string; reason?: RejectCode } = {}) {
    const message = `${IMPORT_ERRORS[code]} ${o.path ? `${o.path}: ` : ''}${detail}`;
    super(message);
    this.problem = { code, message, ...(o.reason ? { reason: o.reason } : {}), ...(o.path ? { path: o.path } : {}) };
  }
}
