import { describe, expect, it } from 'vitest';
import { merkleProof, merkleRootHex } from '../../core/index';
import { layoutMerkle, tamperedTxid, type MerkleLayout, type MerkleNode } from './merkle-layout';
import { syntheticTxids } from './synthetic';

const sizes = Array.from({ length: 17 }, (_, i) => i + 1);

function overlapsOnLevel(layout: MerkleLayout): boolean {
  const byLevel = new Map<number, MerkleNode[]>();
  for (const n of layout.nodes) byLevel.set(n.level, [...(byLevel.get(n.level) ?? []), n]);
  for (const nodes of byLevel.values()) {
    const xs = nodes.map((n) => n.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) if (xs[i]! - xs[i - 1]! < nodes[0]!.width) return true;
  }
  return false;
}

describe('layoutMerkle: the full tree', () => {
  it.each(sizes)('%i txids: every level drawn, duplicates exactly on odd levels, no overlaps', (n) => {
    const txids = syntheticTxids(n, n);
    const layout = layoutMerkle(txids);
    expect(layout.collapsed).toBe(false);
    expect(layout.root).toBe(merkleRootHex(txids));
    expect(layout.rootMatchesHeader).toBe(true);
    for (const level of layout.levels) {
      const isRoot = level.level === layout.levels.length - 1;
      const odd = level.count % 2 === 1 && !isRoot;
      expect(level.duplicated).toBe(odd);
      const dups = layout.nodes.filter((x) => x.level === level.level && x.duplicate);
      // The duplicate is the node after the last, carrying the last node's hash.
      expect(dups.map((d) => d.index)).toEqual(odd ? [level.count] : []);
      if (odd) expect(dups[0]!.hash).toBe(layout.nodes.find((x) => x.id === `${level.level}:${level.count - 1}`)!.hash);
      expect(level.hidden).toBe(0);
    }
    expect(layout.nodes.filter((x) => x.kind === 'txid' && !x.duplicate).map((x) => x.hash)).toEqual(n === 1 ? [] : txids);
    expect(overlapsOnLevel(layout)).toBe(false);
    // Leaves at the bottom, root at the top, inside the drawing.
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('layoutMerkle: the proof path equals the nodes core merkleProof names', () => {
  const cases = sizes.flatMap((n) => Array.from({ length: n }, (_, index) => ({ n, index })));
  it.each(cases)('$n txids, transaction $index', ({ n, index }) => {
    const txids = syntheticTxids(n, 100 + n);
    const layout = layoutMerkle(txids, { selected: index });
    const proof = merkleProof(txids, index);
    const siblings = layout.nodes.filter((x) => x.sibling).sort((a, b) => a.level - b.level);
    expect(siblings.map((s) => s.hash)).toEqual(proof.branch);
    expect(siblings.map((s) => s.level)).toEqual(proof.branch.map((_, l) => l));
    const path = layout.nodes.filter((x) => x.onPath).sort((a, b) => a.level - b.level);
    expect(path.map((p) => p.id)).toEqual(layout.levels.map((_, l) => `${l}:${index >> l}`));
    expect(path[0]!.hash).toBe(txids[index]);
    expect(path[path.length - 1]!.hash).toBe(proof.root);
    // The duplicate is a sibling exactly when the path node is the last of an odd level.
    for (const s of siblings) expect(s.duplicate).toBe(s.index === layout.levels[s.level]!.count);
    expect(layout.proof).toEqual(proof);
    expect(layout.verified).toBe(true);
    expect(layout.edges.filter((e) => e.onPath).length).toBe(path.length - 1);
  });
});

describe('layoutMerkle: tamper', () => {
  const cases = [2, 3, 5, 7, 8, 11, 16, 17].flatMap((n) => [0, Math.floor(n / 2), n - 1].map((index) => ({ n, index })));
  it.each(cases)('$n txids, tampering with $index changes exactly its path to the root', ({ n, index }) => {
    const txids = syntheticTxids(n, 200 + n);
    const layout = layoutMerkle(txids, { tamper: { index }, selected: index });
    const untampered = layoutMerkle(txids);
    // The path ids, plus the duplicate copying a path node where the path node is the last of an odd level.
    const expected: string[] = [];
    layout.levels.forEach((level, l) => {
      const i = index >> l;
      expected.push(`${l}:${i}`);
      if (level.duplicated && i === level.count - 1) expected.push(`${l}:${i + 1}`);
    });
    expect(layout.changedIds).toEqual(expected);
    expect(layout.nodes.filter((x) => x.changed).map((x) => x.id).sort()).toEqual([...expected].sort());
    expect(layout.txids[index]).toBe(tamperedTxid(txids[index]!));
    expect(layout.root).not.toBe(untampered.root);
    expect(layout.headerRoot).toBe(untampered.root);
    expect(layout.rootMatchesHeader).toBe(false);
    expect(layout.verified).toBe(false);
    expect(layout.tamper).toEqual({ index, original: txids[index], replacement: tamperedTxid(txids[index]!) });
  });

  it('a proof of an untouched transaction fails too: its branch carries a changed hash', () => {
    const txids = syntheticTxids(6, 9);
    const layout = layoutMerkle(txids, { tamper: { index: 5 }, selected: 0 });
    expect(layout.nodes.some((x) => x.sibling && x.changed)).toBe(true);
    expect(layout.verified).toBe(false);
  });

  it('uses a given replacement txid', () => {
    const txids = syntheticTxids(4, 1);
    const replacement = 'ab'.repeat(32);
    expect(layoutMerkle(txids, { tamper: { index: 1, txid: replacement } }).txids[1]).toBe(replacement);
  });
});

describe('layoutMerkle: blocks with thousands of transactions collapse', () => {
  const txids = syntheticTxids(3000, 3);
  it('draws the narrow top levels in full and only the path and its siblings below', () => {
    const layout = layoutMerkle(txids, { selected: 1234 });
    expect(layout.collapsed).toBe(true);
    for (const level of layout.levels) {
      if (level.collapsed) {
        const shown = layout.nodes.filter((x) => x.level === level.level);
        expect(shown.length).toBe(2);
        expect(shown.every((x) => x.onPath || x.sibling)).toBe(true);
        expect(level.hidden).toBe(level.count - shown.filter((x) => !x.duplicate).length);
      } else {
        expect(level.shown).toBe(level.count + (level.duplicated ? 1 : 0));
        expect(level.shown).toBeLessThanOrEqual(8);
      }
    }
    expect(layout.nodes.filter((x) => x.sibling).sort((a, b) => a.level - b.level).map((x) => x.hash)).toEqual(merkleProof(txids, 1234).branch);
    expect(layout.verified).toBe(true);
    expect(overlapsOnLevel(layout)).toBe(false);
    expect(layout.nodes.length).toBeLessThan(100);
  });

  it('collapses only above maxLeaves: 32 txids are drawn in full, 33 are not', () => {
    expect(layoutMerkle(syntheticTxids(32, 1)).collapsed).toBe(false);
    expect(layoutMerkle(syntheticTxids(33, 1)).collapsed).toBe(true);
    expect(layoutMerkle(syntheticTxids(33, 1), { maxLeaves: 40 }).collapsed).toBe(false);
  });

  it('without a selection shows only the top levels', () => {
    const layout = layoutMerkle(txids);
    expect(layout.nodes.filter((x) => x.level === 0)).toEqual([]);
    expect(layout.levels[0]!.hidden).toBe(3000);
  });
});

describe('layoutMerkle: bad input', () => {
  const txids = syntheticTxids(3, 1);
  const cases: { name: string; run: () => unknown; error: RegExp }[] = [
    { name: 'no txids', run: () => layoutMerkle([]), error: /txids must be a non-empty array/ },
    { name: 'a bad txid', run: () => layoutMerkle(['zz']), error: /txids\[0\]/ },
    { name: 'selected out of range', run: () => layoutMerkle(txids, { selected: 3 }), error: /options\.selected must be a transaction index from 0 to 2/ },
    { name: 'tamper index out of range', run: () => layoutMerkle(txids, { tamper: { index: -1 } }), error: /options\.tamper\.index/ },
    { name: 'a bad replacement', run: () => layoutMerkle(txids, { tamper: { index: 0, txid: 'xyz' } }), error: /options\.tamper\.txid/ },
    { name: 'a collapse threshold below 2', run: () => layoutMerkle(txids, { maxLeaves: 1 }), error: /options\.maxLeaves/ },
    { name: 'a level width below 2', run: () => layoutMerkle(txids, { collapsedLevelNodes: 0 }), error: /options\.collapsedLevelNodes/ },
  ];
  it.each(cases)('$name', ({ run, error }) => expect(run).toThrow(error));
});
