/**
 * Rules that need the coins a transaction spends (Core's Consensus::CheckTxInputs
 * plus the signature checks of CheckInputScripts): the coins exist and are
 * unspent, coinbases are mature, values add up, and each input is signed by the
 * key that owns its coin.
 */
import { rejectDetail } from './reject-details';
import { moneyRange } from './amount';
import { addressFromPublicKey } from './address';
import { hexToBytes } from './bytes';
import { reject } from './errors';
import { signatureHash } from './sighash';
import { isMature, spendableFromHeight } from './maturity';
import { outpointKey, totalOutput, type Transaction } from './transaction';
import type { Coin, CoinSource } from './utxo-set';
import type { ConsensusParams } from './params';
import { rememberVerifiedSignatures, signaturesVerified } from './verdict-cache';
import { recordingSignatures, verifyHashCached } from './signature-cache';

/** Looks up every coin a transaction spends; throws bad-txns-inputs-missingorspent naming the first missing one. */
export function spentCoins(tx: Transaction, coins: CoinSource): Coin[] {
  return tx.inputs.map((input, i) => {
    const coin = coins.getCoin(outpointKey(input.prevTxid, input.vout));
    if (!coin) reject('bad-txns-inputs-missingorspent', rejectDetail('spendsMissing', { input: i, coin: input.prevTxid.slice(0, 16), vout: input.vout }));
    return coin;
  });
}

/**
 * Checks amounts and maturity for a spend in a block at `spendHeight`; returns the fee.
 */
export function checkTxInputs(tx: Transaction, spent: readonly Coin[], spendHeight: number, params: ConsensusParams): number {
  let valueIn = 0;
  spent.forEach((coin, i) => {
    if (!isMature(coin, spendHeight, params)) {
      reject(
        'bad-txns-premature-spend-of-coinbase',
        rejectDetail('spendsImmature', { input: i, height: coin.height, from: spendableFromHeight(coin, params) }),
      );
    }
    valueIn += coin.amount;
    if (!moneyRange(coin.amount) || !moneyRange(valueIn)) reject('bad-txns-inputvalues-outofrange');
  });
  const valueOut = totalOutput(tx);
  if (valueIn < valueOut) reject('bad-txns-in-belowout', rejectDetail('inputsBelowOutputs', { in: valueIn, out: valueOut }));
  return valueIn - valueOut;
}

// The address a public key hashes to (HASH160, then Base58Check: the costlier half of an input's
// check once its signature is cached); every node checks the same keys, so they share this cache.
const ADDRESS_CACHE_LIMIT = 50_000;
const addressCache = new Map<string, string>();

function addressOfKey(publicKeyHex: string, version: number): string {
  const key = `${version}:${publicKeyHex}`;
  let address = addressCache.get(key);
  if (address === undefined) {
    address = addressFromPublicKey(hexToBytes(publicKeyHex), version);
    if (addressCache.size >= ADDRESS_CACHE_LIMIT) addressCache.clear();
    addressCache.set(key, address);
  }
  return address;
}

/** Every input: its public key hashes to the coin's address and its signature verifies. */
export function checkSignatures(tx: Transaction, spent: readonly Coin[], params: ConsensusParams): void {
  // While the signature verdicts are being recorded, each must be looked up: the shortcut would skip them.
  if (!recordingSignatures() && signaturesVerified(tx, spent, params.addressVersion)) return;
  tx.inputs.forEach((input, i) => {
    const coin = spent[i]!;
    if (addressOfKey(input.publicKey, params.addressVersion) !== coin.address) {
      reject('bad-txns-wrong-key', rejectDetail('wrongKey', { input: i, address: coin.address }));
    }
    let sig: Uint8Array;
    try {
      sig = hexToBytes(input.signature);
    } catch {
      return reject('bad-txns-bad-signature', rejectDetail('input', { input: i }));
    }
    const hash = signatureHash(tx, i, spent);
    if (!verifyHashCached(sig, hash, hexToBytes(input.publicKey))) reject('bad-txns-bad-signature', rejectDetail('input', { input: i }));
  });
  rememberVerifiedSignatures(tx, spent, params.addressVersion);
}
