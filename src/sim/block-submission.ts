/**
 * A node's own blocks entering the network: mined by the simulation (or by
 * network.mine) or found by an external miner (the app's Web Worker pool).
 * Either way the block goes through the node's full validation, is recorded
 * for the propagation statistics, gossiped by the node's protocol, and
 * announced with a 'block-found' event.
 */
import { hashOfBlock, type Block, type BlockResult } from '../core/index';
import { deepFreeze } from './messages';
import type { SimNode, TemplateRequest } from './sim-node';
import type { NetworkStats } from './stats';
import type { BlockFoundEvent, SimEventMap } from './events';
import type { MinedResult } from './network-types';

export interface SubmissionContext {
  readonly stats: NetworkStats;
  now(): number;
  nodeIds(): string[];
  emit<K extends keyof SimEventMap>(type: K, payload: SimEventMap[K]): void;
}

/** Builds a template on the node's tip, finds its proof of work, processes and gossips the block. */
export function mineOn(ctx: SubmissionContext, node: SimNode, source: Exclude<BlockFoundEvent['source'], 'submitted'>, o: TemplateRequest = {}): MinedResult {
  const { block } = node.findBlock(o);
  const mined = submitOwnBlock(ctx, node, block, source);
  if (mined.result.status !== 'active') throw new Error(`node ${node.id} refused its own block: ${mined.result.code} ${mined.result.message}`);
  return mined;
}

/**
 * A block of the node's own miner (its proof found here or in the workers), on
 * its template: counted as found, processed, and announced if it became the tip.
 * A template gone stale meanwhile (a teacher's difficulty) may be refused: it is
 * then not counted.
 */
export function submitOwnBlock(ctx: SubmissionContext, node: SimNode, block: Block, source: Exclude<BlockFoundEvent['source'], 'submitted'>): MinedResult {
  deepFreeze(block);
  const hash = hashOfBlock(block);
  const height = (node.chain.tree.get(block.header.prevHash)?.height ?? node.height) + 1;
  ctx.stats.blockFound(hash, node.id, height, ctx.now(), ctx.nodeIds());
  const result = node.processBlock(block, { cause: 'mine' });
  if (result.status !== 'active' && result.status !== 'side-branch') {
    ctx.stats.blockNotFound(hash);
    return { hash, height, block, result };
  }
  ctx.emit('block-found', { nodeId: node.id, time: ctx.now(), hash, height, txCount: block.txs.length, source });
  return { hash, height, block, result };
}

/** A block found outside the simulation for `node`: validated, stored, gossiped if accepted. */
export function submitFoundBlock(ctx: SubmissionContext, node: SimNode, block: Block): BlockResult {
  if (!block || typeof block !== 'object' || !block.header || !Array.isArray(block.txs)) throw new TypeError('block must be a block object');
  deepFreeze(block);
  let hash: string | undefined;
  try {
    hash = hashOfBlock(block);
  } catch {
    hash = undefined; // undecodable: processBlock reports bad-encoding
  }
  const fresh = hash !== undefined && !node.chain.tree.has(hash) && !node.chain.tree.hasOrphan(hash);
  const expectedHeight = (node.chain.tree.get(block.header.prevHash)?.height ?? -1) + 1;
  if (fresh) ctx.stats.blockFound(hash!, node.id, expectedHeight, ctx.now(), ctx.nodeIds());
  const result = node.processBlock(block, { cause: 'submit' });
  if (fresh && (result.status === 'active' || result.status === 'side-branch')) {
    const height = node.chain.tree.get(result.hash)!.height;
    ctx.emit('block-found', { nodeId: node.id, time: ctx.now(), hash: result.hash, height, txCount: block.txs.length, source: 'submitted' });
  } else if (fresh) {
    ctx.stats.blockNotFound(hash!);
  }
  return result;
}
