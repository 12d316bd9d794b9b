import { describe, expect, it } from 'vitest';
import { blockHash, hexToBytes, merkleRootHex, parseHeader } from '../../core/index';
import fixtures from '../../core/fixtures/bitcoin-blocks.json';
import { doneSteps } from '../lesson';
import {
  BITCOIN_START, BITCOIN_STEPS, BUNDLED_HEADERS, bitcoinFromData, bitcoinToData, checkProofForm, fieldOfByte, inspectHeader, makeProof, merkleTool, withTxidsText,
  type BitcoinState,
} from './bitcoin';

/** Flips the low bit of byte `i` of a header given as hex. */
function flipByte(hex: string, i: number): string {
  const b = hexToBytes(hex);
  b[i] = b[i]! ^ 1;
  return Buffer.from(b).toString('hex');
}

describe('lesson 11: real Bitcoin', () => {
  it('bundles real mainnet headers: core recomputes each hash and Merkle root', () => {
    for (const h of BUNDLED_HEADERS) {
      const header = parseHeader(hexToBytes(h.headerHex));
      expect(blockHash(header)).toBe(h.hash);
      expect(merkleRootHex(h.txids)).toBe(header.merkleRoot);
    }
    // The two also in core's published fixtures agree with them.
    for (const f of fixtures.blocks) expect(BUNDLED_HEADERS.find((h) => h.hash === f.hash)).toBeDefined();
    // Block 1 links to genesis, as the chain does.
    expect(parseHeader(hexToBytes(BUNDLED_HEADERS[1]!.headerHex)).prevHash).toBe(BUNDLED_HEADERS[0]!.hash);
  });

  it('inspects a real header: fields, hash, target, proof of work valid', () => {
    const r = inspectHeader(BUNDLED_HEADERS[3]!.headerHex.toUpperCase());
    expect(r.header).toMatchObject({ version: 1, time: 1293623863, bits: 453281356, nonce: 274148111 });
    expect(r.hash).toBe('000000000003ba27aa200b1cecaad478d2b00432346c3f1f3986da1afd33e506');
    expect(r.target).toBe('000000000004864c000000000000000000000000000000000000000000000000');
    expect(r.powValid).toBe(true);
    expect(r.failure).toBeNull();
    expect(r.difficulty).toBeCloseTo(14484.16, 1);
    expect(r.nearest).toMatchObject({ changedBytes: [] });
  });

  it('one changed byte anywhere breaks the proof of work, and says why', () => {
    const genesis = BUNDLED_HEADERS[0]!.headerHex;
    for (const i of [0, 10, 40, 70, 79]) {
      const r = inspectHeader(flipByte(genesis, i));
      expect(r.powValid).toBe(false);
      expect(r.nearest).toMatchObject({ changedBytes: [i] });
    }
    expect(inspectHeader(flipByte(genesis, 79)).failure).toMatch(/is above the target: the proof of work fails/);
    // A bits byte changed: the target changes, possibly beyond Bitcoin's limit.
    expect(inspectHeader(flipByte(genesis, 75)).failure).toMatch(/easier than Bitcoin allows|above the target/);
    expect(fieldOfByte(75)).toBe('bits');
    expect(fieldOfByte(79)).toBe('nonce');
  });

  it.each([
    ['', /Paste a block header/],
    ['zz', /Character 1 \(“z”\) is not a hexadecimal digit/],
    ['00'.repeat(79), /80 bytes, 160 hex digits; this is 158 digits/],
    ['0'.repeat(161), /this is 161 digits \(an odd number/],
  ])('refuses header input %j with a message', (input, message) => {
    expect(() => inspectHeader(input)).toThrow(message);
  });

  it('the Merkle tool gives block 100000’s root from its txids and checks proofs', () => {
    const r = merkleTool(BITCOIN_START.txidsText);
    expect(r.matches?.id).toBe('block-100000');
    const proof = makeProof(r.txids, 2);
    expect(checkProofForm(proof)).toBe(true);
    expect(checkProofForm({ ...proof, index: '1' })).toBe(false);
    expect(checkProofForm({ ...proof, branch: proof.branch.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })).toBe(false);
    expect(() => merkleTool('abc')).toThrow(/Line 1 is not a transaction id/);
    expect(() => checkProofForm({ ...proof, root: 'x' })).toThrow(/root must be 64/);
  });

  it('ticks inspect, one-byte, merkle-root and proof; shares its state', () => {
    let s: BitcoinState = { ...BITCOIN_START, headerText: BUNDLED_HEADERS[0]!.headerHex };
    expect(doneSteps(BITCOIN_STEPS, s)).toEqual(['inspect']);
    s = { ...s, headerText: flipByte(BUNDLED_HEADERS[0]!.headerHex, 77) };
    expect(doneSteps(BITCOIN_STEPS, s)).toEqual(['one-byte']);
    // The box starts with a list whose root matches: the step wants a changed list first, then the right one again.
    const start = s.txidsText;
    s = withTxidsText(s, start.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    expect(s.sawMismatch).toBe(true);
    expect(doneSteps(BITCOIN_STEPS, s)).toEqual(['one-byte']);
    s = withTxidsText(s, start);
    expect(doneSteps(BITCOIN_STEPS, s)).toEqual(['one-byte', 'merkle-root']);
    s = { ...s, proof: makeProof(merkleTool(s.txidsText).txids, 0) };
    expect(doneSteps(BITCOIN_STEPS, s)).toEqual(['one-byte', 'merkle-root', 'proof']);
    expect(bitcoinFromData(JSON.parse(JSON.stringify(bitcoinToData(s))))).toEqual(s);
    expect(() => bitcoinFromData({ ...bitcoinToData(s), proof: 3 })).toThrow(/state.proof must be an object/);
    expect(() => bitcoinFromData({ ...bitcoinToData(s), sawMismatch: 'yes' })).toThrow(/sawMismatch/);
    const { sawMismatch: _, ...older } = bitcoinToData(s);
    expect(bitcoinFromData(older).sawMismatch).toBe(false);
  });
});
