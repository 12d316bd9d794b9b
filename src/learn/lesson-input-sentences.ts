/**
 * Every sentence a lesson says about bad input or bad shared data, by key,
 * with the values it names. The lessons throw `LessonInputError(field, key,
 * params)`; its `message` is the English sentence below (for Node, tests and
 * the console), and the page says the same key in the reader's language
 * (src/ui/learn/input-errors), so no sentence is written only in English.
 *
 * Values stay values: numbers as numbers (each language formats them), coin
 * amounts in base units. Three kinds of value are themselves sentences and
 * reach a sentence already said (`Shown`): a lesson problem inside another
 * ("step 2 does not hold: …"), a node's refusal (a reason code and core's
 * message) and a mistyped amount (core's AmountProblem).
 */
import { AMOUNT_PROBLEMS, formatCoins, type AmountProblem } from '../core/index';

/** A node's refusal named in a sentence: its stable reason code and core's English message. */
export interface Refusal {
  readonly kind: 'refusal';
  readonly code: string;
  readonly message: string;
}

/** A mistyped amount named in a sentence: core's reason it is not an amount. */
export interface AmountTypo {
  readonly kind: 'amount';
  readonly problem: AmountProblem;
}

/** A lesson problem named inside another one's sentence. */
export interface LessonInputProblem {
  readonly kind: 'lesson-input';
  readonly key: LessonInputKey;
  readonly params: object;
  readonly message: string;
}

/** A node's verdict as a refusal (a verdict always carries its code and message when it refuses; '?' and '' only guard the types). */
export function refusal(code: string | undefined, message: string | undefined): Refusal {
  return { kind: 'refusal', code: code ?? '?', message: message ?? '' };
}

export function amountTypo(problem: AmountProblem): AmountTypo {
  return { kind: 'amount', problem };
}

/** A value that is a sentence of its own. */
export type SaidValue = Refusal | AmountTypo | LessonInputProblem;

export function isSaidValue(v: unknown): v is SaidValue {
  if (typeof v !== 'object' || v === null) return false;
  const kind = (v as { kind?: unknown }).kind;
  return kind === 'refusal' || kind === 'amount' || kind === 'lesson-input';
}

/** The values of every sentence, by key. */
export interface LessonInputParams {
  // Shared data (a link or a file), read field by field.
  notObject: { field: string };
  notText: { field: string };
  textTooLong: { field: string; max: number };
  notWholeNumber: { field: string; min: number; max: number };
  notTrueOrFalse: { field: string };
  notList: { field: string };
  listTooLong: { field: string; max: number };
  listLength: { field: string; count: number };
  oneOf: { field: string; choices: readonly string[] };
  stepDoesNotHold: { step: number; problem: LessonInputProblem };
  // The link or file as a whole.
  notLessonLink: Record<never, never>;
  linkTooLong: { length: number; max: number };
  linkUnknownLesson: { id: string };
  linkExtraParts: Record<never, never>;
  linkDamaged: Record<never, never>;
  linkOtherLesson: { id: string; other: string };
  notJson: { source: 'file' | 'link' };
  wrongFormat: { source: 'file' | 'link'; format: string };
  otherVersion: { source: 'file' | 'link'; version: string; reads: number };
  unknownLesson: { source: 'file' | 'link'; lesson: string };
  emptySeed: Record<never, never>;
  // Hashes.
  keepTextShort: { max: number };
  noHashWithZeroBits: { input: string; zeroBits: number };
  triesDoNotAddUp: { counter: number; tries: number; claimed: number };
  // A block and a chain.
  dataTooLarge: { max: number; bytes: number };
  nonceRange: { max: number };
  nonceInvalid: { nonce: number; block: number };
  blockCount: { blocks: number; shared: number };
  // Many copies.
  copyHeights: { max: number };
  copyRunning: Record<never, never>;
  copyUnchanged: Record<never, never>;
  copyBlockInvalid: { height: number };
  nodeRefusedBlock: { node: string; refusal: Refusal };
  // Keys and signatures.
  keepMessageShort: { max: number };
  makeKeyFirst: Record<never, never>;
  addressTooLong: { length: number };
  signedWithoutKey: Record<never, never>;
  // Transactions and coins.
  paySelf: Record<never, never>;
  badAmount: { amount: AmountTypo };
  cannotPay: { who: string; amount: number; spendable: number };
  paymentRefused: { refusal: Refusal };
  minedBlockRefused: { refusal: Refusal };
  noPayment: { number: number };
  // Merkle trees.
  chooseTransaction: { max: number };
  chooseBlockSize: { max: number };
  // Mining and difficulty.
  zeroBitsRange: { min: number; max: number };
  nonceMissesTarget: { nonce: number; zeroBits: number };
  secondsRange: { min: number; max: number };
  // Forks.
  alreadySplit: Record<never, never>;
  notSplit: Record<never, never>;
  alreadyPaid: Record<never, never>;
  splitFirst: Record<never, never>;
  blockRefused: { refusal: Refusal };
  // Attacks.
  shareRange: { min: number; max: number };
  confirmationsRange: { max: number };
  // Real Bitcoin.
  pasteHeader: Record<never, never>;
  notHexDigit: { position: number; character: string };
  headerLength: { digits: number };
  tooManyTxids: { max: number };
  enterTxid: Record<never, never>;
  lineNotTxid: { line: number; length: number };
  /** `number` counts the branch hashes (1 is the first); 0 for a txid or root. */
  not64Hex: { field: 'txid' | 'root' | 'branch'; number: number };
  positionNotWhole: Record<never, never>;
}

export type LessonInputKey = keyof LessonInputParams;

/** A refusal as a sentence receives it: the code stays, core's sentence is said in the reader's language. */
export interface ShownRefusal {
  readonly code: string;
  readonly sentence: string;
}

/** The values as a sentence receives them: a value that is a sentence of its own, already said. */
export type Shown<P> = { readonly [K in keyof P]: P[K] extends Refusal ? ShownRefusal : P[K] extends SaidValue ? string : P[K] };

/** One sentence per key, of its shown values. The page's languages have the same shape (Translation<LessonInputSentences>). */
export type LessonInputSentences = { readonly [K in LessonInputKey]: (p: Shown<LessonInputParams[K]>) => string };

const n = (x: number) => x.toLocaleString('en');
const quoted = (choices: readonly string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(choices.map((c) => `"${c}"`));
const This = (source: 'file' | 'link') => (source === 'file' ? 'This file' : 'This link');

export const LESSON_INPUT_SENTENCES: LessonInputSentences = {
  notObject: (p) => `${p.field} must be an object.`,
  notText: (p) => `${p.field} must be text.`,
  textTooLong: (p) => `${p.field} is longer than ${n(p.max)} characters.`,
  notWholeNumber: (p) => `${p.field} must be a whole number from ${n(p.min)} to ${n(p.max)}.`,
  notTrueOrFalse: (p) => `${p.field} must be true or false.`,
  notList: (p) => `${p.field} must be a list.`,
  listTooLong: (p) => `${p.field} has more than ${n(p.max)} entries.`,
  listLength: (p) => `${p.field} must have ${n(p.count)} entries.`,
  oneOf: (p) => `${p.field} must be ${quoted(p.choices)}.`,
  stepDoesNotHold: (p) => `Step ${n(p.step)} of the shared lesson does not hold: ${p.problem}`,
  notLessonLink: () => 'This is not a lesson link: it should start with #learn/.',
  linkTooLong: (p) => `This lesson link is too long (${n(p.length)} characters; at most ${n(p.max)}).`,
  linkUnknownLesson: (p) => `This link names a lesson that does not exist: "${p.id}".`,
  linkExtraParts: () => 'This lesson link has extra parts after its data; it may have been pasted twice.',
  linkDamaged: () => 'This lesson link is damaged: its data is not readable (a character may be missing or changed).',
  linkOtherLesson: (p) => `This link says lesson "${p.id}" but its data is for lesson "${p.other}".`,
  notJson: (p) => `${This(p.source)} is not a shared lesson: it is not JSON.`,
  wrongFormat: (p) => `${This(p.source)} is not a shared lesson (its "format" is not "${p.format}").`,
  otherVersion: (p) => `${This(p.source)} was made by another version of Pocket Chain (version ${p.version}; this page reads ${n(p.reads)}).`,
  unknownLesson: (p) => `${This(p.source)} names a lesson that does not exist: ${p.lesson}.`,
  emptySeed: () => 'The seed must not be empty.',
  keepTextShort: (p) => `Keep the text to ${n(p.max)} characters.`,
  noHashWithZeroBits: (p) => `The input "${p.input}" does not have a hash with ${n(p.zeroBits)} zero bits.`,
  triesDoNotAddUp: (p) => `A search that ends at counter ${n(p.counter)} took ${n(p.tries)} tries, not ${n(p.claimed)}.`,
  dataTooLarge: (p) => `A block's data holds at most ${n(p.max)} bytes here; this is ${n(p.bytes)}.`,
  nonceRange: (p) => `The nonce is a whole number from 0 to ${n(p.max)}.`,
  nonceInvalid: (p) => `Nonce ${n(p.nonce)} does not make block ${n(p.block)} valid.`,
  blockCount: (p) => `This lesson has ${n(p.blocks)} block${p.blocks === 1 ? '' : 's'}; the shared state has ${n(p.shared)}.`,
  copyHeights: (p) => `Cleo's copy has blocks 1 to ${n(p.max)}.`,
  copyRunning: () => 'Cleo’s node already runs her copy: start the lesson again to change it.',
  copyUnchanged: () => 'Cleo’s copy is the same as everyone’s: change a block first.',
  copyBlockInvalid: (p) => `Block ${n(p.height)} of Cleo’s copy is not valid: her own node would refuse it. Re-mine it first.`,
  nodeRefusedBlock: (p) => `${p.node}’s node refused the block (${p.refusal.code}): ${p.refusal.sentence}`,
  keepMessageShort: (p) => `Keep the message to ${n(p.max)} characters.`,
  makeKeyFirst: () => 'Make a key pair first: signing needs a private key.',
  addressTooLong: (p) => `An address is about 34 characters; this is ${n(p.length)}.`,
  signedWithoutKey: () => 'The shared lesson has a signed message but no key pair.',
  paySelf: () => 'Choose someone else to pay: paying yourself changes nothing.',
  badAmount: (p) => `Amount: ${p.amount}`,
  cannotPay: (p) => `${p.who} cannot pay ${formatCoins(p.amount)} coins: only ${formatCoins(p.spendable)} can be spent.`,
  paymentRefused: (p) => `The node refused the payment (${p.refusal.code}): ${p.refusal.sentence}`,
  minedBlockRefused: (p) => `The node refused the mined block (${p.refusal.code}): ${p.refusal.sentence}`,
  noPayment: (p) => `There is no payment number ${n(p.number)}.`,
  chooseTransaction: (p) => `Choose a transaction from 0 to ${n(p.max)}.`,
  chooseBlockSize: (p) => `Choose from 1 to ${n(p.max)} transactions.`,
  zeroBitsRange: (p) => `Choose from ${n(p.min)} to ${n(p.max)} zero bits.`,
  nonceMissesTarget: (p) => `Nonce ${n(p.nonce)} does not meet the target of ${n(p.zeroBits)} zero bits.`,
  secondsRange: (p) => `The time must be a whole number of seconds from ${n(p.min)} to ${n(p.max)}.`,
  alreadySplit: () => 'The network is already split.',
  notSplit: () => 'The network is not split.',
  alreadyPaid: () => 'Alice already paid Bob in this lesson.',
  splitFirst: () => 'Split the network first, so that only the right half hears of the payment.',
  blockRefused: (p) => `The block was refused (${p.refusal.code}): ${p.refusal.sentence}`,
  shareRange: (p) => `Mallory’s share is a whole percentage from ${n(p.min)} to ${n(p.max)}.`,
  confirmationsRange: (p) => `The shop waits for 1 to ${n(p.max)} confirmations.`,
  pasteHeader: () => 'Paste a block header: 160 hexadecimal digits (80 bytes).',
  notHexDigit: (p) => `Character ${n(p.position)} (“${p.character}”) is not a hexadecimal digit (0–9, a–f).`,
  headerLength: (p) =>
    `A block header is exactly 80 bytes, 160 hex digits; this is ${n(p.digits)} digit${p.digits === 1 ? '' : 's'}${p.digits % 2 ? ' (an odd number: one is missing or extra)' : ''}.`,
  tooManyTxids: (p) => `At most ${n(p.max)} transaction ids.`,
  enterTxid: () => 'Enter at least one transaction id, one per line.',
  lineNotTxid: (p) => `Line ${n(p.line)} is not a transaction id: it must be 64 hexadecimal digits (it has ${n(p.length)} characters).`,
  not64Hex: (p) => `The ${p.field === 'branch' ? `branch hash ${n(p.number)}` : p.field} must be 64 hexadecimal digits.`,
  positionNotWhole: () => 'The position is a whole number: 0 for the first transaction.',
};

/** The params with each value that is a sentence of its own said in English. */
export function showInEnglish<P extends object>(params: P): Shown<P> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!isSaidValue(v)) out[k] = v;
    else if (v.kind === 'refusal') out[k] = { code: v.code, sentence: v.message };
    else if (v.kind === 'amount') out[k] = AMOUNT_PROBLEMS[v.problem];
    else out[k] = v.message;
  }
  return out as Shown<P>;
}
