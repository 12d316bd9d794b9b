/**
 * "Why is this block valid?": every consensus check of a block, listed with its
 * result, for the explorer. It runs the same rule functions as validation, one
 * group at a time, so a tampered copy of a block shows exactly which checks
 * break (and the first failing one carries the reason code a node would give).
 */
import { rejectDetail } from './reject-details';
import { ValidationError, isValidationError, type RejectCode } from './errors';
import { blockMerkleRoot, blockSize, witnessMerkleRoot, type Block } from './block';
import { HEADER_BYTES, blockHash, headerHashBytes, serializeHeader } from './header';
import { bitsToTarget, checkProofOfWork, hashToBigInt, targetHex } from './pow';
import { isCoinbase, outpointKey, totalOutput, txid } from './transaction';
import { checkTransaction } from './tx-check';
import { checkSignatures, checkTxInputs, spentCoins } from './tx-inputs';
import { decodeCoinbaseScript } from './coinbase';
import { medianTimePast, nextBitsRequired, type HeaderChainLink } from './difficulty';
import { blockSubsidy, type ConsensusParams } from './params';
import { UtxoView, type Coin, type CoinSource } from './utxo-set';
import { formatCoins } from './amount';

export interface BlockCheck {
  /** Stable id of the check, e.g. "pow", "merkle-root", "tx-3-signatures". */
  readonly id: string;
  /** What is checked, in a sentence. */
  readonly label: string;
  readonly passed: boolean;
  /** The values compared (e.g. hash vs target). */
  readonly detail: string;
  /** The reason code a node would reject with, when the check fails. */
  readonly code?: RejectCode;
}

export interface BlockReportContext {
  readonly params: ConsensusParams;
  /** The parent's index entry, if known (contextual checks need it). */
  readonly parent?: HeaderChainLink;
  /** Coins as they were before this block (for an active block: from its undo data). */
  readonly coinsBefore?: CoinSource;
  /** The node's clock in unix seconds. */
  readonly now: number;
}

function attempt(fn: () => string): { passed: boolean; detail: string; code?: RejectCode } {
  try {
    return { passed: true, detail: fn() };
  } catch (e) {
    if (!isValidationError(e)) return { passed: false, detail: (e as Error).message, code: 'bad-encoding' };
    return { passed: false, detail: e.message, code: e.code };
  }
}

/** Coins looked up from a block's undo data: what its inputs spent. */
export function coinsFromUndo(spent: readonly (readonly [string, Coin])[]): CoinSource {
  const map = new Map(spent);
  return { getCoin: (key) => map.get(key) };
}

export function blockReport(block: Block, ctx: BlockReportContext): BlockCheck[] {
  const { params } = ctx;
  const checks: BlockCheck[] = [];
  const add = (id: string, label: string, r: { passed: boolean; detail: string; code?: RejectCode }) => checks.push({ id, label, ...r });
  const fail = (code: RejectCode, detail?: string): never => {
    throw new ValidationError(code, detail);
  };

  const hash = blockHash(block.header);
  add('header-size', `The header is Bitcoin's ${HEADER_BYTES}-byte layout`, attempt(() => `${serializeHeader(block.header).length} bytes`));
  add('pow', 'The block hash is at or below the target (proof of work)', attempt(() => {
    const ok = checkProofOfWork(headerHashBytes(block.header), block.header.bits, params.powLimitBits);
    const detail = `hash   ${hash}\ntarget ${targetHex(block.header.bits)}`;
    if (!ok) fail('high-hash', detail);
    return detail;
  }));
  add('not-empty', 'The block holds at least a coinbase', attempt(() => (block.txs.length === 0 ? fail('bad-blk-empty') : `${block.txs.length} transactions`)));
  if (block.txs.length === 0) return checks;

  add('merkle-root', 'The merkle root in the header matches the transactions', attempt(() => {
    const { root } = blockMerkleRoot(block.txs);
    if (root !== block.header.merkleRoot) fail('bad-txnmrklroot', `header ${block.header.merkleRoot}\ncomputed ${root}`);
    return root;
  }));
  add('no-mutation', 'No transaction is repeated to fake the same root (CVE-2012-2459)', attempt(() => {
    if (blockMerkleRoot(block.txs).mutated || new Set(block.txs.map(txid)).size !== block.txs.length) fail('bad-txns-duplicate');
    return 'every txid is unique';
  }));
  add('size', `The block is at most ${params.maxBlockSize.toLocaleString('en')} bytes`, attempt(() => {
    const size = blockSize(block);
    if (size > params.maxBlockSize) fail('bad-blk-length', `${size} bytes`);
    return `${size.toLocaleString('en')} bytes`;
  }));
  add('coinbase-first', 'The first transaction is a coinbase, and the only one', attempt(() => {
    if (!isCoinbase(block.txs[0]!)) fail('bad-cb-missing');
    const extra = block.txs.slice(1).findIndex(isCoinbase);
    if (extra >= 0) fail('bad-cb-multiple', `transaction ${extra + 1}`);
    return 'transaction 0 is the coinbase';
  }));
  block.txs.forEach((tx, i) => {
    add(`tx-${i}-form`, `Transaction ${i} is well formed`, attempt(() => {
      checkTransaction(tx, params);
      return `${tx.inputs.length} in, ${tx.outputs.length} out`;
    }));
  });
  add('witness', 'The coinbase commits to every signature (witness root)', attempt(() => {
    const committed = decodeCoinbaseScript(block.txs[0]!.inputs[0]!.script).witnessRoot;
    const actual = witnessMerkleRoot(block.txs);
    if (committed !== actual) fail('bad-witness-merkle-match', `committed ${committed}\ncomputed ${actual}`);
    return actual;
  }));

  const parent = ctx.parent;
  if (!parent) {
    add('parent', 'The parent block is known', { passed: false, detail: block.header.prevHash, code: 'prev-blk-not-found' });
    return checks;
  }
  const height = parent.height + 1;
  add('parent', `It extends block ${parent.height}`, { passed: true, detail: block.header.prevHash });
  add('bits', 'The difficulty is the one the chain requires at this height', attempt(() => {
    const required = nextBitsRequired(parent, params);
    if (block.header.bits !== required) fail('bad-diffbits', rejectDetail('bitsRequired', { bits: `0x${block.header.bits.toString(16)}`, required: `0x${required.toString(16)}` }));
    return `0x${required.toString(16)}`;
  }));
  add('time-mtp', 'The time is after the median of the previous 11 blocks', attempt(() => {
    const mtp = medianTimePast(parent, params.medianTimeSpan);
    if (block.header.time <= mtp) fail('time-too-old', `${block.header.time} <= ${mtp}`);
    return `${new Date(block.header.time * 1000).toISOString()} > ${new Date(mtp * 1000).toISOString()}`;
  }));
  add('time-future', 'The time is not more than 2 hours ahead of the node clock', attempt(() => {
    if (block.header.time > ctx.now + params.maxFutureBlockTime) fail('time-too-new', `${block.header.time - ctx.now} s ahead`);
    return `${Math.max(0, block.header.time - ctx.now)} s ahead of the clock`;
  }));
  add('coinbase-height', `The coinbase states height ${height}`, attempt(() => {
    const stated = decodeCoinbaseScript(block.txs[0]!.inputs[0]!.script).height;
    if (stated !== height) fail('bad-cb-height', `states ${stated}`);
    return `height ${stated}`;
  }));

  if (!ctx.coinsBefore) {
    add('inputs', 'Inputs, signatures and amounts', { passed: false, detail: 'not validated: the block is not on this node\'s active chain, so the coins it spends are not at hand' });
    return checks;
  }
  const view = new UtxoView(ctx.coinsBefore);
  let fees = 0;
  let txsOk = true;
  block.txs.forEach((tx, i) => {
    if (i === 0) return;
    const coins = attempt(() => {
      const spent = spentCoins(tx, view);
      return `spends ${spent.length} coin${spent.length === 1 ? '' : 's'} worth ${formatCoins(spent.reduce((s, c) => s + c.amount, 0))}`;
    });
    add(`tx-${i}-inputs`, `Transaction ${i} spends coins that exist and are unspent`, coins);
    if (!coins.passed) {
      txsOk = false;
      return;
    }
    const spent = spentCoins(tx, view);
    const amounts = attempt(() => {
      const fee = checkTxInputs(tx, spent, height, params);
      fees += fee;
      return `fee ${formatCoins(fee)}`;
    });
    add(`tx-${i}-amounts`, `Transaction ${i} pays out no more than it spends (and spends only mature coinbases)`, amounts);
    const sigs = attempt(() => {
      checkSignatures(tx, spent, params);
      return `${tx.inputs.length} signature${tx.inputs.length === 1 ? '' : 's'} valid`;
    });
    add(`tx-${i}-signatures`, `Transaction ${i} is signed by the owner of every coin it spends`, sigs);
    if (!amounts.passed || !sigs.passed) txsOk = false;
    const id = txid(tx);
    tx.inputs.forEach((input) => view.spend(outpointKey(input.prevTxid, input.vout)));
    tx.outputs.forEach((out, vout) => view.add(outpointKey(id, vout), { amount: out.amount, address: out.address, height, coinbase: false }));
  });
  const subsidy = blockSubsidy(height, params);
  add('coinbase-amount', 'The coinbase pays at most the reward plus the fees', attempt(() => {
    const claimed = totalOutput(block.txs[0]!);
    if (!txsOk) return `fees unknown: a transaction failed (claims ${formatCoins(claimed)})`;
    if (claimed > subsidy + fees) fail('bad-cb-amount', `pays ${formatCoins(claimed)} > reward ${formatCoins(subsidy)} + fees ${formatCoins(fees)}`);
    return `pays ${formatCoins(claimed)} = reward ${formatCoins(subsidy)} + fees ${formatCoins(fees)}`;
  }));
  return checks;
}

/** The hash as a number compared with the target, for "hash vs target" displays. */
export function hashVersusTarget(block: Block): { hash: bigint; target: bigint; ratio: number } {
  const hash = hashToBigInt(headerHashBytes(block.header));
  const target = bitsToTarget(block.header.bits);
  return { hash, target, ratio: Number(hash) / Number(target) };
}
