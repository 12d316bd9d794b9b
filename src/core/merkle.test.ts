/** Merkle trees with Bitcoin's duplicate-last rule, proofs, and the CVE-2012-2459 mutation. */
import { describe, expect, it } from 'vitest';
import { bytesToHex, hashToHex, hexToHash, concatBytes } from './bytes';
import { sha256d, sha256 } from './hash';
import { computeMerkleRoot, merkleLevels, merkleProof, merkleRootHex, verifyMerkleProof } from './merkle';

const ids = (n: number) => Array.from({ length: n }, (_, i) => hashToHex(sha256(new Uint8Array([i, n]))));

describe('merkle root', () => {
  it("a lone transaction's root is its txid", () => {
    const [t] = ids(1);
    expect(merkleRootHex([t!])).toBe(t);
  });
  it('two leaves: SHA-256d of their concatenation (internal byte order)', () => {
    const [a, b] = ids(2);
    expect(merkleRootHex([a!, b!])).toBe(hashToHex(sha256d(concatBytes(hexToHash(a!), hexToHash(b!)))));
  });
  it('an odd level pairs its last hash with itself', () => {
    const [a, b, c] = ids(3);
    expect(merkleRootHex([a!, b!, c!])).toBe(merkleRootHex([a!, b!, c!, c!]));
  });
  it('reports a mutated tree (CVE-2012-2459) where an honest one is not', () => {
    const leaves = ids(3).map((h) => hexToHash(h));
    expect(computeMerkleRoot(leaves).mutated).toBe(false);
    const mutated = computeMerkleRoot([...leaves, leaves[2]!]);
    expect(mutated.mutated).toBe(true);
    expect(bytesToHex(mutated.root)).toBe(bytesToHex(computeMerkleRoot(leaves).root));
  });
  it('levels go from the leaves to one root', () => {
    const levels = merkleLevels(ids(5).map((h) => hexToHash(h)));
    expect(levels.map((l) => l.length)).toEqual([5, 3, 2, 1]);
  });
});

describe('merkle proofs', () => {
  for (let n = 1; n <= 17; n++) {
    it(`every leaf of a ${n}-leaf tree proves to the root`, () => {
      const txids = ids(n);
      const root = merkleRootHex(txids);
      for (let i = 0; i < n; i++) {
        const p = merkleProof(txids, i);
        expect(p.root).toBe(root);
        expect(p.branch).toHaveLength(Math.ceil(Math.log2(n)));
        expect(verifyMerkleProof(p)).toBe(true);
      }
    });
  }
  it.each([
    ['a different txid', (p: ReturnType<typeof merkleProof>) => ({ ...p, txid: ids(9)[0]! })],
    ['a wrong index', (p: ReturnType<typeof merkleProof>) => ({ ...p, index: p.index ^ 1 })],
    ['a changed sibling', (p: ReturnType<typeof merkleProof>) => ({ ...p, branch: [ids(1)[0]!, ...p.branch.slice(1)] })],
    ['a missing sibling', (p: ReturnType<typeof merkleProof>) => ({ ...p, branch: p.branch.slice(1) })],
    ['another root', (p: ReturnType<typeof merkleProof>) => ({ ...p, root: ids(1)[0]! })],
    ['a negative index', (p: ReturnType<typeof merkleProof>) => ({ ...p, index: -1 })],
    ['garbage hex', (p: ReturnType<typeof merkleProof>) => ({ ...p, branch: ['zz', ...p.branch.slice(1)] })],
  ])('a proof with %s does not verify', (_name, tamper) => {
    const p = merkleProof(ids(6), 2);
    expect(verifyMerkleProof(tamper(p))).toBe(false);
  });
  it('names the bad index', () => {
    expect(() => merkleProof(ids(3), 3)).toThrow(/index must be from 0 to 2/);
  });
});
