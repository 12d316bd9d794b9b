import { describe, expect, it } from 'vitest';
import { shortHash } from './format';
import { layoutMerkle } from './merkle-layout';
import { nodeFaceTag, nodeLabel } from './merkle-words';
import { syntheticTxids } from './synthetic';

describe('Merkle node names', () => {
  const txids = syntheticTxids(5, 5);
  const layout = layoutMerkle(txids, { selected: 1 });
  const leaf = (i: number) => layout.nodes.find((n) => n.txIndex === i && !n.duplicate)!;

  it('a transaction button is named by the two lines drawn on it, in order', () => {
    const selected = leaf(1);
    expect(nodeFaceTag(selected)).toBe('tx 1 · path');
    expect(nodeLabel(selected, layout)).toBe(`Transaction 1 txid ${shortHash(txids[1]!)} · tx 1 · path`);
    expect(nodeLabel(leaf(0), layout)).toBe(`Transaction 0 txid ${shortHash(txids[0]!)} · tx 0 (coinbase) · sibling`);
  });

  it('inner nodes and the root say their level or whether the root matches the header', () => {
    const root = layout.nodes.find((n) => n.kind === 'root')!;
    expect(nodeLabel(root, layout)).toMatch(/^Merkle root [0-9a-f]{8}…[0-9a-f]{4}, matches the header/);
    const inner = layout.nodes.find((n) => n.kind !== 'root' && n.txIndex === null && !n.duplicate)!;
    expect(nodeLabel(inner, layout)).toMatch(new RegExp(`^Level ${inner.level} node ${inner.index} `));
  });
});
