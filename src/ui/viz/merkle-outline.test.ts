import { describe, expect, it } from 'vitest';
import { layoutMerkle } from './merkle-layout';
import { outlineMerkle } from './merkle-outline';
import { syntheticTxids } from './synthetic';

describe('outlineMerkle: the tree as an outline for a narrow frame', () => {
  it.each([1, 2, 5, 7, 8, 13])(
    '%i txids: the same nodes, one a row, root first, each child below its parent and one indent deeper',
    (n) => {
      const tree = layoutMerkle(syntheticTxids(n, n), { selected: n - 1 });
      const out = outlineMerkle(tree, { indent: 26, rowGap: 8, margin: 12 });
      expect(out.nodes.map((x) => x.id).sort()).toEqual(tree.nodes.map((x) => x.id).sort());
      expect(out.nodes[0]!.kind).toBe('root');
      // One node a row, top to bottom, nothing overlapping.
      for (let i = 1; i < out.nodes.length; i++)
        expect(out.nodes[i]!.y).toBeGreaterThanOrEqual(
          out.nodes[i - 1]!.y + out.nodes[i - 1]!.height,
        );
      const at = new Map(out.nodes.map((x) => [x.id, x]));
      for (const e of out.edges) {
        const child = at.get(e.child)!;
        const parent = at.get(e.parent)!;
        expect(child.y).toBeGreaterThan(parent.y);
        expect(child.x - parent.x).toBe(26);
        // The elbow leaves the parent's bottom and ends at the child's left middle.
        expect(e.y2).toBe(parent.y + parent.height);
        expect([e.x1, e.y1]).toEqual([child.x, child.y + child.height / 2]);
      }
      for (const x of out.nodes) expect(x.x + x.width).toBeLessThanOrEqual(out.width);
      expect(out.height).toBeGreaterThanOrEqual(out.nodes.at(-1)!.y + out.nodes.at(-1)!.height);
      // The proof path and the labels keep their meaning.
      expect(out.nodes.filter((x) => x.onPath).length).toBe(
        tree.nodes.filter((x) => x.onPath).length,
      );
      expect(out.labels.find((l) => l.node === out.nodes[0]!.id)!.name).toBe('root');
    },
  );

  it('depth first: a parent is followed by its left subtree, then its right', () => {
    const out = outlineMerkle(layoutMerkle(syntheticTxids(4, 4)));
    expect(out.nodes.map((x) => x.id)).toEqual(['2:0', '1:0', '0:0', '0:1', '1:1', '0:2', '0:3']);
  });

  it('its width grows with the depth, not with the transactions: a 7-transaction block fits a 390 px phone at full size', () => {
    const tree = layoutMerkle(syntheticTxids(7, 7));
    const out = outlineMerkle(tree);
    expect(tree.width).toBeGreaterThan(700);
    expect(out.width).toBeLessThan(340);
    expect(outlineMerkle(layoutMerkle(syntheticTxids(8, 8))).width).toBe(out.width);
  });

  it('refuses what is not a tree layout, and bad options by name', () => {
    expect(() => outlineMerkle({} as never)).toThrow(/layoutMerkle/);
    expect(() => outlineMerkle(layoutMerkle(syntheticTxids(2, 2)), { indent: -1 })).toThrow(
      /options.indent/,
    );
  });
});
