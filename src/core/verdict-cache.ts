/**
 * Good verdicts remembered per object, so that the dozens of simulated nodes
 * of one page do not redo the same work on the same block or transaction
 * (the network hands every node the same objects: sim/messages.ts):
 *
 * - a block that passed the context-free checks (checkBlock) under a set of
 *   consensus params is not checked again under them: Core's CBlock::fChecked,
 *   a flag on the block in memory;
 * - a transaction whose inputs' keys and signatures checked out against the
 *   coins it spends is not checked again against the same coins: Core's
 *   script execution cache (validation.cpp, keyed by the wtxid and the
 *   verification flags; here the object stands for the wtxid, and the spent
 *   coins and address version for the flags).
 *
 * Only objects frozen all the way down are remembered (the network
 * deep-freezes what it relays): a verdict on a value that cannot change
 * cannot go stale. Refusals are never remembered, so a bad object is checked,
 * and refused with its reason, every time.
 */
import type { Block } from './block';
import type { ConsensusParams } from './params';
import type { Transaction } from './transaction';
import type { Coin } from './utxo-set';

/** The transaction, its inputs and outputs arrays and every input and output are frozen. */
export function isFrozenTransaction(tx: Transaction): boolean {
  if (!Object.isFrozen(tx) || !Object.isFrozen(tx.inputs) || !Object.isFrozen(tx.outputs)) return false;
  return tx.inputs.every((i) => Object.isFrozen(i)) && tx.outputs.every((o) => Object.isFrozen(o));
}

/** The block, its header, its transaction list and every transaction are frozen all the way down. */
export function isFrozenBlock(block: Block): boolean {
  return Object.isFrozen(block) && Object.isFrozen(block.header) && Object.isFrozen(block.txs) && block.txs.every(isFrozenTransaction);
}

/** Blocks that passed checkBlock, with the params they passed under. */
const checkedBlocks = new WeakMap<Block, ConsensusParams[]>();

/** True when this (frozen) block already passed checkBlock under these very params. */
export function blockCheckedUnder(block: Block, params: ConsensusParams): boolean {
  return checkedBlocks.get(block)?.includes(params) ?? false;
}

/** Remembers that `block` passed checkBlock under `params`, if it is frozen. */
export function rememberCheckedBlock(block: Block, params: ConsensusParams): void {
  if (!isFrozenBlock(block)) return;
  const under = checkedBlocks.get(block);
  if (under) under.push(params);
  else checkedBlocks.set(block, [params]);
}

/** What a signature check depends on besides the transaction: the address version and each spent coin's amount and address. */
function spendKey(spent: readonly Pick<Coin, 'amount' | 'address'>[], addressVersion: number): string {
  let key = String(addressVersion);
  for (const coin of spent) key += `|${coin.amount} ${coin.address}`;
  return key;
}

/** Transactions whose signatures checked out, with the spends (spendKey) they checked out against. */
const verifiedSpends = new WeakMap<Transaction, Set<string>>();

/** True when this (frozen) transaction's keys and signatures already checked out against these coins. */
export function signaturesVerified(tx: Transaction, spent: readonly Pick<Coin, 'amount' | 'address'>[], addressVersion: number): boolean {
  return verifiedSpends.get(tx)?.has(spendKey(spent, addressVersion)) ?? false;
}

/** Remembers that the transaction's keys and signatures checked out against these coins, if it is frozen. */
export function rememberVerifiedSignatures(tx: Transaction, spent: readonly Pick<Coin, 'amount' | 'address'>[], addressVersion: number): void {
  if (!isFrozenTransaction(tx)) return;
  const key = spendKey(spent, addressVersion);
  const known = verifiedSpends.get(tx);
  if (known) known.add(key);
  else verifiedSpends.set(tx, new Set([key]));
}
