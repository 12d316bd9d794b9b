/**
 * Block rules. checkBlock is context-free (Core's CheckBlockHeader + CheckBlock):
 * proof of work, merkle root, size, coinbase shape, each transaction.
 * contextualCheckBlock needs the parent (ContextualCheckBlockHeader/Block):
 * difficulty, median time past, future time, coinbase height.
 */
import { rejectDetail } from './reject-details';
import { reject } from './errors';
import { checkProofOfWork } from './pow';
import { headerHashBytes } from './header';
import { blockMerkleRoot, blockSize, witnessMerkleRoot, type Block } from './block';
import { isCoinbase, txid } from './transaction';
import { checkTransaction } from './tx-check';
import { decodeCoinbaseScript } from './coinbase';
import { medianTimePast, nextBitsRequired, type HeaderChainLink } from './difficulty';
import type { ConsensusParams } from './params';
import { blockCheckedUnder, rememberCheckedBlock } from './verdict-cache';

export const BLOCK_VERSION = 1;

export function checkBlockHeader(block: Block, params: ConsensusParams): void {
  if (!Number.isInteger(block.header.version) || block.header.version < 1) reject('bad-version', rejectDetail('version', { version: block.header.version }));
  if (!checkProofOfWork(headerHashBytes(block.header), block.header.bits, params.powLimitBits)) {
    reject('high-hash');
  }
}

/** Context-free checks; a frozen block that passed them under these params passes at once (verdict-cache.ts). */
export function checkBlock(block: Block, params: ConsensusParams): void {
  if (blockCheckedUnder(block, params)) return;
  checkBlockHeader(block, params);
  if (block.txs.length === 0) reject('bad-blk-empty');

  const { root, mutated } = blockMerkleRoot(block.txs);
  if (root !== block.header.merkleRoot) reject('bad-txnmrklroot', rejectDetail('merkleMismatch', { header: block.header.merkleRoot.slice(0, 16), computed: root.slice(0, 16) }));
  if (mutated) reject('bad-txns-duplicate', rejectDetail('mutatedTree', {}));

  if (blockSize(block) > params.maxBlockSize) reject('bad-blk-length', rejectDetail('blockTooLarge', { bytes: blockSize(block), max: params.maxBlockSize }));
  if (!isCoinbase(block.txs[0]!)) reject('bad-cb-missing');
  for (let i = 1; i < block.txs.length; i++) {
    if (isCoinbase(block.txs[i]!)) reject('bad-cb-multiple', rejectDetail('transaction', { index: i }));
  }

  const ids = new Set<string>();
  for (const tx of block.txs) {
    checkTransaction(tx, params);
    const id = txid(tx);
    if (ids.has(id)) reject('bad-txns-duplicate', id);
    ids.add(id);
  }

  const commitment = decodeCoinbaseScript(block.txs[0]!.inputs[0]!.script).witnessRoot;
  if (commitment !== witnessMerkleRoot(block.txs)) reject('bad-witness-merkle-match');
  rememberCheckedBlock(block, params);
}

/**
 * Rules that depend on the parent. `now` is the validating node's clock (unix
 * seconds): a block may not be dated more than maxFutureBlockTime ahead of it.
 */
export function contextualCheckBlock(block: Block, parent: HeaderChainLink, params: ConsensusParams, now: number): void {
  const required = nextBitsRequired(parent, params);
  if (block.header.bits !== required) {
    reject('bad-diffbits', rejectDetail('bitsRequired', { bits: `0x${block.header.bits.toString(16)}`, required: `0x${required.toString(16)}` }));
  }
  const mtp = medianTimePast(parent, params.medianTimeSpan);
  if (block.header.time <= mtp) reject('time-too-old', rejectDetail('timeTooOld', { time: block.header.time, mtp }));
  if (block.header.time > now + params.maxFutureBlockTime) {
    reject('time-too-new', rejectDetail('timeTooNew', { time: block.header.time, ahead: block.header.time - now }));
  }
  const height = parent.height + 1;
  const stated = decodeCoinbaseScript(block.txs[0]!.inputs[0]!.script).height;
  if (stated !== height) reject('bad-cb-height', rejectDetail('coinbaseHeight', { stated, height }));
}
