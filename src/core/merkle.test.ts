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
  it('refuses no leaves by saying so, as a root and as levels', () => {
    expect(() => merkleRootHex([])).toThrow(/a merkle tree needs at least one leaf/);
    expect(() => computeMerkleRoot([])).toThrow(/a merkle tree needs at least one leaf/);
    expect(() => merkleLevels([])).toThrow(/a merkle tree needs at least one leaf/);
  });
  it('names the txid that is not a hash', () => {
    const [a, b] = ids(2);
    expect(() => merkleRootHex([a!, b!, 'zz'])).toThrow(/txids\[2\]/);
    expect(() => merkleProof([a!, b!.slice(2)], 0)).toThrow(/txids\[1\] must be 32 bytes/);
  });
  it("the levels are a copy: changing them leaves the caller's leaves alone", () => {
    const leaves = ids(2).map((h) => hexToHash(h));
    const levels = merkleLevels(leaves);
    levels[0]!.pop();
    expect(leaves).toHaveLength(2);
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
    expect(() => merkleProof(ids(3), 3)).toThrow(/index must be from 0 to 2, got 3/);
    expect(() => merkleProof(ids(3), -1)).toThrow(/index must be from 0 to 2, got -1/);
    expect(() => merkleProof(ids(3), 1.5)).toThrow(/index must be from 0 to 2, got 1.5/);
  });
  // Only the low bits of an index steer the path, so these indexes would walk a real proof's path: each must still be refused.
  it.each([
    ['-1 (every bit set, like the last leaf of 8)', 7, -1],
    ['8 (one bit past a 3-sibling branch, like leaf 0)', 0, 8],
    ['15 (one bit past the branch, like leaf 7)', 7, 15],
    ['2.5 (not a whole number, like leaf 2)', 2, 2.5],
  ])('an index of %s does not verify', (_name, leaf, index) => {
    const p = merkleProof(ids(8), leaf);
    expect(verifyMerkleProof(p)).toBe(true);
    expect(verifyMerkleProof({ ...p, index })).toBe(false);
  });
});
