/**
 * Stored blocks in an order a block tree can take them: the genesis (the one
 * block whose parent is not stored) first, every other block after its
 * parent. A store keeps blocks in any order; the tree needs parents first.
 */
import { blockHash } from './header';
import type { Block } from './block';

export function blocksParentFirst(blocks: readonly Block[]): Block[] {
  const hashes = new Set(blocks.map((b) => blockHash(b.header)));
  const children = new Map<string, Block[]>();
  let genesis: Block | undefined;
  for (const block of blocks) {
    if (!hashes.has(block.header.prevHash)) {
      if (genesis) throw new Error(`stored block ${blockHash(block.header)} has no stored parent`);
      genesis = block;
    } else {
      const list = children.get(block.header.prevHash) ?? [];
      list.push(block);
      children.set(block.header.prevHash, list);
    }
  }
  if (!genesis) throw new Error('stored blocks contain no genesis block');
  const out: Block[] = [genesis];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(blockHash(out[i]!.header)) ?? []));
  return out;
}
