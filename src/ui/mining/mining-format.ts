/**
 * Words and numbers for the mining figures: hash rates with their unit,
 * durations in human units (a teacher reads "about 3 min", not "183.4 s"), and
 * counts that may exceed 2^53 (expected hashes at Bitcoin's difficulty).
 * Fixed locale so screenshots and tests do not depend on the machine.
 */

const RATE_UNITS: readonly [number, string][] = [
  [1e12, 'TH/s'],
  [1e9, 'GH/s'],
  [1e6, 'MH/s'],
  [1e3, 'kH/s'],
];

/** Three significant digits, no exponent: 1.56, 15.6, 156. */
function threeDigits(n: number): string {
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toFixed(decimals);
}

/** 1561308 -> "1.56 MH/s"; 0 -> "0 H/s". */
export function formatHashRate(hashesPerSecond: number): string {
  if (
    typeof hashesPerSecond !== 'number' ||
    !Number.isFinite(hashesPerSecond) ||
    hashesPerSecond < 0
  ) {
    throw new RangeError(
      `hashesPerSecond must be a finite number >= 0, got ${String(hashesPerSecond)}`,
    );
  }
  for (const [size, unit] of RATE_UNITS)
    if (hashesPerSecond >= size) return `${threeDigits(hashesPerSecond / size)} ${unit}`;
  return `${Math.round(hashesPerSecond)} H/s`;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

/**
 * Seconds in the largest unit that keeps the figure readable:
 * 0.0123 -> "12 ms", 4.2 -> "4.2 s", 200 -> "3 min 20 s", 7300 -> "2 h 2 min",
 * 3 days, 12 years, 4.1 million years (Bitcoin's difficulty on one laptop).
 */
export function formatDuration(seconds: number): string {
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0)
    throw new RangeError(`seconds must be a number >= 0, got ${String(seconds)}`);
  if (!Number.isFinite(seconds)) return 'forever';
  if (seconds < 1) return `${Math.max(0, Math.round(seconds * 1000))} ms`;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < MINUTE) return `${Math.round(seconds)} s`;
  if (seconds < HOUR) {
    const m = Math.floor(seconds / MINUTE);
    const s = Math.round(seconds - m * MINUTE);
    return s === 0 || s === 60 ? `${s === 60 ? m + 1 : m} min` : `${m} min ${s} s`;
  }
  if (seconds < DAY) {
    const h = Math.floor(seconds / HOUR);
    const m = Math.round((seconds - h * HOUR) / MINUTE);
    return m === 0 || m === 60 ? `${m === 60 ? h + 1 : h} h` : `${h} h ${m} min`;
  }
  if (seconds < YEAR) {
    const d = seconds / DAY;
    return d < 10 ? `${d.toFixed(1)} days` : `${Math.round(d)} days`;
  }
  const years = seconds / YEAR;
  if (years < 1000) return `${threeDigits(years)} years`;
  return `${formatLargeNumber(years)} years`;
}

const NUMBER_WORDS: readonly [number, string][] = [
  [1e18, 'quintillion'],
  [1e15, 'quadrillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** 4_100_000 -> "4.10 million"; below a thousand as digits; beyond 10^21 in powers of ten. */
export function formatLargeNumber(n: number): string {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`n must be a finite number >= 0, got ${String(n)}`);
  if (n >= 1e21) {
    const exponent = Math.floor(Math.log10(n));
    return `${(n / 10 ** exponent).toFixed(2)} × 10^${exponent}`;
  }
  for (const [size, word] of NUMBER_WORDS) if (n >= size) return `${threeDigits(n / size)} ${word}`;
  return String(Math.round(n));
}

/** A count that may exceed 2^53 (bigint): exact with separators up to 10^15, then in words. */
export function formatHashCount(n: bigint | number): string {
  const big = typeof n === 'bigint' ? n : BigInt(Math.round(n));
  if (big < 0n) throw new RangeError('n must be >= 0');
  if (big < 1_000_000_000_000_000n) return big.toLocaleString('en-US');
  return formatLargeNumber(Number(big));
}

/** "0x1f00ffff". */
export function bitsHex(bits: number): string {
  return `0x${bits.toString(16).padStart(8, '0')}`;
}
