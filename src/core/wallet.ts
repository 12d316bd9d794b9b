/**
 * Wallets: a key pair, its address and a label; and payments: choosing coins,
 * adding change and signing every input. (The node never holds keys: a wallet
 * builds and signs, the node validates what it receives.)
 */
import { rejectDetail } from './reject-details';
import { bytesToHex, hexToBytes } from './bytes';
import { addressFromPublicKey, decodeAddress, DEFAULT_ADDRESS_VERSION } from './address';
import { generatePrivateKey, isValidPrivateKey, privateKeyFromSeed, publicKeyOf, signHash } from './keys';
import { signatureHash } from './sighash';
import { ValidationError, reject } from './errors';
import { formatCoins, moneyRange } from './amount';
import { SEQUENCE_FINAL, TX_VERSION, type Transaction, type TxInput } from './transaction';
import type { Coin } from './utxo-set';

export interface Wallet {
  readonly label: string;
  readonly address: string;
  /** Hex, 33-byte compressed. */
  readonly publicKey: string;
  /** Hex, 32 bytes. Shown only on demand, with a warning. */
  readonly privateKey: string;
  /** Set when derived from a seed (reproducible demos). */
  readonly seed?: string;
  readonly seedIndex?: number;
}

export interface WalletOptions {
  readonly label?: string;
  /** Derive the key from this seed (and index) instead of the CSPRNG. */
  readonly seed?: string;
  readonly index?: number;
  readonly addressVersion?: number;
}

export function createWallet(o: WalletOptions = {}): Wallet {
  const priv = o.seed !== undefined ? privateKeyFromSeed(o.seed, o.index ?? 0) : generatePrivateKey();
  return walletFromPrivateKey(bytesToHex(priv), o);
}

export function walletFromPrivateKey(privateKeyHex: string, o: WalletOptions = {}): Wallet {
  const priv = hexToBytes(privateKeyHex, 'privateKey');
  if (!isValidPrivateKey(priv)) throw new TypeError('privateKey must be a valid 32-byte secp256k1 key');
  const pub = publicKeyOf(priv);
  return {
    label: o.label ?? '',
    address: addressFromPublicKey(pub, o.addressVersion ?? DEFAULT_ADDRESS_VERSION),
    publicKey: bytesToHex(pub),
    privateKey: bytesToHex(priv),
    ...(o.seed !== undefined ? { seed: o.seed, seedIndex: o.index ?? 0 } : {}),
  };
}

/** A coin a wallet may spend: its outpoint key and value (confirmed or from the pool). */
export interface SpendableCoin {
  readonly key: string;
  readonly coin: Coin;
}

export interface PaymentRequest {
  readonly from: Wallet;
  readonly to: string;
  readonly amount: number;
  readonly fee: number;
  /** Coins of `from` not already spent by the pool. */
  readonly coins: readonly SpendableCoin[];
  readonly addressVersion?: number;
}

export interface Payment {
  readonly tx: Transaction;
  /** The coins chosen as inputs, in input order. */
  readonly chosen: readonly SpendableCoin[];
  readonly change: number;
}

/**
 * Chooses coins largest first until amount + fee is covered (fewest inputs),
 * pays `to`, returns the change to the sender and signs every input.
 */
export function buildPayment(r: PaymentRequest): Payment {
  const version = r.addressVersion ?? DEFAULT_ADDRESS_VERSION;
  decodeAddress(r.to, version);
  if (!Number.isSafeInteger(r.amount) || r.amount <= 0 || !moneyRange(r.amount)) reject('bad-amount', 'the amount must be a positive whole number of units');
  if (!Number.isSafeInteger(r.fee) || r.fee < 0 || !moneyRange(r.fee)) reject('bad-amount', 'the fee must be zero or a positive whole number of units');
  const need = r.amount + r.fee;
  const sorted = [...r.coins].sort((a, b) => b.coin.amount - a.coin.amount || (a.key < b.key ? -1 : 1));
  const chosen: SpendableCoin[] = [];
  let total = 0;
  for (const c of sorted) {
    if (total >= need) break;
    chosen.push(c);
    total += c.coin.amount;
  }
  if (total < need) {
    const available = r.coins.reduce((s, c) => s + c.coin.amount, 0);
    throw new ValidationError('insufficient-funds', rejectDetail('needsSpendable', { need: formatCoins(need), spendable: formatCoins(available) }));
  }
  const change = total - need;
  const outputs = [{ amount: r.amount, address: r.to }];
  if (change > 0) outputs.push({ amount: change, address: r.from.address });
  const unsigned: Transaction = {
    version: TX_VERSION,
    inputs: chosen.map((c) => {
      const sep = c.key.lastIndexOf(':');
      return { prevTxid: c.key.slice(0, sep), vout: Number(c.key.slice(sep + 1)), script: '', sequence: SEQUENCE_FINAL, signature: '', publicKey: '' };
    }),
    outputs,
    lockTime: 0,
  };
  return { tx: signTransaction(unsigned, [r.from], chosen.map((c) => c.coin)), chosen, change };
}

/** Signs every input with the wallet owning its coin (signature hash covers all spent coins). */
export function signTransaction(tx: Transaction, wallets: readonly Wallet[], spent: readonly Coin[]): Transaction {
  const byAddress = new Map(wallets.map((w) => [w.address, w]));
  const inputs: TxInput[] = tx.inputs.map((input, i) => {
    const coin = spent[i];
    if (!coin) throw new RangeError(`no spent coin given for input ${i}`);
    const wallet = byAddress.get(coin.address);
    if (!wallet) throw new Error(`no wallet owns the coin spent by input ${i} (${coin.address})`);
    const hash = signatureHash(tx, i, spent);
    return { ...input, publicKey: wallet.publicKey, signature: bytesToHex(signHash(hash, hexToBytes(wallet.privateKey))) };
  });
  return { ...tx, inputs };
}
