/**
 * Context-free transaction rules (Bitcoin Core's CheckTransaction): what can be
 * decided from the transaction alone, before looking up any coin.
 */
import { rejectDetail } from './reject-details';
import { MAX_MONEY, moneyRange } from './amount';
import { decodeAddress } from './address';
import { ValidationError, reject } from './errors';
import { COINBASE_VOUT, NULL_TXID, TX_VERSION, isCoinbase, outpointKey, txSize, type Transaction } from './transaction';
import { decodeCoinbaseScript } from './coinbase';
import { isValidPublicKey } from './keys';
import { hexToBytes } from './bytes';
import type { ConsensusParams } from './params';

export function checkTransaction(tx: Transaction, params: ConsensusParams): void {
  if (tx.version !== TX_VERSION) reject('bad-txns-version', rejectDetail('version', { version: tx.version }));
  if (tx.inputs.length === 0) reject('bad-txns-vin-empty');
  if (tx.outputs.length === 0) reject('bad-txns-vout-empty');
  const coinbase = isCoinbase(tx);
  let total = 0;
  tx.outputs.forEach((out, i) => {
    // isSafeInteger is false for anything that is not a number (text, bigint, undefined) too.
    if (!Number.isSafeInteger(out.amount) || out.amount < 0) {
      reject('bad-txns-vout-negative', rejectDetail('outputPays', { output: i, amount: String(out.amount) }));
    }
    // A coinbase may claim nothing (once halvings reach zero and no fees are paid), as in Bitcoin.
    if (out.amount === 0 && !coinbase) reject('bad-txns-vout-zero', rejectDetail('output', { output: i }));
    if (out.amount > MAX_MONEY) reject('bad-txns-vout-toolarge', rejectDetail('output', { output: i }));
    total += out.amount;
    if (!moneyRange(total)) reject('bad-txns-txouttotal-toolarge');
    try {
      decodeAddress(out.address, params.addressVersion);
    } catch (e) {
      throw new ValidationError((e as ValidationError).code ?? 'bad-encoding', `output ${i}: ${(e as Error).message}`);
    }
  });

  const seen = new Set<string>();
  for (const input of tx.inputs) {
    const key = outpointKey(input.prevTxid, input.vout);
    if (seen.has(key)) reject('bad-txns-inputs-duplicate', key);
    seen.add(key);
  }

  if (coinbase) {
    const input = tx.inputs[0]!;
    decodeCoinbaseScript(input.script);
    if (input.signature !== '' || input.publicKey !== '') reject('bad-txns-cb-has-signature');
  } else {
    tx.inputs.forEach((input, i) => {
      if (input.prevTxid === NULL_TXID || input.vout === COINBASE_VOUT) reject('bad-txns-prevout-null', rejectDetail('input', { input: i }));
      if (input.script !== '') reject('bad-txns-nonstandard-input', rejectDetail('input', { input: i }));
      if (!isValidPublicKeyHex(input.publicKey)) reject('bad-txns-pubkey', rejectDetail('input', { input: i }));
    });
  }
  // Last: encoding needs every field to be well-formed.
  if (txSize(tx) > params.maxBlockSize) reject('bad-txns-oversize', rejectDetail('bytes', { bytes: txSize(tx) }));
}

// Checking a key means decompressing a curve point (a square root mod p), and
// every node checks every spender's key again: remember the keys that passed.
const VALID_KEYS_LIMIT = 10_000;
const validKeys = new Set<string>();

function isValidPublicKeyHex(hex: string): boolean {
  if (validKeys.has(hex)) return true;
  let pub: Uint8Array;
  try {
    pub = hexToBytes(hex);
  } catch {
    return false;
  }
  if (!isValidPublicKey(pub)) return false;
  if (validKeys.size >= VALID_KEYS_LIMIT) validKeys.clear();
  validKeys.add(hex);
  return true;
}
