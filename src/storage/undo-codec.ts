/**
 * The undo record of a connected block (schema 3): the coins it spent, in
 * input order, without what the block itself already says.
 *
 * A block's undo data depends only on the block and its ancestors (the coins
 * its inputs spend), so it is stored once per block hash, shared by every node
 * that connects it. Each coin is written as Core writes its undo coins: a code
 * (height * 2 + coinbase, here * 2 again for one more flag) and the amount,
 * but not its outpoint (the block's input names it) and, when the coin was
 * locked to the very key that spends it (always, once signatures verified),
 * not its address either: only the address version, the hash coming from the
 * input's public key. So a coin takes ~8 bytes instead of ~80.
 */
import {
  DecodeError,
  addressFromPubKeyHash,
  base58checkDecode,
  equalBytes,
  hash160,
  hexToBytes,
  isCoinbase,
  outpointKey,
  type Block,
  type BlockUndo,
  type Coin,
} from '../core/index';
import { BinReader, BinWriter } from './byte-codec';

const FORMAT = 1;

/** Small memo tables: wallets reuse their keys, so the same few hashes recur block after block. */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 4096) {}
  get(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = make();
      this.map.set(key, v);
    }
    return v;
  }
}
const keyHashes = new Memo<Uint8Array>();
const addressPayloads = new Memo<Uint8Array | null>();
const keyAddresses = new Memo<string>();

function payloadOf(address: string): Uint8Array | null {
  return addressPayloads.get(address, () => {
    try {
      const p = base58checkDecode(address);
      return p.length === 21 ? p : null;
    } catch {
      return null;
    }
  });
}

function keyHashOf(publicKey: string): Uint8Array | null {
  if (!publicKey) return null;
  try {
    return keyHashes.get(publicKey, () => hash160(hexToBytes(publicKey, 'publicKey')));
  } catch {
    return null; // not hex: the address is then written out
  }
}

/** The inputs a block's undo data covers, in order: every input of every transaction but the coinbase. */
function spendingInputs(block: Block): { key: string; publicKey: string }[] {
  const out: { key: string; publicKey: string }[] = [];
  for (const tx of block.txs) {
    if (isCoinbase(tx)) continue;
    for (const input of tx.inputs) out.push({ key: outpointKey(input.prevTxid, input.vout), publicKey: input.publicKey });
  }
  return out;
}

export function encodeUndo(undo: BlockUndo, block: Block): Uint8Array {
  const inputs = spendingInputs(block);
  if (inputs.length !== undo.spent.length) throw new TypeError(`undo data lists ${undo.spent.length} coins for a block with ${inputs.length} inputs`);
  const w = new BinWriter(16 + undo.spent.length * 12);
  w.u8(FORMAT);
  w.varint(undo.spent.length);
  undo.spent.forEach(([key, coin], i) => {
    const input = inputs[i]!;
    if (key !== input.key) throw new TypeError(`undo coin ${i} is ${key}, but the block's input ${i} spends ${input.key}`);
    const payload = payloadOf(coin.address);
    const keyHash = keyHashOf(input.publicKey);
    const fromKey = payload !== null && keyHash !== null && equalBytes(payload.subarray(1), keyHash);
    w.varint(coin.height * 4 + (coin.coinbase ? 2 : 0) + (fromKey ? 1 : 0));
    w.varint(coin.amount);
    if (fromKey) w.u8(payload[0]!);
    else w.ascii(coin.address, `undo coin ${i} address`);
  });
  return w.finish();
}

/** The undo data of `block` from its record; throws a DecodeError for bytes that do not fit the block. */
export function decodeUndo(bytes: Uint8Array, block: Block): BlockUndo {
  if (!(bytes instanceof Uint8Array)) throw new DecodeError('the undo record is not a byte array');
  const r = new BinReader(bytes);
  const format = r.u8('format');
  if (format !== FORMAT) throw new DecodeError(`unknown undo record format ${format}`);
  const inputs = spendingInputs(block);
  const n = r.count('coin count', 1_000_000);
  if (n !== inputs.length) throw new DecodeError(`the undo record lists ${n} coins, the block has ${inputs.length} inputs`);
  const spent: (readonly [string, Coin])[] = [];
  for (let i = 0; i < n; i++) {
    const code = r.varint('coin code');
    const amount = r.varint('amount');
    const input = inputs[i]!;
    let address: string;
    if (code % 2 === 1) {
      const version = r.u8('address version');
      const keyHash = keyHashOf(input.publicKey);
      if (!keyHash) throw new DecodeError(`undo coin ${i} takes its address from a key the input does not carry`);
      address = keyAddresses.get(`${version}:${input.publicKey}`, () => addressFromPubKeyHash(keyHash, version));
    } else {
      address = r.ascii('address');
    }
    spent.push([input.key, { amount, address, height: Math.floor(code / 4), coinbase: (code & 2) !== 0 }]);
  }
  r.end('undo record');
  return { spent };
}
