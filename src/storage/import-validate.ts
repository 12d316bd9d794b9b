/**
 * Validating an import file completely before anything is replaced. A pure
 * function of the file (core only: no DOM, no IndexedDB), so the app can run it
 * in a Web Worker. Stages, each stopping at the first problem:
 *
 *   1. JSON, format tag, version, every field's presence and form (import-structure.ts)
 *   2. params (validateParams), unique node ids
 *   3. every block decodes and hashes to its stated hash
 *   4. genesis and linkage: each node starts at the file's genesis, made for
 *      these params; every block's parent comes before it in its node
 *   5. context-free block rules for each block (proof of work, merkle root,
 *      witness commitment, coinbase shape: core's checkBlock)
 *   6. a full replay per node through core validation (Blockchain.fromGenesis
 *      + processBlock: difficulty, times, coinbase amounts, spends, signatures)
 *      and a comparison with what the file claims: tip, orphans, UTXO set; then
 *      the pool re-accepted in order at its arrival times (the verdicts on its
 *      signatures are returned, for the page that accepts the same pools again)
 *   7. wallets: each private key gives its public key and address (and seed)
 *
 * The future-time rule (a block no more than 2 hours ahead of the node's clock)
 * is about a block's arrival, not its history, so the replay's clock is far ahead.
 */
import {
  Blockchain,
  GENESIS_PREV_HASH,
  blockFromHex,
  blockHash,
  bytesToHex,
  checkBlock,
  hexToBytes,
  isValidationError,
  parseTx,
  privateKeyFromSeed,
  recordingVerifiedSignatures,
  txid,
  validateParams,
  walletFromPrivateKey,
  type Block,
  type ConsensusParams,
  type VerifiedSignature,
  type Wallet,
} from '../core/index';
import { ImportError, type ExportFile, type ExportNode, type ImportProblem } from './export-format';
import { checkStructure } from './import-structure';
import { toJsonValue } from './json';
import { nodeStateFromChain, REPLAY_CLOCK } from './node-state';
import type { JsonObject } from './schema';
import type { NodeState, PersistedState } from './store';

export interface ImportOptions {
  /** Refuse a file whose genesis is not this one (importing into a given chain). */
  readonly expectedGenesis?: string;
  /** Called after each replayed block: done and total over all nodes. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly state: PersistedState;
      /** False: the file has no wallets, so the current ones should be kept. */
      readonly includesWallets: boolean;
      readonly summary: { readonly nodes: number; readonly blocks: number; readonly transactions: number };
      /**
       * The signature verdicts of the pools' transactions (core's signature-cache.ts): the
       * page adds them before it restores the same pools, instead of verifying again.
       */
      readonly poolSignatures: readonly VerifiedSignature[];
    }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Checks everything; never throws for a bad file (only for a bug). */
export function validateImport(input: unknown, options: ImportOptions = {}): ImportResult {
  try {
    return validate(input, options);
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, problem: e.problem };
    throw e;
  }
}

function checkParams(file: ExportFile): ConsensusParams {
  try {
    if (typeof file.params.name !== 'string') throw new TypeError('name must be a string');
    return validateParams(file.params);
  } catch (e) {
    throw new ImportError('bad-params', (e as Error).message, { path: 'params' });
  }
}

function decodeBlocks(file: ExportFile): Map<string, Block> {
  const blocks = new Map<string, Block>();
  file.blocks.forEach(({ hash, hex }, i) => {
    const path = `blocks[${i}]`;
    if (blocks.has(hash)) throw new ImportError('duplicate-block', `block ${hash} is listed again.`, { path });
    let block: Block;
    try {
      block = blockFromHex(hex);
    } catch (e) {
      throw new ImportError('bad-encoding', (e as Error).message, { path });
    }
    const actual = blockHash(block.header);
    if (actual !== hash) throw new ImportError('block-hash-mismatch', `the bytes hash to ${actual}, the file says ${hash}.`, { path });
    blocks.set(hash, block);
  });
  return blocks;
}

function checkLinks(file: ExportFile, blocks: Map<string, Block>, params: ConsensusParams, options: ImportOptions): void {
  const genesis = blocks.get(file.genesis);
  if (!genesis) throw new ImportError('unknown-block', `the genesis ${file.genesis} is not among the blocks.`, { path: 'genesis' });
  if (genesis.header.prevHash !== GENESIS_PREV_HASH) throw new ImportError('genesis-mismatch', 'the genesis block has a parent.', { path: 'genesis' });
  if (genesis.header.bits !== params.genesisBits) {
    throw new ImportError('genesis-mismatch', `the genesis block carries bits 0x${genesis.header.bits.toString(16)}, these params require 0x${params.genesisBits.toString(16)}.`, { path: 'genesis' });
  }
  if (options.expectedGenesis !== undefined && file.genesis !== options.expectedGenesis) {
    throw new ImportError('foreign-chain', `its genesis is ${file.genesis}, expected ${options.expectedGenesis}.`, { path: 'genesis' });
  }
  const ids = new Set<string>();
  file.nodes.forEach((n, i) => {
    const p = `nodes[${i}]`;
    if (ids.has(n.id)) throw new ImportError('duplicate-node', `node id "${n.id}" appears twice.`, { path: `${p}.id` });
    ids.add(n.id);
    const seen = new Set<string>();
    const known = (h: string, q: string) => {
      if (!blocks.has(h)) throw new ImportError('unknown-block', `block ${h} is not in the file.`, { path: q });
      if (seen.has(h)) throw new ImportError('duplicate-block', `block ${h} is listed twice in this node.`, { path: q });
      seen.add(h);
    };
    n.blocks.forEach((h, j) => {
      known(h, `${p}.blocks[${j}]`);
      if (j === 0) {
        if (h !== file.genesis) throw new ImportError('genesis-mismatch', `the node starts at ${h}, not at the file's genesis ${file.genesis}.`, { path: `${p}.blocks[0]` });
        return;
      }
      const parent = blocks.get(h)!.header.prevHash;
      if (!seen.has(parent) || parent === h) throw new ImportError('broken-link', `block ${h}'s parent ${parent} is not listed before it.`, { path: `${p}.blocks[${j}]` });
    });
    n.orphans.forEach((h, j) => known(h, `${p}.orphans[${j}]`));
    if (!n.blocks.includes(n.tip)) throw new ImportError('tip-mismatch', `the tip ${n.tip} is not one of the node's blocks.`, { path: `${p}.tip` });
  });
}

function checkBlocks(file: ExportFile, blocks: Map<string, Block>, params: ConsensusParams): void {
  file.blocks.forEach(({ hash }, i) => {
    try {
      checkBlock(blocks.get(hash)!, params);
    } catch (e) {
      if (!isValidationError(e)) throw e;
      throw new ImportError('block-rejected', `block ${hash}: ${e.message} [${e.code}]`, { path: `blocks[${i}]`, reason: e.code });
    }
  });
}

function replayNode(n: ExportNode, p: string, blocks: Map<string, Block>, params: ConsensusParams, progress: () => void, poolSignatures: Set<VerifiedSignature>): NodeState {
  let clock = REPLAY_CLOCK;
  let chain: Blockchain;
  try {
    chain = Blockchain.fromGenesis(params, blocks.get(n.blocks[0]!)!, { now: () => clock });
  } catch (e) {
    if (!isValidationError(e)) throw e;
    throw new ImportError('block-rejected', `the genesis block: ${e.message} [${e.code}]`, { path: `${p}.blocks[0]`, reason: e.code });
  }
  progress();
  n.blocks.forEach((h, j) => {
    if (j === 0) return;
    const r = chain.processBlock(blocks.get(h)!);
    if (r.status === 'rejected') throw new ImportError('block-rejected', `block ${h}: ${r.message} [${r.code}]`, { path: `${p}.blocks[${j}]`, reason: r.code });
    progress();
  });
  n.orphans.forEach((h, j) => {
    const r = chain.processBlock(blocks.get(h)!);
    if (r.status !== 'orphan') throw new ImportError('orphans-mismatch', `block ${h} is not an orphan for this node (${r.status}${r.code ? `: ${r.code}` : ''}).`, { path: `${p}.orphans[${j}]` });
  });
  if (chain.tip.hash !== n.tip) {
    throw new ImportError('tip-mismatch', `replaying the node's blocks ends at ${chain.tip.hash} (height ${chain.height}), the file claims ${n.tip}.`, { path: `${p}.tip` });
  }
  compareUtxos(n, p, chain);

  chain.mempool.drain(); // the file's pool is the truth, not what replayed reorgs returned to it
  const { signatures } = recordingVerifiedSignatures(() => acceptPool(n, p, chain, (time) => (clock = time)));
  for (const s of signatures) poolSignatures.add(s);
  return nodeStateFromChain(n.id, chain);
}

/** The file's pool accepted in its order, each transaction at its arrival time. */
function acceptPool(n: ExportNode, p: string, chain: Blockchain, setClock: (time: number) => void): void {
  n.mempool.forEach((t, j) => {
    const q = `${p}.mempool[${j}]`;
    let tx;
    try {
      tx = parseTx(hexToBytes(t.hex, 'hex'));
    } catch (e) {
      throw new ImportError('bad-encoding', (e as Error).message, { path: q });
    }
    if (txid(tx) !== t.txid) throw new ImportError('txid-mismatch', `the bytes give txid ${txid(tx)}, the file says ${t.txid}.`, { path: q });
    setClock(t.time);
    const r = chain.acceptTransaction(tx);
    if (!r.accepted) throw new ImportError('mempool-rejected', `transaction ${t.txid}: ${r.message} [${r.code}]`, { path: q, reason: r.code });
  });
}

function compareUtxos(n: ExportNode, p: string, chain: Blockchain): void {
  const replayed = chain.utxos.toSortedArray();
  const claimed = [...n.utxos].sort((a, b) => (a.outpoint < b.outpoint ? -1 : a.outpoint > b.outpoint ? 1 : 0));
  const len = Math.max(replayed.length, claimed.length);
  for (let i = 0; i < len; i++) {
    const r = replayed[i];
    const c = claimed[i];
    if (r && c && r[0] === c.outpoint && r[1].amount === c.amount && r[1].address === c.address && r[1].height === c.height && r[1].coinbase === c.coinbase) continue;
    const key = !c ? r![0] : !r ? c.outpoint : r[0] < c.outpoint ? r[0] : c.outpoint;
    const what = !c || (r && r[0] < c.outpoint) ? 'exists after replay but the file omits it' : !r || r[0] > c.outpoint ? 'is claimed by the file but does not exist after replay' : 'has another amount, address, height or coinbase flag than after replay';
    throw new ImportError('utxo-mismatch', `coin ${key} ${what} (replay: ${replayed.length} coins, file: ${claimed.length}).`, { path: `${p}.utxos` });
  }
}

function checkWallets(file: ExportFile, params: ConsensusParams): Wallet[] {
  return (file.wallets ?? []).map((w, i) => {
    const path = `wallets[${i}]`;
    let derived: Wallet;
    try {
      derived = walletFromPrivateKey(w.privateKey, { label: w.label, addressVersion: params.addressVersion });
    } catch (e) {
      throw new ImportError('bad-wallet', (e as Error).message, { path });
    }
    if (derived.publicKey !== w.publicKey || derived.address !== w.address) throw new ImportError('bad-wallet', `the key gives ${derived.address}, the file says ${w.address}.`, { path });
    if (w.seed === undefined) return derived;
    if (bytesToHex(privateKeyFromSeed(w.seed, w.seedIndex ?? 0)) !== w.privateKey) throw new ImportError('bad-wallet', `seed "${w.seed}" #${w.seedIndex} does not give this key.`, { path });
    return { ...derived, seed: w.seed, seedIndex: w.seedIndex ?? 0 };
  });
}

function validate(input: unknown, options: ImportOptions): ImportResult {
  const file = checkStructure(input);
  const params = checkParams(file);
  const blocks = decodeBlocks(file);
  checkLinks(file, blocks, params, options);
  checkBlocks(file, blocks, params);
  const total = file.nodes.reduce((s, n) => s + n.blocks.length, 0);
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);
  const poolSignatures = new Set<VerifiedSignature>();
  const nodes = file.nodes.map((n, i) => replayNode(n, `nodes[${i}]`, blocks, params, progress, poolSignatures));
  const wallets = checkWallets(file, params);
  let network;
  let settings: JsonObject;
  try {
    network = toJsonValue(file.network, 'network');
    settings = toJsonValue(file.settings, 'settings') as JsonObject;
  } catch (e) {
    throw new ImportError('bad-field', (e as Error).message);
  }
  const transactions = [...blocks.values()].reduce((s, b) => s + b.txs.length, 0);
  return {
    ok: true,
    state: { params, nodes, wallets, network, settings },
    includesWallets: file.wallets !== undefined,
    summary: { nodes: nodes.length, blocks: blocks.size, transactions },
    poolSignatures: [...poolSignatures],
  };
}
