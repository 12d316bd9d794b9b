/**
 * Bitcoin's merkle tree over txids: SHA-256d of each concatenated pair, the last
 * hash paired with itself on an odd level, a lone transaction's root is its txid.
 *
 * The duplication rule lets a block repeat its last transactions and keep the
 * same root (CVE-2012-2459); like Core's ComputeMerkleRoot we report such a
 * "mutated" tree so the block can be refused.
 *
 * Hashes here are display-order hex at the edges and internal-order bytes inside.
 */
import { concatBytes, equalBytes, hashToHex, hexToHash, type Bytes } from './bytes';
import { sha256d } from './hash';

export interface MerkleProof {
  /** Display-order txid of the proven transaction. */
  readonly txid: string;
  /** Position of the transaction in the block; its bits say left/right at each level. */
  readonly index: number;
  /** Sibling hashes from the leaf level up (display-order hex). */
  readonly branch: readonly string[];
  /** The root the proof leads to (display-order hex). */
  readonly root: string;
}

function hashPair(left: Bytes, right: Bytes): Bytes {
  return sha256d(concatBytes(left, right));
}

/** Every level of the tree, leaves first, root last (internal-order bytes). */
export function merkleLevels(leaves: readonly Bytes[]): Bytes[][] {
  if (leaves.length === 0) throw new RangeError('a merkle tree needs at least one leaf');
  const levels: Bytes[][] = [leaves.slice()];
  let level = levels[0]!;
  while (level.length > 1) {
    const next: Bytes[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1] ?? left;
      next.push(hashPair(left, right));
    }
    levels.push(next);
    level = next;
  }
  return levels;
}

/** Root and whether the tree is mutated (two equal hashes paired at some level: CVE-2012-2459). */
export function computeMerkleRoot(leaves: readonly Bytes[]): { root: Bytes; mutated: boolean } {
  if (leaves.length === 0) throw new RangeError('a merkle tree needs at least one leaf');
  let mutated = false;
  let level = leaves;
  while (level.length > 1) {
    const next: Bytes[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1];
      if (right !== undefined && equalBytes(left, right)) mutated = true;
      next.push(hashPair(left, right ?? left));
    }
    level = next;
  }
  return { root: level[0]!, mutated };
}

/** Merkle root of display-order txids, as display-order hex. */
export function merkleRootHex(txids: readonly string[]): string {
  return hashToHex(computeMerkleRoot(txids.map((t, i) => hexToHash(t, `txids[${i}]`))).root);
}

/** Inclusion proof for the transaction at `index`. */
export function merkleProof(txids: readonly string[], index: number): MerkleProof {
  if (!Number.isInteger(index) || index < 0 || index >= txids.length) {
    throw new RangeError(`index must be from 0 to ${txids.length - 1}, got ${index}`);
  }
  const levels = merkleLevels(txids.map((t, i) => hexToHash(t, `txids[${i}]`)));
  const branch: string[] = [];
  let pos = index;
  for (let l = 0; l < levels.length - 1; l++) {
    const level = levels[l]!;
    const sibling = pos ^ 1;
    // On an odd level the last node's sibling is itself (the duplicated hash).
    branch.push(hashToHex(level[sibling] ?? level[pos]!));
    pos >>= 1;
  }
  return { txid: txids[index]!, index, branch, root: hashToHex(levels[levels.length - 1]![0]!) };
}

/** Recomputes the root from the leaf and branch; true when it equals `proof.root`. */
export function verifyMerkleProof(proof: MerkleProof): boolean {
  try {
    if (!Number.isInteger(proof.index) || proof.index < 0) return false;
    if (proof.index >= 2 ** proof.branch.length) return false;
    // A bad hex digit throws, and the proof simply does not verify: no names needed in the message.
    let hash = hexToHash(proof.txid);
    let pos = proof.index;
    for (const siblingHex of proof.branch) {
      const sibling = hexToHash(siblingHex);
      hash = pos & 1 ? hashPair(sibling, hash) : hashPair(hash, sibling);
      pos >>= 1;
    }
    return hashToHex(hash) === proof.root.toLowerCase();
  } catch {
    return false;
  }
}
