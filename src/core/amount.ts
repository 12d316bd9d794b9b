/**
 * Amounts are integers in base units, as in Bitcoin (1 coin = 100,000,000 units,
 * Bitcoin's satoshi). No floating point ever touches an amount: coins typed by a
 * person are parsed digit by digit.
 */
import { ValidationError } from './errors';

export const COIN = 100_000_000;
/** Bitcoin's MAX_MONEY: no amount or sum of amounts may exceed 21 million coins. */
export const MAX_MONEY = 21_000_000 * COIN;
export const DECIMALS = 8;

/** Bitcoin's MoneyRange(): a safe integer between 0 and MAX_MONEY. */
export function moneyRange(units: number): boolean {
  return Number.isSafeInteger(units) && units >= 0 && units <= MAX_MONEY;
}

/** Why a typed amount was refused, for a message under a form field. */
export type AmountProblem = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-many-decimals' | 'too-large';

export const AMOUNT_PROBLEMS: Record<AmountProblem, string> = {
  empty: 'Enter an amount.',
  'not-a-number': 'The amount must be a number such as 1.5 (digits and one decimal point).',
  negative: 'The amount cannot be negative.',
  zero: 'The amount must be more than zero.',
  'too-many-decimals': `A coin has only ${DECIMALS} decimal places (the smallest unit is 0.00000001).`,
  'too-large': 'The amount is more than all the coins that can ever exist (21,000,000).',
};

export class AmountError extends ValidationError {
  readonly problem: AmountProblem;
  constructor(problem: AmountProblem) {
    super('bad-amount', AMOUNT_PROBLEMS[problem]);
    this.problem = problem;
    this.message = AMOUNT_PROBLEMS[problem];
  }
}

/**
 * Parses a decimal coin amount ("1.5", "0.00000001") into base units.
 * `allowZero` is for fees, which may be 0.
 */
export function parseCoins(text: string, { allowZero = false } = {}): number {
  const s = String(text ?? '').trim();
  if (s === '') throw new AmountError('empty');
  if (s.startsWith('-')) {
    if (/^-\d*\.?\d*$/.test(s) && /\d/.test(s)) throw new AmountError('negative');
    throw new AmountError('not-a-number');
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw new AmountError('not-a-number');
  const whole = m[1] || '0';
  const frac = m[2] ?? '';
  if (frac.length > DECIMALS) throw new AmountError('too-many-decimals');
  if (whole.replace(/^0+/, '').length > 8) throw new AmountError('too-large');
  const units = Number(whole) * COIN + Number(frac.padEnd(DECIMALS, '0'));
  if (units > MAX_MONEY) throw new AmountError('too-large');
  if (units === 0 && !allowZero) throw new AmountError('zero');
  return units;
}

/** "12.5" from 1_250_000_000: trailing zeros dropped, never exponent notation. */
export function formatCoins(units: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`units must be a safe integer: ${units}`);
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / COIN);
  const frac = String(abs % COIN).padStart(DECIMALS, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? '.' + frac : ''}`;
}
