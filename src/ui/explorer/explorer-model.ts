/**
 * What the block explorer shows for one block of one node: the block and where
 * it sits in the node's tree (active chain, side branch, orphan) and its JSON
 * view (input values from the node's undo data). "Why is this block valid?" is
 * block/block-checks.ts, loaded with the first block opened. Pure: tested in Node.
 */
import { hashOfBlock, type Block, type Blockchain } from '../../core/index';
import { blockToJson } from '../../api/json';
import type { BlockJson } from '../../api/types';

export type BlockPlace = 'active' | 'side-branch' | 'orphan';

export interface ExplorerBlock {
  readonly hash: string;
  readonly block: Block;
  readonly place: BlockPlace;
  readonly json: BlockJson;
  readonly isGenesis: boolean;
}

const HASH64 = /^[0-9a-f]{64}$/;

/** The block `hash` as `chain` knows it, or null when the node does not have it. */
export function findExplorerBlock(chain: Blockchain, hash: string): ExplorerBlock | null {
  if (!chain || !chain.tree) throw new TypeError('chain must be a Blockchain');
  if (typeof hash !== 'string' || !HASH64.test(hash)) return null;
  const inTree = chain.getBlock(hash);
  const block =
    inTree ??
    (chain.tree.hasOrphan(hash)
      ? chain.tree.orphanBlocks().find((b) => hashOfBlock(b) === hash)
      : undefined);
  if (!block) return null;
  const place: BlockPlace = !inTree ? 'orphan' : chain.isActive(hash) ? 'active' : 'side-branch';
  const entry = chain.tree.get(hash);
  return { hash, block, place, json: blockToJson(chain, block), isGenesis: entry?.height === 0 };
}
