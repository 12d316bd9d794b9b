/**
 * Block templates: a candidate block with a coinbase paying reward + fees to the
 * miner and the pool's best transactions, ready for the nonce search. Rolling
 * the extra nonce rebuilds the coinbase and so the merkle root.
 */
import { MAX_MONEY } from './amount';
import { blockMerkleRoot, witnessMerkleRoot, type Block } from './block';
import { createCoinbase, ZERO_HASH } from './coinbase';
import { blockSubsidy, type ConsensusParams } from './params';
import { bitsToTarget } from './pow';
import { txSize, type Transaction } from './transaction';
import { medianTimePast, nextBitsRequired } from './difficulty';
import { BLOCK_VERSION } from './block-check';
import { decodeAddress } from './address';
import type { BlockHeader } from './header';
import type { Blockchain } from './chain';

export interface BlockTemplate {
  readonly block: Block;
  readonly height: number;
  readonly target: bigint;
  readonly subsidy: number;
  readonly fees: number;
  readonly minerAddress: string;
  readonly extraNonce: number;
  readonly message: string;
}

export interface AssembleOptions {
  readonly prevHash: string;
  readonly height: number;
  readonly bits: number;
  readonly time: number;
  /** Non-coinbase transactions, parents before children. */
  readonly txs: readonly Transaction[];
  readonly minerAddress: string;
  readonly subsidy: number;
  readonly fees: number;
  readonly extraNonce?: number;
  readonly message?: string;
}

/** Builds the coinbase (committing to the signatures) and the header, nonce 0. */
export function assembleBlock(o: AssembleOptions): BlockTemplate {
  const extraNonce = o.extraNonce ?? 0;
  const message = o.message ?? '';
  // A coinbase may claim less than it is allowed; above MAX_MONEY it would be invalid, so a
  // huge reward plus fees is capped there (the rest is never created).
  const outputs = [{ amount: Math.min(o.subsidy + o.fees, MAX_MONEY), address: o.minerAddress }];
  // The witness root needs the wtxids, which do not depend on the coinbase (its leaf is zero).
  const draft = createCoinbase({ height: o.height, extraNonce, witnessRoot: ZERO_HASH, message }, outputs);
  const witnessRoot = witnessMerkleRoot([draft, ...o.txs]);
  const coinbase = createCoinbase({ height: o.height, extraNonce, witnessRoot, message }, outputs);
  const txs = [coinbase, ...o.txs];
  const header: BlockHeader = {
    version: BLOCK_VERSION,
    prevHash: o.prevHash,
    merkleRoot: blockMerkleRoot(txs).root,
    time: o.time,
    bits: o.bits,
    nonce: 0,
  };
  return {
    block: { header, txs },
    height: o.height,
    target: bitsToTarget(o.bits),
    subsidy: o.subsidy,
    fees: o.fees,
    minerAddress: o.minerAddress,
    extraNonce,
    message,
  };
}

/** The same template with another extra nonce (new coinbase, new merkle root, nonce 0). */
export function rollExtraNonce(t: BlockTemplate, extraNonce = t.extraNonce + 1): BlockTemplate {
  return assembleBlock({
    prevHash: t.block.header.prevHash,
    height: t.height,
    bits: t.block.header.bits,
    time: t.block.header.time,
    txs: t.block.txs.slice(1),
    minerAddress: t.minerAddress,
    subsidy: t.subsidy,
    fees: t.fees,
    extraNonce,
    message: t.message,
  });
}

export interface TemplateOptions {
  readonly minerAddress: string;
  /** At most this many pool transactions (the original system's "amount of transactions"). */
  readonly maxTxs?: number;
  /** Header time; defaults to the node's clock, never at or below median time past. */
  readonly time?: number;
  readonly extraNonce?: number;
  readonly message?: string;
}

/** A template on top of the node's active tip with its pool's best transactions. */
export function createBlockTemplate(chain: Blockchain, o: TemplateOptions): BlockTemplate {
  const params: ConsensusParams = chain.params;
  decodeAddress(o.minerAddress, params.addressVersion);
  const tip = chain.tip;
  const height = tip.height + 1;
  const mtp = medianTimePast(tip, params.medianTimeSpan);
  const time = Math.max(o.time ?? chain.clock(), mtp + 1);
  // Reserve room for the header, the tx count and a coinbase.
  const room = params.maxBlockSize - 80 - 9 - 200;
  const chosen = chain.mempool.selectForBlock(room, o.maxTxs ?? Infinity);
  const txs = chosen.map((e) => e.tx);
  const fees = chosen.reduce((s, e) => s + e.fee, 0);
  if (txs.reduce((s, tx) => s + txSize(tx), 0) > room) throw new Error('template overflow');
  return assembleBlock({
    prevHash: tip.hash,
    height,
    bits: nextBitsRequired(tip, params),
    time,
    txs,
    minerAddress: o.minerAddress,
    subsidy: blockSubsidy(height, params),
    fees,
    extraNonce: o.extraNonce,
    message: o.message,
  });
}
