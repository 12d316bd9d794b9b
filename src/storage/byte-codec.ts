/**
 * The small binary vocabulary of the stored records (schema 3): unsigned
 * LEB128 varints, raw 32-byte hashes, outpoint keys, short ASCII strings and
 * fixed-width little-endian integers, written by BinWriter and read by
 * BinReader.
 *
 * Hashes are stored as the bytes their hex spells, in the order it spells them
 * (not reversed): the records are ours, not consensus encodings, and the
 * round trip hex -> bytes -> hex is then a table lookup each way. These loops
 * run for every coin of a UTXO set at start (100,000 coins is a normal
 * classroom chain), so they index the buffer directly, avoid regular
 * expressions, and allocate nothing per field but the strings they return.
 */
import { DecodeError } from '../core/index';

const HEX = '0123456789abcdef';
/** Byte -> its two hex digits as char codes (high digit << 8 | low digit). */
const HEX_PAIR = new Uint16Array(256);
for (let i = 0; i < 256; i++) HEX_PAIR[i] = (HEX.charCodeAt(i >> 4) << 8) | HEX.charCodeAt(i & 15);
/**
 * Strings are built by writing their characters into a scratch buffer and
 * decoding it once: ten times faster than concatenating pieces, and the result
 * is a flat string (a cheap Map key).
 */
const scratch = new Uint8Array(96);
const text = new TextDecoder();
/** Char code -> nibble value, or -1 for anything but 0-9 and a-f. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) NIBBLE[HEX.charCodeAt(i)] = i;

export class BinWriter {
  private buf: Uint8Array;
  private len = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  get length(): number {
    return this.len;
  }

  u8(n: number): void {
    this.reserve(1);
    this.buf[this.len++] = n;
  }

  u32(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`u32 out of range: ${n}`);
    this.reserve(4);
    const b = this.buf;
    b[this.len] = n & 0xff;
    b[this.len + 1] = (n >>> 8) & 0xff;
    b[this.len + 2] = (n >>> 16) & 0xff;
    b[this.len + 3] = n >>> 24;
    this.len += 4;
  }

  i32(n: number): void {
    if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new RangeError(`i32 out of range: ${n}`);
    this.u32(n >>> 0);
  }

  /** Unsigned LEB128: 7 bits a byte, low bits first; safe integers only. */
  varint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint must be a safe non-negative integer, got ${n}`);
    this.reserve(8);
    const b = this.buf;
    while (n >= 0x80) {
      b[this.len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    b[this.len++] = n;
  }

  /** A display-order hash hex (64 lower-case digits) as its 32 bytes. */
  hash(hex: string, what = 'hash'): void {
    if (typeof hex !== 'string' || hex.length !== 64) throw new TypeError(`${what} is not 64 lower-case hex digits`);
    this.hexDigits(hex, 64, what);
  }

  private hexDigits(text: string, digits: number, what: string): void {
    this.reserve(digits / 2);
    const b = this.buf;
    for (let i = 0; i < digits; i += 2) {
      const hi = text.charCodeAt(i);
      const lo = text.charCodeAt(i + 1);
      const h = hi < 128 ? NIBBLE[hi]! : -1;
      const l = lo < 128 ? NIBBLE[lo]! : -1;
      if (h < 0 || l < 0) throw new TypeError(`${what} is not 64 lower-case hex digits`);
      b[this.len++] = (h << 4) | l;
    }
  }

  /** A UTXO key "txid:vout" as the txid's 32 bytes and a varint. */
  outpoint(key: string): void {
    if (typeof key !== 'string' || key.length < 66 || key.charCodeAt(64) !== 58 /* ':' */) throw new TypeError(`outpoint "${String(key).slice(0, 80)}" is not "txid:vout"`);
    this.hexDigits(key, 64, 'outpoint txid');
    const tail = key.slice(65);
    const vout = Number(tail);
    if (!Number.isInteger(vout) || vout < 0 || vout > 0xffffffff || String(vout) !== tail) throw new TypeError(`outpoint "${key}" has no valid vout`);
    this.varint(vout);
  }

  /** Short printable ASCII text (addresses): a varint length, then one byte per character. */
  ascii(text: string, what = 'text'): void {
    if (typeof text !== 'string') throw new TypeError(`${what} is not a string`);
    this.varint(text.length);
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7e || c < 0x20) throw new TypeError(`${what} "${text.slice(0, 80)}" is not printable ASCII`);
      this.buf[this.len++] = c;
    }
  }

  /** Length-prefixed bytes. */
  varBytes(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.bytes(bytes);
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class BinReader {
  private pos = 0;

  constructor(private readonly buf: Uint8Array) {}

  /** The read position (bytes from the start). */
  get position(): number {
    return this.pos;
  }

  /** The bytes from `from` to the read position (a view, not a copy). */
  since(from: number): Uint8Array {
    return this.buf.subarray(from, this.pos);
  }

  private need(n: number, what: string): void {
    if (this.pos + n > this.buf.length) throw new DecodeError(`unexpected end of data reading ${what} at byte ${this.pos}`);
  }

  u8(what = 'u8'): number {
    this.need(1, what);
    return this.buf[this.pos++]!;
  }

  u32(what = 'u32'): number {
    this.need(4, what);
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16)) + b[p + 3]! * 0x1000000;
  }

  i32(what = 'i32'): number {
    return this.u32(what) | 0;
  }

  varint(what = 'varint'): number {
    const b = this.buf;
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= b.length) throw new DecodeError(`unexpected end of data reading ${what} at byte ${this.pos}`);
      const byte = b[this.pos++]!;
      n += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (byte === 0 && i > 0) throw new DecodeError(`non-canonical ${what}`);
        if (!Number.isSafeInteger(n)) throw new DecodeError(`${what} is above 2^53`);
        return n;
      }
      scale *= 0x80;
    }
    throw new DecodeError(`${what} is longer than 8 bytes`);
  }

  /** A varint that must be at most `max` (guards allocations driven by stored counts). */
  count(what: string, max = 100_000_000): number {
    const n = this.varint(what);
    if (n > max) throw new DecodeError(`${what} ${n} is implausible (above ${max})`);
    return n;
  }

  /** Writes the 32 bytes at the read position into scratch as 64 hex digits. */
  private hexToScratch(what: string): void {
    this.need(32, what);
    const b = this.buf;
    for (let i = 0, p = this.pos; i < 32; i++, p++) {
      const pair = HEX_PAIR[b[p]!]!;
      scratch[2 * i] = pair >> 8;
      scratch[2 * i + 1] = pair & 0xff;
    }
    this.pos += 32;
  }

  hash(what = 'hash'): string {
    this.hexToScratch(what);
    return text.decode(scratch.subarray(0, 64));
  }

  outpoint(): string {
    this.hexToScratch('outpoint txid');
    const vout = this.varint('vout');
    if (vout > 0xffffffff) throw new DecodeError(`vout ${vout} is above 2^32 - 1`);
    scratch[64] = 58; // ':'
    let end = 65;
    const digits = String(vout);
    for (let i = 0; i < digits.length; i++) scratch[end++] = digits.charCodeAt(i);
    return text.decode(scratch.subarray(0, end));
  }

  ascii(what = 'text', max = 200): string {
    const n = this.count(`${what} length`, max);
    this.need(n, what);
    const bytes = this.buf.subarray(this.pos, this.pos + n);
    for (let i = 0; i < n; i++) if (bytes[i]! > 0x7e || bytes[i]! < 0x20) throw new DecodeError(`${what} is not printable ASCII`);
    this.pos += n;
    return text.decode(bytes);
  }

  bytes(n: number, what = 'bytes'): Uint8Array {
    this.need(n, what);
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  varBytes(what = 'bytes', max = 4_000_000): Uint8Array {
    return this.bytes(this.count(`${what} length`, max), what);
  }

  skip(n: number, what = 'bytes'): void {
    this.need(n, what);
    this.pos += n;
  }

  /** Throws unless every byte was read (trailing bytes mean the record is not what it claims). */
  end(what = 'record'): void {
    if (this.pos !== this.buf.length) throw new DecodeError(`${this.buf.length - this.pos} unexpected trailing bytes after ${what}`);
  }
}
