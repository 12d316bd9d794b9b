/**
 * The Mining panel's form fields, read and checked before anything is sent to
 * the system: each function returns the value, or the sentence shown under the
 * field (a bad entry changes nothing). The system checks again; these give the
 * student a precise message first (which part of "0x1f00ffff" is wrong, what
 * the easiest difficulty of this chain is).
 */
import {
  COIN,
  bitsToTarget,
  decodeAddress,
  formatCoins,
  isValidationError,
  parseCoins,
  targetToBits,
  workForBits,
  workForTarget,
} from '../../core/index';
import { formatHashCount } from './mining-format';

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Mirrors the teacher rules' reward limit (app/teacher-rules.ts). */
export const MAX_REWARD_UNITS = 1000 * COIN;
/** Mirrors the mining service's setWorkers limit. */
export const MAX_WORKERS = 64;
/** More expected hashes than this cannot be typed (Bitcoin today needs about 10^23). */
export const MAX_EXPECTED_HASHES = 10n ** 30n;

/** The reward address: one of the wallets or any address typed, for this chain's address version. */
export function parseRewardAddress(text: string, addressVersion: number): Parsed<string> {
  const address = String(text ?? '').trim();
  if (address === '') return bad('Choose a wallet or type the address that receives the reward.');
  try {
    decodeAddress(address, addressVersion);
  } catch (e) {
    return bad(isValidationError(e) ? `${e.message} (${e.code})` : 'That is not an address.');
  }
  return ok(address);
}

/** How many pool transactions to include: empty = all that fit, else a whole number >= 0. */
export function parseMaxTxs(text: string): Parsed<number | undefined> {
  const s = String(text ?? '').trim();
  if (s === '') return ok(undefined);
  if (!/^\d+$/.test(s))
    return bad(
      'Enter a whole number of transactions (0 or more), or leave it empty to include all that fit.',
    );
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return bad('That number is too large.');
  return ok(n);
}

export function parseWorkers(text: string): Parsed<number> {
  const s = String(text ?? '').trim();
  if (!/^\d+$/.test(s)) return bad(`Enter a whole number of workers from 1 to ${MAX_WORKERS}.`);
  const n = Number(s);
  if (n < 1 || n > MAX_WORKERS) return bad(`Workers must be from 1 to ${MAX_WORKERS}.`);
  return ok(n);
}

/** The block reward typed in coins ("10", "0.5"); 0 is allowed (a chain may stop paying). */
export function parseReward(text: string): Parsed<number> {
  let units: number;
  try {
    units = parseCoins(text, { allowZero: true });
  } catch (e) {
    // parseCoins throws an AmountError whose message is the plain sentence (AMOUNT_PROBLEMS).
    return bad((e as Error).message);
  }
  if (units > MAX_REWARD_UNITS)
    return bad(`The reward can be at most ${formatCoins(MAX_REWARD_UNITS)} coins here.`);
  return ok(units);
}

/** Compact bits typed as hex ("0x1f00ffff" or "1f00ffff"), checked against the chain's easiest target. */
export function parseBits(text: string, powLimitBits: number): Parsed<number> {
  const s = String(text ?? '')
    .trim()
    .toLowerCase();
  if (s === '') return bad('Enter the compact target ("bits") as 8 hex digits, e.g. 0x1f00ffff.');
  const digits = s.startsWith('0x') ? s.slice(2) : s;
  if (!/^[0-9a-f]+$/.test(digits))
    return bad('Bits are hexadecimal: digits 0-9 and letters a-f only, e.g. 0x1f00ffff.');
  if (digits.length > 8)
    return bad('Bits are at most 8 hex digits (32 bits): 2 for the exponent, 6 for the mantissa.');
  const bits = parseInt(digits, 16);
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch {
    return bad(
      (bits & 0x00800000) !== 0
        ? "The mantissa's top bit (0x00800000) is the sign: these bits encode a negative target."
        : 'These bits encode a target above 2^256.',
    );
  }
  if (target === 0n)
    return bad('These bits encode a target of zero: no hash could ever be below it.');
  const limit = bitsToTarget(powLimitBits);
  if (target > limit)
    return bad(
      `That is easier than this chain allows: the easiest is 0x${powLimitBits.toString(16)} (about ${formatHashCount(workForTarget(limit))} hashes per block).`,
    );
  return ok(bits);
}

/**
 * "Expected hashes per block" -> the compact bits whose target gives that much
 * work: work = 2^256 / (target + 1), so target = 2^256 / work - 1, then rounded
 * down to compact form (which can only make it a little harder).
 * Accepts 1000000, 1,000,000, 1e6, 1.5M, 65536, 2^20.
 */
export function parseExpectedHashes(
  text: string,
  powLimitBits: number,
): Parsed<{ bits: number; work: bigint }> {
  const s = String(text ?? '')
    .trim()
    .replace(/[,_\s]/g, '');
  if (s === '')
    return bad('Enter how many hashes a block should take on average, e.g. 1000000 or 1M.');
  const work = readCount(s);
  if (work === null) return bad('Enter a whole number such as 1000000, 1e6, 1.5M or 2^20.');
  const easiest = workForBits(powLimitBits);
  if (work < easiest)
    return bad(
      `Enter at least ${formatHashCount(easiest)}: that is the easiest difficulty this chain allows (0x${powLimitBits.toString(16)}).`,
    );
  if (work > MAX_EXPECTED_HASHES) return bad('Enter at most 10^30 hashes per block.');
  const target = (1n << 256n) / work - 1n;
  const bits = targetToBits(target);
  // Rounding down the mantissa makes the work a little larger; never easier than the limit.
  const limitBits = bitsToTarget(bits) > bitsToTarget(powLimitBits) ? powLimitBits : bits;
  return ok({ bits: limitBits, work: workForBits(limitBits) });
}

const SUFFIX: Record<string, bigint> = { k: 10n ** 3n, m: 10n ** 6n, g: 10n ** 9n, t: 10n ** 12n };

/** A positive whole count from "123", "1e6", "1.5M", "2^20"; null if it is not one. */
function readCount(s: string): bigint | null {
  const power = /^(\d+)\^(\d+)$/.exec(s);
  if (power) {
    const exp = Number(power[2]);
    return exp > 300 ? null : BigInt(power[1]!) ** BigInt(exp);
  }
  const m = /^(\d+)(?:\.(\d+))?(?:e(\d+)|([kmgt]))?$/i.exec(s);
  if (!m) return null;
  const whole = m[1]!;
  const frac = m[2] ?? '';
  const scale =
    m[3] !== undefined
      ? 10n ** BigInt(Math.min(Number(m[3]), 300))
      : m[4]
        ? SUFFIX[m[4].toLowerCase()]!
        : 1n;
  const mantissa = BigInt(whole + frac);
  const divisor = 10n ** BigInt(frac.length);
  if ((mantissa * scale) % divisor !== 0n) return null;
  const n = (mantissa * scale) / divisor;
  return n > 0n ? n : null;
}
