/** The canonical encoding: compact sizes, fixed-width fields, and the objects built on them. */
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, DecodeError, bytesToHex, hexToBytes, hexToHash, hashToHex, reverseBytes } from './bytes';
import { parseTx, serializeTx, txid, wtxid, type Transaction } from './transaction';
import { blockFromHex, blockSize, blockToHex, parseBlock, serializeBlock } from './block';
import { ValidationError } from './errors';
import { TestChain } from './testing';

describe('compact size (Bitcoin CompactSize)', () => {
  const rows: [number, string][] = [
    [0, '00'],
    [252, 'fc'],
    [253, 'fdfd00'],
    [0xffff, 'fdffff'],
    [0x10000, 'fe00000100'],
    [0xffffffff, 'feffffffff'],
    [0x100000000, 'ff0000000001000000'],
  ];
  it.each(rows)('%i <-> %s', (n, hex) => {
    expect(bytesToHex(new ByteWriter().compactSize(n).finish())).toBe(hex);
    expect(new ByteReader(hexToBytes(hex)).compactSize()).toBe(n);
  });
  it.each([['fd0100'], ['fefc000000'], ['ff0000010000000000']])('refuses the non-canonical %s', (hex) => {
    expect(() => new ByteReader(hexToBytes(hex)).compactSize()).toThrow(DecodeError);
  });
  it('u64 keeps values up to 2^53 and refuses above', () => {
    const w = new ByteWriter().u64(2 ** 53 - 1).finish();
    expect(new ByteReader(w).u64()).toBe(2 ** 53 - 1);
    expect(() => new ByteReader(hexToBytes('ffffffffffffffff')).u64()).toThrow(DecodeError);
    expect(() => new ByteWriter().u64(-1)).toThrow(RangeError);
  });
  it('reading past the end names what was being read', () => {
    expect(() => new ByteReader(new Uint8Array(3)).u32('time')).toThrow(/time/);
  });
});

describe('hex helpers', () => {
  it.each([['abc', /odd/], ['zz', /not hex/]])('refuses %s', (hex, msg) => {
    expect(() => hexToBytes(hex)).toThrow(msg);
  });
  it('display order is byte-reversed internal order', () => {
    const display = '00'.repeat(31) + 'ff';
    expect(hexToHash(display)[0]).toBe(0xff);
    expect(hashToHex(hexToHash(display))).toBe(display);
    expect(() => hexToHash('00')).toThrow(/32 bytes/);
  });
  it('reverses a copy and leaves the input alone, a Node Buffer included', () => {
    for (const input of [Uint8Array.of(1, 2, 3), Buffer.from([1, 2, 3])]) {
      expect([...reverseBytes(input)]).toEqual([3, 2, 1]);
      expect([...input]).toEqual([1, 2, 3]);
    }
  });
});

describe('transactions and blocks round-trip byte for byte', () => {
  const t = new TestChain();
  t.mine();
  const tx = t.send(0, 1, 100_000_000, 1000);
  const block = t.minePool();

  it('a signed transaction parses back to the same object and bytes', () => {
    const bytes = serializeTx(tx);
    const back = parseTx(bytes);
    expect(back).toEqual(tx);
    expect(bytesToHex(serializeTx(back))).toBe(bytesToHex(bytes));
  });
  it('txid excludes the signatures, wtxid includes them', () => {
    const sig = tx.inputs[0]!.signature;
    const other: Transaction = { ...tx, inputs: [{ ...tx.inputs[0]!, signature: sig.slice(0, -2) + (sig.endsWith('00') ? '01' : '00') }] };
    expect(txid(other)).toBe(txid(tx));
    expect(wtxid(other)).not.toBe(wtxid(tx));
  });
  it('a block round-trips through bytes and hex', () => {
    expect(parseBlock(serializeBlock(block))).toEqual(block);
    expect(blockFromHex(blockToHex(block))).toEqual(block);
  });
  it('a block is encoded once, and each caller gets its own copy of the bytes', () => {
    const first = serializeBlock(block);
    const expected = bytesToHex(first);
    first.fill(0);
    const second = serializeBlock(block);
    expect(second).not.toBe(first);
    expect(bytesToHex(second)).toBe(expected);
    expect(blockSize(block)).toBe(second.length);
    // Another object with the same content encodes to the same bytes (the cache is per object, not per hash).
    expect(bytesToHex(serializeBlock(parseBlock(second)))).toBe(expected);
  });
  it('a block that cannot be encoded is refused every time, not remembered as encoded', () => {
    const broken = { ...block, txs: [{ ...block.txs[0]!, outputs: [{ amount: 1, address: 'not an address' }] }] };
    expect(() => blockSize(broken)).toThrow(/address/);
    expect(() => serializeBlock(broken)).toThrow(/address/);
  });
  it.each([
    ['truncated', (h: string) => h.slice(0, -10)],
    ['trailing bytes', (h: string) => h + '00'],
    ['not hex', (h: string) => h.slice(0, -1) + 'g'],
  ])('a %s block is refused with bad-encoding', (_name, mutate) => {
    let err: unknown;
    try {
      blockFromHex(mutate(blockToHex(block)));
    } catch (e) {
      err = e;
    }
    expect((err as ValidationError).code).toBe('bad-encoding');
  });
});
