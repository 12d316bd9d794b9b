/**
 * The coinbase: the first transaction of a block, which creates the reward.
 * Its single input spends the null outpoint and its script carries, in order:
 *   height u32 (BIP 34: so no two coinbases share a txid)
 *   extraNonce u64 (rolled by miners when the 32-bit header nonce runs out)
 *   witness root 32 bytes (BIP 141: commits the block's signatures)
 *   message: varBytes, at most 40 bytes (a miner's tag, like the genesis headline)
 */
import { ByteReader, ByteWriter, bytesToHex, hashToHex, hexToBytes, hexToHash, utf8 } from './bytes';
import { COINBASE_VOUT, NULL_TXID, SEQUENCE_FINAL, TX_VERSION, type Transaction, type TxOutput } from './transaction';
import { ValidationError } from './errors';

export const MAX_COINBASE_MESSAGE = 40;
export const ZERO_HASH = '0'.repeat(64);

export interface CoinbaseData {
  readonly height: number;
  readonly extraNonce: number;
  /** Display-order hex. */
  readonly witnessRoot: string;
  readonly message: string;
}

export function encodeCoinbaseScript(d: CoinbaseData): string {
  const message = utf8(d.message);
  if (message.length > MAX_COINBASE_MESSAGE) throw new RangeError(`coinbase message is limited to ${MAX_COINBASE_MESSAGE} bytes`);
  const w = new ByteWriter(90);
  w.u32(d.height).u64(d.extraNonce).bytes(hexToHash(d.witnessRoot, 'witnessRoot')).varBytes(message);
  return bytesToHex(w.finish());
}

/** Reads a coinbase script; throws bad-cb-length when it does not have the layout above. */
export function decodeCoinbaseScript(scriptHex: string): CoinbaseData {
  try {
    const r = new ByteReader(hexToBytes(scriptHex));
    const height = r.u32('height');
    const extraNonce = r.u64('extraNonce');
    const witnessRoot = hashToHex(r.bytes(32, 'witness root'));
    const message = new TextDecoder('utf-8', { fatal: false }).decode(r.varBytes('message', MAX_COINBASE_MESSAGE));
    r.end('coinbase script');
    return { height, extraNonce, witnessRoot, message };
  } catch (e) {
    throw new ValidationError('bad-cb-length', (e as Error).message);
  }
}

export function createCoinbase(data: CoinbaseData, outputs: readonly TxOutput[]): Transaction {
  return {
    version: TX_VERSION,
    inputs: [
      {
        prevTxid: NULL_TXID,
        vout: COINBASE_VOUT,
        script: encodeCoinbaseScript(data),
        sequence: SEQUENCE_FINAL,
        signature: '',
        publicKey: '',
      },
    ],
    outputs,
    lockTime: 0,
  };
}

/** Who mined a block, as its coinbase says: the address the reward first pays and the miner's tag. */
export interface MinedBy {
  readonly address: string;
  readonly tag: string;
}

/** The coinbase's payee and message; empty strings when the block has no readable coinbase. */
export function minedByOf(block: { readonly txs: readonly Transaction[] }): MinedBy {
  const coinbase = block.txs[0];
  let tag = '';
  try {
    tag = coinbase ? decodeCoinbaseScript(coinbase.inputs[0]?.script ?? '').message : '';
  } catch {
    // not a coinbase of ours: no tag
  }
  return { address: coinbase?.outputs[0]?.address ?? '', tag };
}
