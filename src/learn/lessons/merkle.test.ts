import { describe, expect, it } from 'vitest';
import { blockMerkleRoot, merkleLevels, hexToHash, checkBlock, REGTEST_PARAMS } from '../../core/index';
import { doneSteps } from '../lesson';
import { MERKLE_START, MERKLE_STEPS, merkleBlock, merkleFromData, merkleToData, proofHashes, proofOf, select, setBigBlock, tamper } from './merkle';

describe('lesson 7: Merkle trees', () => {
  const block = merkleBlock('lesson');

  it('is a real block of seven transactions whose header root is their Merkle root', () => {
    expect(block.txids).toHaveLength(7);
    expect(blockMerkleRoot(block.block.txs).root).toBe(block.merkleRoot);
    expect(() => checkBlock(block.block, REGTEST_PARAMS)).not.toThrow();
    expect(block.payments).toHaveLength(6);
    expect(merkleBlock('lesson')).toBe(block);
    expect(merkleBlock('other').merkleRoot).not.toBe(block.merkleRoot);
  });

  it('proves each transaction with three hashes that lead to the root', () => {
    for (let i = 0; i < 7; i++) {
      const { proof, valid } = proofOf(block, i);
      expect(proof.branch).toHaveLength(3);
      expect(valid).toBe(true);
    }
  });

  it('proof size is the tree height, ceil(log2 n), checked against core trees', () => {
    for (const n of [1, 2, 3, 7, 8, 9, 100, 1000]) {
      const leaves = Array.from({ length: n }, (_, i) => hexToHash(i.toString(16).padStart(64, '0')));
      expect(proofHashes(n)).toBe(merkleLevels(leaves).length - 1);
    }
    expect(proofHashes(1_000_000)).toBe(20);
  });

  it('ticks select, tamper and big-block; refuses an impossible choice by name', () => {
    let s = MERKLE_START;
    expect(doneSteps(MERKLE_STEPS, s)).toEqual([]);
    s = select(s, 3);
    s = tamper(s, 3);
    expect(doneSteps(MERKLE_STEPS, s)).toEqual(['select', 'tamper']);
    s = setBigBlock(s, 4000);
    expect(doneSteps(MERKLE_STEPS, s)).toEqual(['select', 'tamper', 'big-block']);
    expect(() => select(s, 9)).toThrow(/from 0 to 6/);
    expect(() => setBigBlock(s, 0)).toThrow(/from 1 to 1,000,000/);
    expect(merkleFromData(JSON.parse(JSON.stringify(merkleToData(s))))).toEqual(s);
    expect(() => merkleFromData({ ...merkleToData(s), selected: 12 })).toThrow(/state.selected/);
  });
});
