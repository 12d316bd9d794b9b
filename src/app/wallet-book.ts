/**
 * The wallets the page keeps (like the original system's users storage, for
 * teaching: a real node never holds keys) and payments from them: new wallets
 * (random or from a seed, the next unused index), renames, and the payment a
 * send would make, with a refusal that says how much is locked and why.
 */
import { said } from './app-sentences';
import {
  balanceOf,
  buildPayment,
  createWallet,
  decodeAddress,
  formatCoins,
  isValidationError,
  spendableCoins,
  type Blockchain,
  type Payment,
  type Wallet,
} from '../core/index';
import { demoWalletSeed } from '../sim/index';
import { toPocketError } from './errors';
import { PocketError, badValue } from './errors';

const MAX_LABEL = 40;

/** A new wallet for the list `existing`: a fresh random key, or the next key of `seed`. */
export function newWallet(existing: readonly Wallet[], o: { label?: string; seed?: string }, addressVersion: number): Wallet {
  const label = (o.label ?? '').trim() || `Wallet ${existing.length + 1}`;
  if (label.length > MAX_LABEL) throw badValue('label', said('labelTooLong', { max: MAX_LABEL }));
  if (o.seed === undefined) return createWallet({ label, addressVersion });
  if (o.seed.trim() === '') throw badValue('seed', said('walletSeedEmpty'));
  // Several wallets from one seed: the next unused index.
  const used = existing.filter((w) => w.seed === o.seed).map((w) => w.seedIndex ?? 0);
  const index = used.length === 0 ? 0 : Math.max(...used) + 1;
  const wallet = createWallet({ label, seed: o.seed, index, addressVersion });
  if (existing.some((w) => w.address === wallet.address)) throw badValue('seed', said('walletExists'));
  return wallet;
}

/**
 * The order the Wallets panel shows: wallets made here first, newest first (a
 * new wallet is what the user looks for), then the demo's in their own order.
 */
export function displayOrder<W extends Pick<Wallet, 'seed'>>(wallets: readonly W[]): W[] {
  const isDemo = (w: W) => w.seed !== undefined && w.seed.endsWith(demoWalletSeed(''));
  return [...wallets.filter((w) => !isDemo(w)).reverse(), ...wallets.filter(isDemo)];
}

/** `existing` with the wallet at `address` relabelled. */
export function renameWallet(existing: readonly Wallet[], address: string, label: string): Wallet[] {
  const clean = label.trim();
  if (clean === '' || clean.length > MAX_LABEL) throw badValue('label', said('labelLength', { max: MAX_LABEL }));
  if (!existing.some((w) => w.address === address)) throw new PocketError('unknown-wallet', `No wallet with the address ${address} is kept here.`, 'address');
  return existing.map((w) => (w.address === address ? { ...w, label: clean } : w));
}

/** The payment `from` would make to `to` on `chain`: coins chosen largest first, change back, signed. */
export function preparePayment(chain: Blockchain, from: Wallet, to: string, amount: number, fee: number, addressVersion: number): Payment {
  try {
    decodeAddress(to, addressVersion);
  } catch (e) {
    throw toPocketError(e, 'to');
  }
  const coins = spendableCoins(chain, from.address);
  try {
    return buildPayment({ from, to, amount, fee, coins, addressVersion });
  } catch (e) {
    if (isValidationError(e) && e.code === 'insufficient-funds') {
      const b = balanceOf(chain, from.address);
      const spendable = coins.reduce((s, c) => s + c.coin.amount, 0);
      const locked = b.confirmed - spendable + Math.max(0, b.pending);
      const lockedText = locked > 0 ? ` ${formatCoins(locked)} coins are locked: being spent by transactions waiting in the pool, or immature coinbase rewards.` : '';
      throw new PocketError('insufficient-funds', `Only ${formatCoins(spendable)} coins can be spent now, and this needs ${formatCoins(amount + fee)}.${lockedText}`, 'amount');
    }
    throw toPocketError(e, isValidationError(e) && e.code === 'bad-amount' ? 'amount' : undefined);
  }
}
