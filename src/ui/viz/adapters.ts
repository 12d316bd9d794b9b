/**
 * Adapters from the core's objects to the plain data the pictures take, so the
 * app wires a view with one call:
 *
 *   <ChainView blocks={chainViewBlocks(chain, { tips })} />
 *   <ReorgBanner diff={reorgDiffFromInfo(delta.reorg, chain)} />
 *   <MerkleView {...merkleViewInput(block)} />
 *   <Charts input={chartsInputFromChain(chain)} />
 */
import { isList } from './checks';
import {
  blockHash,
  decodeCoinbaseScript,
  minedByOf,
  txid,
  type Block,
  type Blockchain,
  type MinedBy,
  type ReorgInfo,
} from '../../core/index';
import type { ChainViewBlock } from './chain-layout';
import type { ReorgDiff } from './reorg-transition';
import type { ChartBlock, ChartsInput } from './charts-data';

/** Names a block's miner from what its coinbase says (kept in the block index: no body needed). */
export type MinerOf = (minedBy: MinedBy) => string;

export interface ChainViewOptions {
  /** Who mined a block; defaults to defaultMinerOf. */
  readonly minerOf?: MinerOf;
  /** Network node name -> hash of its active tip (fills ChainViewBlock.tipOf). */
  readonly tips?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** The coinbase message (a miner's tag), or the start of the address the reward went to. */
export function defaultMinerOf(minedBy: MinedBy): string {
  const { address } = minedBy;
  return minedBy.tag.trim() || (address.length > 10 ? `${address.slice(0, 8)}…` : address) || 'unknown';
}

/** The height an orphan's coinbase claims (BIP 34); undefined when it cannot be read. */
function claimedHeight(block: Block): number | undefined {
  try {
    return decodeCoinbaseScript(block.txs[0]?.inputs[0]?.script ?? '').height;
  } catch {
    return undefined;
  }
}

/** The records last returned for each chain, so an unchanged block keeps its record (see reuse). */
const lastRecords = new WeakMap<Blockchain, Map<string, ChainViewBlock>>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The record of the previous call when nothing in it changed: ChainView then
 * sees which blocks are new or changed by identity (chainChange) and updates
 * its layout instead of laying the whole tree out again.
 */
function reuse(previous: Map<string, ChainViewBlock> | undefined, b: ChainViewBlock): ChainViewBlock {
  const old = previous?.get(b.hash);
  return old && old.status === b.status && old.miner === b.miner && old.height === b.height && old.txCount === b.txCount && sameList(old.tipOf, b.tipOf) ? old : b;
}

/** Every block one node knows (active, stale and orphan) as ChainViewBlock records. */
export function chainViewBlocks(chain: Blockchain, options: ChainViewOptions = {}): ChainViewBlock[] {
  if (!chain || typeof chain.activeEntries !== 'function') throw new TypeError('chain must be a Blockchain');
  const minerOf = options.minerOf ?? defaultMinerOf;
  const tipsOf = new Map<string, string[]>();
  const tips = options.tips instanceof Map ? options.tips : new Map(Object.entries(options.tips ?? {}));
  for (const [node, hash] of tips) {
    const list = tipsOf.get(hash) ?? [];
    list.push(node);
    tipsOf.set(hash, list);
  }
  const previous = lastRecords.get(chain);
  const out: ChainViewBlock[] = [];
  for (const e of chain.tree.all()) {
    out.push(reuse(previous, {
      hash: e.hash,
      parent: e.parent?.hash ?? null,
      height: e.height,
      txCount: e.txCount,
      miner: minerOf(e.minedBy),
      status: chain.isActive(e.hash) ? 'active' : 'stale',
      tipOf: tipsOf.get(e.hash) ?? [],
      time: e.header.time,
    }));
  }
  for (const block of chain.tree.orphanBlocks()) {
    const hash = blockHash(block.header);
    out.push(reuse(previous, {
      hash,
      parent: block.header.prevHash,
      height: claimedHeight(block) ?? chain.height + 1,
      txCount: block.txs.length,
      miner: minerOf(minedByOf(block)),
      status: 'orphan',
      tipOf: tipsOf.get(hash) ?? [],
      time: block.header.time,
    }));
  }
  lastRecords.set(chain, new Map(out.map((b) => [b.hash, b])));
  return out;
}

/**
 * A ReorgDiff from the core's ReorgInfo (ChainDelta.reorg). Heights come from
 * the chain when given (disconnected blocks stay in its tree), otherwise from
 * the fork height.
 */
export function reorgDiffFromInfo(info: ReorgInfo, chain?: Blockchain): ReorgDiff {
  if (!info || !isList(info.disconnected) || !isList(info.connected)) throw new TypeError('info must be a ReorgInfo');
  const height = (hash: string, fallback: number) => chain?.tree.get(hash)?.height ?? fallback;
  const n = info.disconnected.length;
  return {
    fork: { hash: info.forkHash, height: info.forkHeight },
    oldTip: { hash: info.oldTip, height: height(info.oldTip, info.forkHeight + n) },
    newTip: { hash: info.newTip, height: height(info.newTip, info.forkHeight + info.connected.length) },
    disconnected: info.disconnected.map((hash, i) => ({ hash, height: height(hash, info.forkHeight + n - i) })),
    connected: info.connected.map((hash, i) => ({ hash, height: height(hash, info.forkHeight + 1 + i) })),
  };
}

/** What MerkleView needs from a block: its txids in order and the root its header commits to. */
export function merkleViewInput(block: Block): { txids: string[]; merkleRoot: string } {
  if (!block || !block.header || !isList(block.txs)) throw new TypeError('block must be a Block');
  return { txids: block.txs.map((tx) => txid(tx)), merkleRoot: block.header.merkleRoot };
}

export interface ChartsOptions {
  readonly minerOf?: MinerOf;
  /** Hash rates over the last this many seconds (all blocks when omitted). */
  readonly windowSeconds?: number;
  /** Height buckets of the stale-rate chart. */
  readonly bucketSize?: number;
}

/** Block records of one node's tree for the charts. */
export function chartBlocks(chain: Blockchain, minerOf: MinerOf = defaultMinerOf): ChartBlock[] {
  const out: ChartBlock[] = [];
  for (const e of chain.tree.all()) {
    out.push({
      height: e.height,
      time: e.header.time,
      bits: e.header.bits,
      miner: minerOf(e.minedBy),
      status: chain.isActive(e.hash) ? 'active' : 'stale',
    });
  }
  return out;
}

/** What the charts of one node's chain are computed from (charts-data.ts chartsData computes them). */
export function chartsInputFromChain(chain: Blockchain, options: ChartsOptions = {}): ChartsInput {
  return {
    blocks: chartBlocks(chain, options.minerOf),
    powLimitBits: chain.params.powLimitBits,
    targetSpacing: chain.params.targetSpacing,
    windowSeconds: options.windowSeconds,
    bucketSize: options.bucketSize,
  };
}
