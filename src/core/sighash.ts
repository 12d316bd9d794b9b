/**
 * The signature hash: what each input's ECDSA signature signs.
 *
 * It commits to the whole transaction (its txid encoding: every input's outpoint,
 * every output, version and lockTime), to which input is being signed, and to
 * every output being spent (amount and address), like BIP 341's sha_amounts and
 * sha_scriptpubkeys: a signer cannot be tricked about the value it spends and a
 * signature cannot be moved to another input or transaction.
 */
import { ByteWriter, utf8, type Bytes } from './bytes';
import { sha256d } from './hash';
import { serializeTx, type Transaction } from './transaction';
import { base58checkDecode } from './address';
import type { Coin } from './utxo-set';

const SIGHASH_TAG = utf8('pocket-chain/sighash/v1');

export function signatureHash(tx: Transaction, inputIndex: number, spent: readonly Pick<Coin, 'amount' | 'address'>[]): Bytes {
  if (!Number.isInteger(inputIndex) || inputIndex < 0 || inputIndex >= tx.inputs.length) {
    throw new RangeError(`inputIndex must be from 0 to ${tx.inputs.length - 1}`);
  }
  if (spent.length !== tx.inputs.length) throw new RangeError('spent must list one coin per input');
  const w = new ByteWriter(256);
  w.varBytes(SIGHASH_TAG);
  w.varBytes(serializeTx(tx, false));
  w.u32(inputIndex);
  for (const coin of spent) {
    w.u64(coin.amount);
    w.bytes(base58checkDecode(coin.address));
  }
  return sha256d(w.finish());
}
