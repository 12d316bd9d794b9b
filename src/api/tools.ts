/**
 * The API's stateless tools: read an 80-byte header, compute a merkle root,
 * make and check proofs. Every argument is checked and named when wrong.
 */
import {
  bitsToTarget,
  blockHash,
  hashToBigInt,
  headerHashBytes,
  hexToBytes,
  isValidationError,
  merkleRootHex,
  parseHeader,
  targetHex,
  verifyMerkleProof,
  workForTarget,
  type MerkleProof,
} from '../core/index';
import { PocketError } from '../app/errors';
import type { HeaderInspection } from './types';

const HEX64 = /^[0-9a-fA-F]{64}$/;

export function inspectHeader(hex: string): HeaderInspection {
  if (typeof hex !== 'string') throw new PocketError('bad-argument', 'hex must be a string of 160 hex digits.', 'hex');
  let bytes: Uint8Array;
  try {
    bytes = hexToBytes(hex.trim(), 'hex');
  } catch (e) {
    throw new PocketError('bad-argument', (e as Error).message, 'hex');
  }
  if (bytes.length !== 80) throw new PocketError('bad-argument', `A block header is exactly 80 bytes (160 hex digits); this is ${bytes.length} bytes.`, 'hex');
  const header = parseHeader(bytes);
  let target: bigint;
  let validTarget = true;
  try {
    target = bitsToTarget(header.bits);
  } catch {
    target = 0n;
    validTarget = false;
  }
  const hashValue = hashToBigInt(headerHashBytes(header));
  return {
    ...header,
    hash: blockHash(header),
    target: validTarget ? targetHex(header.bits) : '0'.repeat(64),
    work: validTarget ? workForTarget(target).toString() : '0',
    validPow: validTarget && target > 0n && hashValue <= target,
  };
}

export function merkleRoot(txids: string[]): string {
  if (!Array.isArray(txids) || txids.length === 0) throw new PocketError('bad-argument', 'txids must be a non-empty list of transaction ids.', 'txids');
  txids.forEach((t, i) => {
    if (typeof t !== 'string' || !HEX64.test(t)) throw new PocketError('bad-argument', `txids[${i}] is not 64 hex digits.`, 'txids');
  });
  return merkleRootHex(txids.map((t) => t.toLowerCase()));
}

export function checkProof(proof: MerkleProof): boolean {
  const shape = 'proof must be { txid, index, branch, root } as merkleProof returns';
  // Read once into a plain copy: a getter or proxy that throws is the caller's mistake, said as such.
  let copy: MerkleProof;
  try {
    if (!proof || typeof proof !== 'object' || !Array.isArray(proof.branch)) throw new PocketError('bad-argument', `${shape}.`, 'proof');
    copy = { txid: proof.txid, index: proof.index, branch: [...proof.branch], root: proof.root };
  } catch (e) {
    if (e instanceof PocketError) throw e;
    throw new PocketError('bad-argument', `${shape}; reading it failed (${(e as Error)?.message ?? String(e)}).`, 'proof');
  }
  try {
    return verifyMerkleProof(copy);
  } catch (e) {
    if (isValidationError(e)) return false;
    throw e;
  }
}
