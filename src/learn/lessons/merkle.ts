/**
 * Lesson 7, Merkle trees: a real block of seven transactions (a coinbase and
 * six signed payments, built on a regtest chain from the lesson's seed), its
 * Merkle root as the header carries it, a proof for one transaction, and how
 * short a proof stays as blocks grow: ceil(log2 n) hashes for n transactions.
 */
import {
  COIN, REGTEST_PARAMS, SEQUENCE_FINAL, TX_VERSION, Blockchain, blockHash, createBlockTemplate, createGenesisBlock, createWallet, merkleProof,
  mineTemplate, signTransaction, txid, verifyMerkleProof, type Block, type MerkleProof, type Transaction, type Wallet,
} from '../../core/index';
import { LessonInputError, readInteger, readObject, type StepCheck } from '../lesson';
import { LESSON_MINER } from './ledger';

const EPOCH = 1_700_000_000;
export const PAYERS = 6;
export const MAX_BIG_BLOCK = 1_000_000;
export const BIG_BLOCK_STEP = 1000;

export interface MerkleBlock {
  readonly block: Block;
  readonly hash: string;
  readonly height: number;
  /** Display-order txids, coinbase first. */
  readonly txids: readonly string[];
  /** The root in the block's header. */
  readonly merkleRoot: string;
  /** Who pays whom in transactions 1 to 6 (0 is the coinbase, the miner's reward). */
  readonly payments: readonly { readonly from: string; readonly to: string }[];
}

const blocks = new Map<string, MerkleBlock>();

/** The lesson's block for `seed`: built once (seven signatures), then kept. */
export function merkleBlock(seed: string): MerkleBlock {
  let made = blocks.get(seed);
  if (!made) {
    made = buildBlock(seed);
    blocks.set(seed, made);
  }
  return made;
}

const NAMES = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace'];

function buildBlock(seed: string): MerkleBlock {
  const wallets: Wallet[] = NAMES.map((label, index) => createWallet({ label, seed: `${seed}/merkle lesson`, index }));
  const bank = wallets[6]!;
  const chain = Blockchain.fromGenesis(REGTEST_PARAMS, createGenesisBlock(REGTEST_PARAMS, bank.address, EPOCH, 'Merkle lesson'), {
    now: () => EPOCH + (chain.height + 1) * 600,
  });
  const pay = (tx: Transaction, owner: Wallet, coins: { amount: number; address: string; height: number; coinbase: boolean }[]) => {
    const r = chain.acceptTransaction(signTransaction(tx, [owner], coins));
    if (!r.accepted) throw new Error(`the Merkle lesson's setup payment was refused: ${r.code}`);
  };
  const mine = () => {
    const r = chain.processBlock(mineTemplate(createBlockTemplate(chain, { minerAddress: LESSON_MINER }))!.block);
    if (r.status !== 'active') throw new Error(`the Merkle lesson's setup block was refused: ${r.code}`);
  };
  const input = (key: string) => {
    const sep = key.lastIndexOf(':');
    return { prevTxid: key.slice(0, sep), vout: Number(key.slice(sep + 1)), script: '', sequence: SEQUENCE_FINAL, signature: '', publicKey: '' };
  };
  // Block 1: Grace gives each of the six others a coin.
  const [key, coin] = chain.utxos.coinsOf(bank.address)[0]!;
  pay({ version: TX_VERSION, inputs: [input(key)], outputs: wallets.slice(0, PAYERS).map((w) => ({ amount: COIN, address: w.address })), lockTime: 0 }, bank, [coin]);
  mine();
  // Block 2: each of them pays the next one: six payments and the coinbase, seven leaves.
  wallets.slice(0, PAYERS).forEach((w, i) => {
    const [k, c] = chain.utxos.coinsOf(w.address)[0]!;
    const to = wallets[(i + 1) % PAYERS]!;
    pay({ version: TX_VERSION, inputs: [input(k)], outputs: [{ amount: c.amount, address: to.address }], lockTime: 0 }, w, [c]);
  });
  mine();
  const block = chain.getBlock(chain.tip.hash)!;
  // Described in the block's own order (the template orders payments by fee rate, then arrival).
  const payments = block.txs.slice(1).map((tx) => {
    const to = wallets.findIndex((w) => w.address === tx.outputs[0]!.address);
    return { from: NAMES[(to + PAYERS - 1) % PAYERS]!, to: NAMES[to]! };
  });
  return { block, hash: blockHash(block.header), height: chain.height, txids: block.txs.map((tx) => txid(tx)), merkleRoot: block.header.merkleRoot, payments };
}

export interface MerkleState {
  /** The transaction whose proof is shown. */
  readonly selected: number | null;
  /** The transaction replaced by the tamper toggle. */
  readonly tampered: number | null;
  /** Transactions in the imagined big block. */
  readonly bigBlock: number;
}

export const MERKLE_START: MerkleState = Object.freeze({ selected: null, tampered: null, bigBlock: 8 });

export function select(s: MerkleState, index: number | null): MerkleState {
  if (index !== null && (!Number.isInteger(index) || index < 0 || index > PAYERS)) throw new LessonInputError('selected', 'chooseTransaction', { max: PAYERS });
  return { ...s, selected: index };
}

export function tamper(s: MerkleState, index: number | null): MerkleState {
  if (index !== null && (!Number.isInteger(index) || index < 0 || index > PAYERS)) throw new LessonInputError('tampered', 'chooseTransaction', { max: PAYERS });
  return { ...s, tampered: index };
}

export function setBigBlock(s: MerkleState, n: number): MerkleState {
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_BIG_BLOCK) throw new LessonInputError('bigBlock', 'chooseBlockSize', { max: MAX_BIG_BLOCK });
  return { ...s, bigBlock: n };
}

/** Hashes in a proof for one of n transactions: the tree's height, ceil(log2 n). */
export function proofHashes(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}

/** The proof of the selected transaction and whether it leads to the header's root. */
export function proofOf(block: MerkleBlock, index: number): { proof: MerkleProof; valid: boolean } {
  const proof = merkleProof(block.txids, index);
  return { proof, valid: proof.root === block.merkleRoot && verifyMerkleProof(proof) };
}

export const MERKLE_STEPS: readonly StepCheck<MerkleState>[] = [
  { id: 'select', done: (s) => s.selected !== null },
  { id: 'tamper', done: (s) => s.tampered !== null },
  { id: 'big-block', done: (s) => s.bigBlock >= BIG_BLOCK_STEP },
];

export function merkleToData(s: MerkleState): Record<string, unknown> {
  return { ...s };
}

export function merkleFromData(raw: unknown): MerkleState {
  const o = readObject(raw, 'state');
  const index = (key: string) => (o[key] === null ? null : readInteger(o, key, 'state', 0, PAYERS));
  return { selected: index('selected'), tampered: index('tampered'), bigBlock: readInteger(o, 'bigBlock', 'state', 1, MAX_BIG_BLOCK) };
}
