/**
 * Words and numbers for the Wallets and Mempool panels: amounts in coins
 * (core's formatCoins: integers inside, never floating point), short
 * addresses and txids with the full value kept for titles, and wallet names
 * for addresses the page holds keys for.
 */
import { COIN, formatCoins } from '../../core/index';
import { shortHash } from '../viz/format';
import { fmt, msg } from '../i18n/index';
import { text } from './text';

/** "1 coin", "0.5 coins", "12.00003 coins" (in the page's language: "12,00003 Coins"). */
export function coinsText(units: number): string {
  return msg.coins({ amount: fmt.amount(units), one: units === COIN });
}

/** "+2", "−1.00004" (a real minus sign), "0": the sign always shown for pending changes. */
export function signedCoins(units: number): string {
  if (units === 0) return '0';
  return units > 0 ? `+${formatCoins(units)}` : `−${formatCoins(-units)}`;
}

/** "1QFniBJx…HS8": enough of an address to recognise it. */
export function shortAddress(address: string): string {
  return shortHash(address, 8, 4);
}

/** "3f2a9c1e…8b7d" for a txid or hash. */
export function shortTxid(id: string): string {
  return shortHash(id, 8, 4);
}

export interface NamedAddress {
  readonly address: string;
  readonly label: string;
}

/** The wallet's label when the page holds that address's key, else the short address. */
export function addressName(address: string | undefined, wallets: readonly NamedAddress[]): string {
  if (!address) return text.pool.unknown;
  return wallets.find((w) => w.address === address)?.label ?? shortAddress(address);
}

/** "5 s", "3 min 20 s", "2 h 5 min": time a transaction has waited. */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return text.pool.seconds(0);
  const s = Math.floor(seconds);
  if (s < 60) return text.pool.seconds(s);
  if (s < 3600) return text.pool.minutes(Math.floor(s / 60), s % 60);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h < 48) return text.pool.hours(h, m);
  return text.pool.days(Math.floor(h / 24));
}

/** "1 transaction", "3 transactions" (English: for the places not translated yet). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
