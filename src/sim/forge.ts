/**
 * Building blocks on any parent, outside any node's validation: what a bad
 * peer (or a test in the spirit of Bitcoin Core's feature_block.py) needs to
 * make a chain that looks right — correct difficulty bits, times past the
 * median, a real proof of work — but may break one rule on purpose.
 */
import {
  assembleBlock, blockHash, blockSubsidy, bitsToTarget, hashMeetsTarget, headerHashBytes, medianTimePast,
  mineTemplate, nextBitsRequired, targetToLE,
  type Block, type BlockHeader, type ConsensusParams, type HeaderChainLink, type Transaction,
} from '../core/index';

/** A block's place in a chain: enough to compute the next block's bits and median time. */
export interface ForgedLink extends HeaderChainLink {
  readonly hash: string;
}

export interface ForgeOptions {
  readonly minerAddress: string;
  /** Non-coinbase transactions, parents first. */
  readonly txs?: readonly Transaction[];
  /** Fees the coinbase may claim on top of the subsidy (the forger must know them; default 0). */
  readonly fees?: number;
  /** Extra units the coinbase claims beyond subsidy + fees (makes it overpay: bad-cb-amount). */
  readonly overpay?: number;
  /** Header time; default max(parent time + 1, median time past + 1). */
  readonly time?: number;
  readonly message?: string;
  /** Leave the proof of work invalid (a nonce whose hash is above the target: high-hash). */
  readonly breakPow?: boolean;
  /** Replace the merkle root after assembling (bad-txnmrklroot); the proof of work is found for the bad header. */
  readonly merkleRoot?: string;
}

/** The chain position of a block given its parent link. */
export function linkOf(block: Block, parent: ForgedLink | undefined): ForgedLink {
  return { hash: blockHash(block.header), height: parent ? parent.height + 1 : 0, header: block.header, parent };
}

/** Mines a block on `parent` with the bits the chain requires there. */
export function forgeBlock(params: ConsensusParams, parent: ForgedLink, o: ForgeOptions): { block: Block; link: ForgedLink } {
  const height = parent.height + 1;
  const time = o.time ?? Math.max(parent.header.time + 1, medianTimePast(parent, params.medianTimeSpan) + 1);
  const template = assembleBlock({
    prevHash: parent.hash,
    height,
    bits: nextBitsRequired(parent, params),
    time,
    txs: o.txs ?? [],
    minerAddress: o.minerAddress,
    subsidy: blockSubsidy(height, params) + (o.overpay ?? 0),
    fees: o.fees ?? 0,
    message: o.message,
  });
  let header: BlockHeader = template.block.header;
  if (o.merkleRoot !== undefined) header = { ...header, merkleRoot: o.merkleRoot };
  header = o.breakPow ? failingNonce(header) : passingNonce(header, template);
  const block: Block = { header, txs: template.block.txs };
  return { block, link: linkOf(block, parent) };
}

function passingNonce(header: BlockHeader, template: ReturnType<typeof assembleBlock>): BlockHeader {
  const mined = mineTemplate({ ...template, block: { header, txs: template.block.txs } });
  if (!mined) throw new Error('mining stopped');
  return mined.block.header;
}

function failingNonce(header: BlockHeader): BlockHeader {
  const targetLE = targetToLE(bitsToTarget(header.bits));
  for (let nonce = 0; nonce < 0x1_0000_0000; nonce++) {
    const h = { ...header, nonce };
    if (!hashMeetsTarget(headerHashBytes(h), targetLE)) return h;
  }
  throw new Error('every nonce meets the target');
}
