/**
 * The Mining panel's form fields, read and checked before anything is sent to
 * the system: each function returns the value, or the sentence shown under the
 * field (a bad entry changes nothing). The system checks again; these give the
 * student a precise message first (which part of "0x1f00ffff" is wrong, what
 * the easiest difficulty of this chain is).
 */
import {
  AmountError,
  COIN,
  bitsToTarget,
  decodeAddress,
  isValidationError,
  parseCoins,
  targetToBits,
  workForBits,
  workForTarget,
} from '../../core/index';
import { formatHashCount } from './mining-format';
import { amountSentence } from '../errors/error-sentence';
import { fmt, msg } from '../i18n/index';
import { text } from './text';

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
export function parseRewardAddress(typed: string, addressVersion: number): Parsed<string> {
  const address = String(typed ?? '').trim();
  if (address === '') return bad(text.checks.addressEmpty);
  try {
    decodeAddress(address, addressVersion);
  } catch (e) {
    return bad(isValidationError(e) ? addressProblem(e.code) : text.checks.notAddress);
  }
  return ok(address);
}

/** The sentence for a refused address, its reason code kept (an API word) for whoever reports it. */
function addressProblem(code: string): string {
  if (code === 'bad-address-char') return text.checks.addressChar(code);
  if (code === 'bad-address-checksum') return text.checks.addressChecksum(code);
  if (code === 'bad-address-version') return text.checks.addressVersion(code);
  return text.checks.addressLength(code);
}

/** How many pool transactions to include: empty = all that fit, else a whole number >= 0. */
export function parseMaxTxs(typed: string): Parsed<number | undefined> {
  const s = String(typed ?? '').trim();
  if (s === '') return ok(undefined);
  if (!/^\d+$/.test(s))
    return bad(text.checks.maxTxs);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return bad(text.checks.tooLarge);
  return ok(n);
}

export function parseWorkers(typed: string): Parsed<number> {
  const s = String(typed ?? '').trim();
  if (!/^\d+$/.test(s)) return bad(text.checks.workersNumber(MAX_WORKERS));
  const n = Number(s);
  if (n < 1 || n > MAX_WORKERS) return bad(text.checks.workersRange(MAX_WORKERS));
  return ok(n);
}

/** The block reward typed in coins ("10", "0.5"); 0 is allowed (a chain may stop paying). */
export function parseReward(typed: string): Parsed<number> {
  let units: number;
  try {
    units = parseCoins(typed, { allowZero: true });
  } catch (e) {
    // parseCoins names the problem; the sentence is the page's language's.
    return bad(e instanceof AmountError ? amountSentence(e.problem) : (e as Error).message);
  }
  if (units > MAX_REWARD_UNITS)
    return bad(text.checks.rewardMax(msg.coins({ amount: fmt.amount(MAX_REWARD_UNITS), one: false })));
  return ok(units);
}

/** Compact bits typed as hex ("0x1f00ffff" or "1f00ffff"), checked against the chain's easiest target. */
export function parseBits(typed: string, powLimitBits: number): Parsed<number> {
  const s = String(typed ?? '')
    .trim()
    .toLowerCase();
  if (s === '') return bad(text.checks.bitsEmpty);
  const digits = s.startsWith('0x') ? s.slice(2) : s;
  if (!/^[0-9a-f]+$/.test(digits))
    return bad(text.checks.bitsHex);
  if (digits.length > 8)
    return bad(text.checks.bitsLength);
  const bits = parseInt(digits, 16);
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch {
    return bad((bits & 0x00800000) !== 0 ? text.checks.bitsNegative : text.checks.bitsOverflow);
  }
  if (target === 0n) return bad(text.checks.bitsZero);
  const limit = bitsToTarget(powLimitBits);
  if (target > limit)
    return bad(text.checks.bitsTooEasy(`0x${powLimitBits.toString(16)}`, formatHashCount(workForTarget(limit))));
  return ok(bits);
}

/**
 * "Expected hashes per block" -> the compact bits whose target gives that much
 * work: work = 2^256 / (target + 1), so target = 2^256 / work - 1, then rounded
 * down to compact form (which can only make it a little harder).
 * Accepts 1000000, 1,000,000, 1e6, 1.5M, 65536, 2^20.
 */
export function parseExpectedHashes(
  typed: string,
  powLimitBits: number,
): Parsed<{ bits: number; work: bigint }> {
  const s = String(typed ?? '')
    .trim()
    .replace(/[,_\s]/g, '');
  if (s === '') return bad(text.checks.hashesEmpty);
  const work = readCount(s);
  if (work === null) return bad(text.checks.hashesNumber);
  const easiest = workForBits(powLimitBits);
  if (work < easiest)
    return bad(text.checks.hashesTooEasy(formatHashCount(easiest), `0x${powLimitBits.toString(16)}`));
  if (work > MAX_EXPECTED_HASHES) return bad(text.checks.hashesTooMany);
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
