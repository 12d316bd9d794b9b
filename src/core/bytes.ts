/**
 * Byte helpers and the canonical binary encoding used by every consensus object.
 *
 * Bitcoin serialises integers little-endian in fixed widths and lengths as
 * "compact size" integers (1, 3, 5 or 9 bytes). Hashes are stored in internal
 * byte order and shown byte-reversed ("display order"), as Bitcoin Core does.
 */
import { bytesToHex as nobleBytesToHex, hexToBytes as nobleHexToBytes } from '@noble/hashes/utils.js';

export type Bytes = Uint8Array;

/** Lower-case hex of the bytes in the order given. */
export function bytesToHex(bytes: Bytes): string {
  return nobleBytesToHex(bytes);
}

/** Bytes of an even-length hex string; throws a TypeError naming the problem. */
export function hexToBytes(hex: string, name = 'hex'): Bytes {
  if (typeof hex !== 'string') throw new TypeError(`${name} must be a hex string`);
  if (hex.length % 2 !== 0) throw new TypeError(`${name} has an odd number of hex digits`);
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError(`${name} contains a character that is not hex`);
  return nobleHexToBytes(hex);
}

/** A reversed copy: internal byte order <-> display order for hashes. */
export function reverseBytes(bytes: Bytes): Bytes {
  return Uint8Array.from(bytes).reverse();
}

/** Display-order hex (Bitcoin style) of a hash kept in internal byte order. */
export function hashToHex(hash: Bytes): string {
  return bytesToHex(reverseBytes(hash));
}

/** Internal-order bytes of a display-order hash hex; checks it is 32 bytes. */
export function hexToHash(hex: string, name = 'hash'): Bytes {
  const bytes = hexToBytes(hex, name);
  if (bytes.length !== 32) throw new TypeError(`${name} must be 32 bytes (64 hex digits), got ${bytes.length}`);
  return reverseBytes(bytes);
}

export function concatBytes(...parts: Bytes[]): Bytes {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a: Bytes, b: Bytes): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Thrown by ByteReader when the input ends early or holds a non-canonical value. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Appends fixed-width little-endian fields and compact sizes to a growing buffer. */
export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  private len = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(initialCapacity);
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  // Every writer refuses a value its field cannot hold: DataView would silently wrap or
  // truncate it, and two different objects would then hash alike.
  u8(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xff) throw new RangeError(`u8 out of range: ${n}`);
    this.reserve(1);
    this.view.setUint8(this.len, n);
    this.len += 1;
    return this;
  }

  u16(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new RangeError(`u16 out of range: ${n}`);
    this.reserve(2);
    this.view.setUint16(this.len, n, true);
    this.len += 2;
    return this;
  }

  u32(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`u32 out of range: ${n}`);
    this.reserve(4);
    this.view.setUint32(this.len, n, true);
    this.len += 4;
    return this;
  }

  i32(n: number): this {
    if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new RangeError(`i32 out of range: ${n}`);
    this.reserve(4);
    this.view.setInt32(this.len, n, true);
    this.len += 4;
    return this;
  }

  /** 64-bit little-endian from a safe non-negative integer (amounts stay below 2^53). */
  u64(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`u64 must be a safe non-negative integer: ${n}`);
    this.reserve(8);
    this.view.setUint32(this.len, n % 0x100000000, true);
    this.view.setUint32(this.len + 4, Math.floor(n / 0x100000000), true);
    this.len += 8;
    return this;
  }

  /** Bitcoin's CompactSize: <0xfd in one byte, then 0xfd+u16, 0xfe+u32, 0xff+u64. */
  compactSize(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`compact size out of range: ${n}`);
    if (n < 0xfd) return this.u8(n);
    if (n <= 0xffff) return this.u8(0xfd).u16(n);
    if (n <= 0xffffffff) return this.u8(0xfe).u32(n);
    return this.u8(0xff).u64(n);
  }

  bytes(b: Bytes): this {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** Length-prefixed bytes (compact size, then the bytes). */
  varBytes(b: Bytes): this {
    return this.compactSize(b.length).bytes(b);
  }

  get length(): number {
    return this.len;
  }

  finish(): Bytes {
    return this.buf.slice(0, this.len);
  }
}

/** Reads what ByteWriter wrote; every read checks bounds and canonical form. */
export class ByteReader {
  private at = 0;
  private readonly view: DataView;

  constructor(private readonly data: Bytes) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number, what: string): void {
    if (this.at + n > this.data.length) {
      throw new DecodeError(`unexpected end of data reading ${what} at byte ${this.at}`);
    }
  }

  u8(what = 'u8'): number {
    this.need(1, what);
    return this.view.getUint8(this.at++);
  }

  u16(what = 'u16'): number {
    this.need(2, what);
    const v = this.view.getUint16(this.at, true);
    this.at += 2;
    return v;
  }

  u32(what = 'u32'): number {
    this.need(4, what);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }

  i32(what = 'i32'): number {
    this.need(4, what);
    const v = this.view.getInt32(this.at, true);
    this.at += 4;
    return v;
  }

  u64(what = 'u64'): number {
    this.need(8, what);
    const lo = this.view.getUint32(this.at, true);
    const hi = this.view.getUint32(this.at + 4, true);
    this.at += 8;
    const v = hi * 0x100000000 + lo;
    if (!Number.isSafeInteger(v)) throw new DecodeError(`${what} is too large (above 2^53)`);
    return v;
  }

  compactSize(what = 'compact size'): number {
    const first = this.u8(what);
    if (first < 0xfd) return first;
    let v: number;
    let min: number;
    if (first === 0xfd) {
      v = this.u16(what);
      min = 0xfd;
    } else if (first === 0xfe) {
      v = this.u32(what);
      min = 0x10000;
    } else {
      v = this.u64(what);
      min = 0x100000000;
    }
    // Bitcoin rejects non-canonical encodings ("non-canonical ReadCompactSize()").
    if (v < min) throw new DecodeError(`non-canonical ${what}`);
    return v;
  }

  bytes(n: number, what = 'bytes'): Bytes {
    this.need(n, what);
    const out = this.data.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  varBytes(what = 'bytes', max = 1_000_000): Bytes {
    const n = this.compactSize(`${what} length`);
    if (n > max) throw new DecodeError(`${what} length ${n} exceeds ${max}`);
    return this.bytes(n, what);
  }

  get offset(): number {
    return this.at;
  }

  get remaining(): number {
    return this.data.length - this.at;
  }

  /** Throws unless every byte was consumed (trailing garbage is not canonical). */
  end(what = 'data'): void {
    if (this.at !== this.data.length) {
      throw new DecodeError(`${this.data.length - this.at} unexpected trailing bytes after ${what}`);
    }
  }
}
