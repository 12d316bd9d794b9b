/**
 * The block index alone: heights and cumulative work, leaves, removal of an
 * invalid subtree, the most-work leaf (first seen wins a tie, whatever order the
 * leaves are kept in) and the fork point of two entries.
 */
import { describe, expect, it } from 'vitest';
import { BlockTree, findFork, type BlockEntry } from './block-tree';
import { workForBits } from './pow';
import { blockHash, type BlockHeader } from './header';
import { TestChain } from './testing';

const EASY = 0x207fffff;
const HARD = 0x1f7fffff;

let counter = 0;
/** An index entry with a made-up hash: the tree never hashes what addHeader is given. */
function header(parent: BlockEntry | undefined, bits = EASY): { hash: string; header: BlockHeader; txCount: number; minedBy: { address: string; tag: string } } {
  counter++;
  return {
    hash: counter.toString(16).padStart(64, '0'),
    header: { version: 1, prevHash: parent?.hash ?? '0'.repeat(64), merkleRoot: 'ab'.repeat(32), time: 1_700_000_000 + counter, bits, nonce: 0 },
    txCount: 1,
    minedBy: { address: 'miner', tag: `block ${counter}` },
  };
}

function addTo(tree: BlockTree, parent: BlockEntry | undefined, bits = EASY): BlockEntry {
  return tree.addHeader(header(parent, bits), parent);
}

const hashes = (entries: readonly BlockEntry[]) => entries.map((e) => e.hash).sort();

describe('BlockTree: adding blocks', () => {
  it('genesis is at height 0 with its own work, the first seen, and the only leaf', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined, HARD);
    expect(g).toMatchObject({ height: 0, parent: undefined, chainWork: workForBits(HARD), seq: 0, txCount: 1 });
    expect(tree.size).toBe(1);
    expect(tree.has(g.hash)).toBe(true);
    expect(tree.get(g.hash)).toBe(g);
    expect(hashes(tree.leafEntries())).toEqual([g.hash]);
    expect(tree.childrenOf(g.hash)).toEqual([]);
  });

  it('a child is one higher, adds its own work to its parent\'s, and replaces the parent as a leaf', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const a = addTo(tree, g, HARD);
    expect(a).toMatchObject({ height: 1, parent: g, chainWork: workForBits(EASY) + workForBits(HARD), seq: 1 });
    expect(hashes(tree.leafEntries())).toEqual([a.hash]);
    expect(tree.childrenOf(g.hash)).toEqual([a.hash]);
  });

  it('two children of one block are both leaves and both its children', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const a = addTo(tree, g);
    const b = addTo(tree, g);
    expect(b.seq).toBe(a.seq + 1);
    expect(hashes(tree.leafEntries())).toEqual(hashes([a, b]));
    expect(tree.childrenOf(g.hash).sort()).toEqual(hashes([a, b]));
  });

  it('add() indexes a real block by its header hash, with its transaction count and coinbase payee', () => {
    const t = new TestChain();
    const block = t.mine({ message: 'hello tree' });
    const tree = new BlockTree();
    const parent = tree.addHeader({ ...t.chain.tree.get(block.header.prevHash)! }, undefined);
    const e = tree.add(block, parent);
    expect(e.hash).toBe(blockHash(block.header));
    expect(e.txCount).toBe(block.txs.length);
    expect(e.minedBy).toEqual({ address: t.wallets[0]!.address, tag: 'hello tree' });
    expect(e.header).toBe(block.header);
    expect(e.height).toBe(1);
  });
});

describe('BlockTree: removing an invalid subtree', () => {
  it('removes the block and every descendant, returns their hashes, and makes the parent a leaf again', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const a = addTo(tree, g);
    const a2 = addTo(tree, a);
    const a3 = addTo(tree, a2);
    const a3b = addTo(tree, a2);
    expect(tree.removeSubtree(a.hash).sort()).toEqual(hashes([a, a2, a3, a3b]));
    expect(tree.size).toBe(1);
    for (const e of [a, a2, a3, a3b]) expect(tree.has(e.hash)).toBe(false);
    expect(hashes(tree.leafEntries())).toEqual([g.hash]);
    expect(tree.childrenOf(g.hash)).toEqual([]);
    expect(tree.childrenOf(a2.hash)).toEqual([]);
  });

  it('a parent that keeps another child does not become a leaf', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const a = addTo(tree, g);
    const b = addTo(tree, g);
    expect(tree.removeSubtree(b.hash)).toEqual([b.hash]);
    expect(hashes(tree.leafEntries())).toEqual([a.hash]);
    expect(tree.childrenOf(g.hash)).toEqual([a.hash]);
  });

  it('an unknown hash removes nothing', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    expect(tree.removeSubtree('f'.repeat(64))).toEqual([]);
    expect(tree.size).toBe(1);
    expect(hashes(tree.leafEntries())).toEqual([g.hash]);
  });
});

describe('BlockTree.bestLeaf: most work, the first seen on a tie', () => {
  it('an empty tree has no best leaf', () => {
    expect(new BlockTree().bestLeaf()).toBeUndefined();
  });

  it('a heavier, shorter branch added second beats a longer, lighter one', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    let light = g;
    for (let i = 0; i < 5; i++) light = addTo(tree, light, EASY);
    const heavy = addTo(tree, g, HARD);
    expect(heavy.height).toBeLessThan(light.height);
    expect(heavy.chainWork).toBeGreaterThan(light.chainWork);
    expect(tree.bestLeaf()).toBe(heavy);
  });

  it('a heavier branch added first stays best when a lighter one comes later', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const heavy = addTo(tree, g, HARD);
    let light = g;
    for (let i = 0; i < 5; i++) light = addTo(tree, light, EASY);
    expect(tree.bestLeaf()).toBe(heavy);
  });

  it('on equal work the first seen wins, whichever leaf comes first in the tree\'s own order', () => {
    // In adding order: the first seen is visited first.
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const first = addTo(tree, g);
    const second = addTo(tree, g);
    expect(second.chainWork).toBe(first.chainWork);
    expect(tree.bestLeaf()).toBe(first);

    // Removing a child makes its parent a leaf again, kept after the later block:
    // now the later-seen leaf is visited first, and the first seen must still win.
    const other = new BlockTree();
    const g2 = addTo(other, undefined);
    const early = addTo(other, g2);
    const child = addTo(other, early);
    const late = addTo(other, g2);
    other.removeSubtree(child.hash);
    expect(hashes(other.leafEntries())).toEqual(hashes([early, late]));
    expect(other.leafEntries()[0]).toBe(late);
    expect(late.chainWork).toBe(early.chainWork);
    expect(other.bestLeaf()).toBe(early);
  });

  it('a lighter leaf seen earlier never wins, even when the tree visits it after the heavier one', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const early = addTo(tree, g);
    const child = addTo(tree, early);
    const heavy = addTo(tree, g, HARD);
    tree.removeSubtree(child.hash); // `early` is a leaf again, kept after `heavy`
    expect(tree.leafEntries()).toEqual([heavy, early]);
    expect(early.seq).toBeLessThan(heavy.seq);
    expect(early.chainWork).toBeLessThan(heavy.chainWork);
    expect(tree.bestLeaf()).toBe(heavy);
  });
});

describe('findFork: the last common ancestor', () => {
  it('of an entry and itself, of an ancestor and its descendant, and of two branches of different lengths', () => {
    const tree = new BlockTree();
    const g = addTo(tree, undefined);
    const a1 = addTo(tree, g);
    const a2 = addTo(tree, a1);
    const a3 = addTo(tree, a2);
    const b2 = addTo(tree, a1);
    expect(findFork(a3, a3)).toBe(a3);
    expect(findFork(a3, a1)).toBe(a1);
    expect(findFork(a1, a3)).toBe(a1);
    expect(findFork(a3, b2)).toBe(a1);
    expect(findFork(b2, a3)).toBe(a1);
    const c1 = addTo(tree, g);
    expect(findFork(a3, c1)).toBe(g);
    expect(findFork(c1, a3)).toBe(g);
  });

  it('refuses entries of two different trees', () => {
    const one = new BlockTree();
    const two = new BlockTree();
    const x = addTo(one, addTo(one, undefined));
    const y = addTo(two, addTo(two, undefined));
    expect(() => findFork(x, y)).toThrow('entries belong to different trees');
    expect(() => findFork(y, addTo(one, x))).toThrow('entries belong to different trees');
  });
});
