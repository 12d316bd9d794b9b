/**
 * The send form's checks, before anything is signed or sent: every field gets
 * its own problem (a stable code and a sentence for under the field), so a
 * bad entry is explained where it was typed and nothing leaves the form.
 *
 * Addresses are checked as Bitcoin's P2PKH Base58Check (core's decodeAddress:
 * alphabet, checksum, length, version byte); amounts are parsed with core's
 * parseCoins (integers in base units, never floating point). Funds follow the
 * selected node: a coin a pool transaction already spends is locked until that
 * transaction confirms (per-coin locking), and the sentence says how much.
 *
 * The same mapping turns an error thrown by the system (a PocketError or a core
 * ValidationError carrying a reason code) into the field it belongs to.
 */
import { AmountError, COIN, base58checkDecode, decodeAddress, isValidationError, parseCoins, type AmountProblem } from '../../core/index';
import { coinsText } from './format';
import { fmt } from '../i18n/index';
import { text } from './text';
import type { WalletFunds } from './wallet-funds';
import { amountSentence, errorSentence } from '../errors/error-sentence';

export type SendField = 'from' | 'to' | 'amount' | 'fee';
/** Where a problem is shown: under one field, or under the Send button for the form as a whole. */
export type ProblemPlace = SendField | 'form';

export const SEND_FIELDS: readonly SendField[] = ['from', 'to', 'amount', 'fee'];

export interface SendProblem {
  readonly field: ProblemPlace;
  /** A core reject code where one applies ('bad-address-checksum', 'insufficient-funds', ...), else the form's own. */
  readonly code: string;
  readonly message: string;
}

/** What was typed, as text. */
export interface SendInput {
  readonly from: string;
  readonly to: string;
  readonly amount: string;
  readonly fee: string;
}

/** A wallet the form may pay from, with what it can spend on the selected node. */
export interface Sender {
  readonly address: string;
  readonly label: string;
  readonly spendable: number;
  readonly confirmed: number;
  readonly lockedByPool: number;
  /** Pool transactions that lock this wallet's confirmed coins. */
  readonly lockingTxCount: number;
  readonly immature: number;
}

export interface SendContext {
  readonly addressVersion: number;
  readonly senders: readonly Sender[];
}

export interface SendCheck {
  readonly problems: Partial<Record<SendField, SendProblem>>;
  /** Parsed base units, when the field is valid. */
  readonly amount: number | null;
  readonly fee: number | null;
  readonly ok: boolean;
}

/** The sender view of a wallet's funds (see wallet-funds.ts). */
export function senderOf(label: string, address: string, funds: WalletFunds): Sender {
  const locking = new Set(funds.coins.filter((c) => c.height !== null && c.spentBy).map((c) => c.spentBy));
  return {
    address,
    label,
    spendable: funds.spendable,
    confirmed: funds.confirmed,
    lockedByPool: funds.lockedByPool,
    lockingTxCount: locking.size,
    immature: funds.immature,
  };
}

const problem = (field: ProblemPlace, code: string, message: string): SendProblem => ({ field, code, message });

// --- addresses --------------------------------------------------------------------------

const SHORTEST_ADDRESS_CHARS = 26;

function describeChar(c: string): string {
  if (c === ' ') return text.checks.space;
  if (/\s/.test(c)) return text.checks.lineBreak;
  return `"${c}"`;
}

/** The problem with a typed recipient address, or null when it is a valid address of this chain. */
export function checkAddress(typed: string, ctx: Pick<SendContext, 'addressVersion' | 'senders'>): SendProblem | null {
  const s = typed.trim();
  if (s === '') return problem('to', 'empty', text.checks.toEmpty);
  const named = ctx.senders.find((w) => w.label.trim().toLowerCase() === s.toLowerCase());
  if (named) {
    return problem('to', 'label-not-address', text.checks.labelNotAddress(s, named.label));
  }
  if (s.length < SHORTEST_ADDRESS_CHARS) {
    // A word or a fragment: its length says more than its first odd character would.
    return problem('to', 'bad-address-length', text.checks.tooShort(s.length));
  }
  try {
    decodeAddress(s, ctx.addressVersion);
    return null;
  } catch (e) {
    if (!isValidationError(e)) throw e;
    switch (e.code) {
      case 'bad-address-char': {
        const bad = [...s].find((c) => !/[1-9A-HJ-NP-Za-km-z]/.test(c)) ?? '?';
        return problem('to', e.code, text.checks.badChar(describeChar(bad)));
      }
      case 'bad-address-checksum':
        return problem('to', e.code, text.checks.checksum);
      case 'bad-address-version': {
        const payload = base58checkDecode(s);
        const hex = (v: number) => `0x${v.toString(16).padStart(2, '0')}`;
        return problem('to', e.code, text.checks.otherNetwork(hex(payload[0]!), hex(ctx.addressVersion)));
      }
      case 'bad-address-length': {
        let bytes: number | null;
        try {
          bytes = base58checkDecode(s).length + 4;
        } catch {
          bytes = null;
        }
        return problem('to', e.code, text.checks.badLength(bytes));
      }
      default:
        return problem('to', e.code, e.message);
    }
  }
}

// --- amounts --------------------------------------------------------------------------

function parseField(field: 'amount' | 'fee', typed: string): { units: number } | { problem: SendProblem } {
  try {
    return { units: parseCoins(typed, { allowZero: field === 'fee' }) };
  } catch (e) {
    if (!(e instanceof AmountError)) throw e;
    // The page's language's sentence (core's message is English, for the API); a mistyped amount is said by the errors area, a fee has sentences of its own.
    const message: string = field === 'amount' ? amountSentence(e.problem) : text.checks.fee[e.problem as AmountProblem];
    return { problem: problem(field, `bad-amount:${e.problem}`, message) };
  }
}

/** Why `need` units cannot be paid by `sender`, or null when they can. */
export function checkFunds(sender: Sender, amount: number, fee: number): SendProblem | null {
  const need = amount + fee;
  if (need <= sender.spendable) return null;
  const withFee = fee > 0 ? text.checks.withFee(coinsText(amount), coinsText(fee), coinsText(need)) : '';
  if (sender.lockedByPool > 0 && need <= sender.spendable + sender.lockedByPool) {
    return problem(
      'amount',
      'coins-locked',
      text.checks.coinsLocked(withFee, fmt.amount(sender.lockedByPool), sender.lockedByPool === COIN, sender.label, sender.lockingTxCount, coinsText(sender.spendable)),
    );
  }
  const locked = sender.lockedByPool > 0 ? coinsText(sender.lockedByPool) : null;
  const immature = sender.immature > 0 ? coinsText(sender.immature) : null;
  return problem('amount', 'insufficient-funds', text.checks.insufficient(withFee, sender.label, coinsText(sender.spendable), locked, sender.lockingTxCount, immature));
}

// --- the whole form --------------------------------------------------------------------------

export function checkSend(input: SendInput, ctx: SendContext): SendCheck {
  const problems: Partial<Record<SendField, SendProblem>> = {};
  let sender: Sender | undefined;
  if (input.from.trim() === '') {
    problems.from = problem('from', 'empty', ctx.senders.length === 0 ? text.checks.noWallet : text.checks.chooseWallet);
  } else {
    sender = ctx.senders.find((w) => w.address === input.from.trim());
    if (!sender) problems.from = problem('from', 'unknown-wallet', text.checks.unknownWallet);
  }
  const to = checkAddress(input.to, ctx);
  if (to) problems.to = to;
  const amount = parseField('amount', input.amount);
  if ('problem' in amount) problems.amount = amount.problem;
  const fee = parseField('fee', input.fee);
  if ('problem' in fee) problems.fee = fee.problem;
  if (sender && 'units' in amount && 'units' in fee) {
    const funds = checkFunds(sender, amount.units, fee.units);
    if (funds) problems.amount = funds;
  }
  return {
    problems,
    amount: 'units' in amount ? amount.units : null,
    fee: 'units' in fee ? fee.units : null,
    ok: Object.keys(problems).length === 0,
  };
}

// --- errors from the system --------------------------------------------------------------------------

/** Reason codes and the place they belong to on the send form. */
const CODE_PLACES: Record<string, ProblemPlace> = {
  'bad-address-char': 'to',
  'bad-address-checksum': 'to',
  'bad-address-version': 'to',
  'bad-address-length': 'to',
  'unknown-wallet': 'from',
  'insufficient-funds': 'amount',
  // A chosen coin was spent meanwhile (another payment got there first): the sender's coins are the problem.
  'txn-mempool-conflict': 'from',
  'bad-txns-inputs-missingorspent': 'from',
  'bad-txns-premature-spend-of-coinbase': 'from',
};

/**
 * An error thrown by system.preparePayment / send (PocketError or core
 * ValidationError: both carry `code`, `message` and maybe `field`) as the
 * problem to show, under the field it concerns.
 */
export function problemFromError(e: unknown): SendProblem {
  const err = e as { code?: unknown; message?: unknown; field?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : 'error';
  // The sentence of its code in the page's language (the API's English message for an English reader).
  const message = errorSentence(e);
  const field = typeof err?.field === 'string' && (SEND_FIELDS as readonly string[]).includes(err.field) ? (err.field as SendField) : undefined;
  if (code === 'bad-amount') return problem(field === 'fee' ? 'fee' : 'amount', code, message);
  return problem(CODE_PLACES[code] ?? field ?? 'form', code, message);
}
