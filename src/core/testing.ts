/**
 * Helpers for tests (core, sim, storage): seeded wallets, a chain with a
 * controllable clock, and blocks built on any parent (for forks) or tampered
 * and re-mined so that exactly one rule breaks. Not used by the app.
 */
import { assembleBlock, type BlockTemplate } from './block-template';
import { blockMerkleRoot, witnessMerkleRoot, type Block } from './block';
import { Blockchain } from './chain';
import { createCoinbase, decodeCoinbaseScript } from './coinbase';
import { createGenesisBlock } from './genesis';
import { mineTemplate } from './miner';
import { nextBitsRequired } from './difficulty';
import { blockSubsidy, REGTEST_PARAMS, type ConsensusParams } from './params';
import { buildPayment, createWallet, type Wallet } from './wallet';
import { spendableCoins } from './balance';
import { bitsToTarget, hashToBigInt } from './pow';
import { serializeHeader } from './header';
import { sha256d } from './hash';
import type { Transaction } from './transaction';

export const TEST_EPOCH = 1_700_000_000;

export function makeWallets(n: number, seed = 'test'): Wallet[] {
  return Array.from({ length: n }, (_, i) => createWallet({ label: `w${i}`, seed, index: i }));
}

/** Finds a nonce for the header as it is (rolling the extra nonce if needed). */
export function solve(template: BlockTemplate): Block {
  const mined = mineTemplate(template);
  if (!mined) throw new Error('mining stopped');
  return mined.block;
}

export interface BuildOptions {
  readonly txs?: readonly Transaction[];
  readonly miner?: string;
  readonly time?: number;
  readonly fees?: number;
  /** Extra units the coinbase claims beyond subsidy + fees (to build bad-cb-amount blocks). */
  readonly overpay?: number;
  readonly bits?: number;
  readonly message?: string;
}

/** A mined block on top of `parentHash` in `chain`'s tree, valid unless the options say otherwise. */
export function buildBlockOn(chain: Blockchain, parentHash: string, o: BuildOptions = {}): Block {
  const parent = chain.tree.get(parentHash);
  if (!parent) throw new Error(`unknown parent ${parentHash}`);
  const height = parent.height + 1;
  const template = assembleBlock({
    prevHash: parentHash,
    height,
    bits: o.bits ?? nextBitsRequired(parent, chain.params),
    time: o.time ?? parent.header.time + chain.params.targetSpacing,
    txs: o.txs ?? [],
    minerAddress: o.miner ?? chain.getBlock(chain.genesis.hash)!.txs[0]!.outputs[0]!.address,
    subsidy: blockSubsidy(height, chain.params) + (o.overpay ?? 0),
    fees: o.fees ?? 0,
    message: o.message,
  });
  return solve(template);
}

/**
 * Re-derives the coinbase witness root, the merkle root and the proof of work
 * after a test changed a block's transactions, so only the intended rule breaks.
 */
export function remine(block: Block, o: { keepMerkleRoot?: boolean; keepWitness?: boolean } = {}): Block {
  let txs = block.txs;
  if (!o.keepWitness && txs.length > 0) {
    const cb = txs[0]!;
    const data = decodeCoinbaseScript(cb.inputs[0]!.script);
    const coinbase = createCoinbase({ ...data, witnessRoot: witnessMerkleRoot(txs) }, cb.outputs);
    txs = [coinbase, ...txs.slice(1)];
  }
  const merkleRoot = o.keepMerkleRoot || txs.length === 0 ? block.header.merkleRoot : blockMerkleRoot(txs).root;
  const target = bitsToTarget(block.header.bits);
  let header = { ...block.header, merkleRoot, nonce: 0 };
  // The header bits may be above the pow limit in a test; search a bounded range only.
  for (let nonce = 0; nonce < 5_000_000; nonce++) {
    header = { ...header, nonce };
    if (hashToBigInt(sha256d(serializeHeader(header))) <= target) return { header, txs };
  }
  throw new Error('remine: no nonce found');
}

/** A chain on a test clock with wallets; by default regtest-like (every block ~2 hashes). */
export class TestChain {
  clock: number;
  readonly chain: Blockchain;
  readonly wallets: Wallet[];

  constructor(params: ConsensusParams = REGTEST_PARAMS, walletCount = 4, seed = 'test', options: { mempoolMaxBytes?: number } = {}) {
    this.clock = TEST_EPOCH;
    this.wallets = makeWallets(walletCount, seed);
    const genesis = createGenesisBlock(params, this.wallets[0]!.address, this.clock);
    this.chain = Blockchain.fromGenesis(params, genesis, { now: () => this.clock, mempoolMaxBytes: options.mempoolMaxBytes });
  }

  get params(): ConsensusParams {
    return this.chain.params;
  }

  /** Mines the next block on the tip (or `parent`) and processes it; returns the block. */
  mine(o: BuildOptions & { parent?: string } = {}): Block {
    const parentHash = o.parent ?? this.chain.tip.hash;
    const parent = this.chain.tree.get(parentHash)!;
    const time = o.time ?? parent.header.time + this.params.targetSpacing;
    this.clock = Math.max(this.clock, time);
    const block = buildBlockOn(this.chain, parentHash, { ...o, time });
    const r = this.chain.processBlock(block);
    if (!r.accepted) throw new Error(`test block refused: ${r.code} ${r.message}`);
    return block;
  }

  /** Mines a block with the pool's transactions (a real template). */
  minePool(miner = this.wallets[0]!.address, maxTxs?: number): Block {
    const entries = this.chain.mempool.selectForBlock(this.params.maxBlockSize - 1000, maxTxs);
    return this.mine({ txs: entries.map((e) => e.tx), fees: entries.reduce((s, e) => s + e.fee, 0), miner });
  }

  /** A signed payment from wallet i to wallet j (not submitted). */
  payment(from: number, to: number, amount: number, fee = 0): Transaction {
    const w = this.wallets[from]!;
    return buildPayment({ from: w, to: this.wallets[to]!.address, amount, fee, coins: spendableCoins(this.chain, w.address) }).tx;
  }

  /** Builds and submits a payment; throws if refused. */
  send(from: number, to: number, amount: number, fee = 0): Transaction {
    const tx = this.payment(from, to, amount, fee);
    const r = this.chain.acceptTransaction(tx);
    if (!r.accepted) throw new Error(`payment refused: ${r.code} ${r.message}`);
    return tx;
  }
}

/** A JSON-comparable picture of a chain's state: tip, UTXO set, pool and tree. */
export function stateFingerprint(chain: Blockchain): string {
  return JSON.stringify({
    tip: chain.tip.hash,
    height: chain.height,
    utxos: chain.utxos.toSortedArray(),
    pool: chain.mempool.entries().map((e) => e.txid),
    tree: [...chain.tree.all()].map((e) => e.hash).sort(),
    orphans: chain.tree.orphanBlocks().length,
  });
}

/**
 * Run count and seed for property tests: a fixed seed and a modest count in CI (the
 * unit suite stays fast), more locally with FAST_CHECK_RUNS=500 (and FAST_CHECK_SEED
 * to replay a failure fast-check printed).
 */
export function propertyRuns(ciRuns: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.FAST_CHECK_RUNS);
  const seed = Number(process.env.FAST_CHECK_SEED);
  return { numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : ciRuns, seed: Number.isSafeInteger(seed) ? seed : 20261203 };
}
