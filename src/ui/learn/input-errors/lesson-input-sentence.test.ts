import { beforeAll, describe, expect, it } from 'vitest';
import { AmountError, parseCoins } from '../../../core/index';
import { LessonInputError, amountTypo, readInteger, refusal, type LessonInputKey, type LessonInputParams } from '../../../learn/index';
import { followLanguage, loadAreas } from '../../i18n/area-text';
import { formatAmount, formatNumber } from '../../i18n/format';
import { LANGUAGES, type Language } from '../../i18n/locales';
import { lessonInputSentence } from './lesson-input-sentence';

let language: Language = 'en';
followLanguage(
  () => language,
  () => {},
);

function thrown(f: () => unknown): LessonInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof LessonInputError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

const inner = new LessonInputError('nonce', 'nonceInvalid', { nonce: 12345, block: 2 });
const highHash = refusal('high-hash', 'The block hash is above the target: the proof of work is not valid.');

/** One example of every sentence (typed: a key without an example fails tsc), its numbers large enough to be grouped. */
const EXAMPLES: { readonly [K in LessonInputKey]: LessonInputParams[K] } = {
  notObject: { field: 'state' },
  notText: { field: 'state.text' },
  textTooLong: { field: 'state.text', max: 28000 },
  notWholeNumber: { field: 'state.q', min: 5, max: 95000 },
  notTrueOrFalse: { field: 'state.won' },
  notList: { field: 'state.entries' },
  listTooLong: { field: 'state.entries', max: 10000 },
  listLength: { field: 'state.tries', count: 5 },
  oneOf: { field: 'state.actions[0].t', choices: ['pay', 'mine', 'double'] },
  stepDoesNotHold: { step: 2, problem: inner },
  notLessonLink: {},
  linkTooLong: { length: 120000, max: 100000 },
  linkUnknownLesson: { id: 'nope' },
  linkExtraParts: {},
  linkDamaged: {},
  linkOtherLesson: { id: 'hashes', other: 'keys' },
  notJson: { source: 'file' },
  wrongFormat: { source: 'link', format: 'pocket-chain-lesson' },
  otherVersion: { source: 'file', version: '9', reads: 1 },
  unknownLesson: { source: 'file', lesson: '"nope"' },
  emptySeed: {},
  keepTextShort: { max: 2800 },
  noHashWithZeroBits: { input: 'hello:7', zeroBits: 8 },
  triesDoNotAddUp: { counter: 41234, tries: 41235, claimed: 3 },
  dataTooLarge: { max: 40, bytes: 42 },
  nonceRange: { max: 4294967295 },
  nonceInvalid: { nonce: 12345, block: 1 },
  blockCount: { blocks: 5, shared: 0 },
  copyHeights: { max: 4 },
  copyRunning: {},
  copyUnchanged: {},
  copyBlockInvalid: { height: 2 },
  nodeRefusedBlock: { node: 'Ana', refusal: highHash },
  keepMessageShort: { max: 2800 },
  makeKeyFirst: {},
  addressTooLong: { length: 4000 },
  signedWithoutKey: {},
  paySelf: {},
  badAmount: { amount: amountTypo('not-a-number') },
  cannotPay: { who: 'Bob', amount: 1_234_550_000_000, spendable: 200_000_000 },
  paymentRefused: { refusal: refusal('txn-mempool-conflict', 'A coin this transaction spends is already being spent by a transaction in the pool.') },
  minedBlockRefused: { refusal: highHash },
  noPayment: { number: 3 },
  chooseTransaction: { max: 6 },
  chooseBlockSize: { max: 1000000 },
  zeroBitsRange: { min: 8, max: 28 },
  nonceMissesTarget: { nonce: 12345, zeroBits: 12 },
  secondsRange: { min: 1, max: 100000 },
  alreadySplit: {},
  notSplit: {},
  alreadyPaid: {},
  splitFirst: {},
  blockRefused: { refusal: highHash },
  shareRange: { min: 5, max: 95 },
  confirmationsRange: { max: 6 },
  pasteHeader: {},
  notHexDigit: { position: 3, character: 'x' },
  headerLength: { digits: 159 },
  tooManyTxids: { max: 5000 },
  enterTxid: {},
  lineNotTxid: { line: 1, length: 3 },
  not64Hex: { field: 'branch', number: 2 },
  positionNotWhole: {},
};

const keys = Object.keys(EXAMPLES) as LessonInputKey[];
const errorOf = (key: LessonInputKey) => new (LessonInputError as new (field: string, key: LessonInputKey, params: object) => LessonInputError)('field', key, EXAMPLES[key]);

beforeAll(async () => {
  for (const l of LANGUAGES) await loadAreas(l);
});

describe('a lesson input error in the reader’s language', () => {
  it('in English is the error’s own message, every key', () => {
    language = 'en';
    for (const key of keys) expect(lessonInputSentence(errorOf(key)), key).toBe(errorOf(key).message);
  });

  for (const l of LANGUAGES.filter((l) => l !== 'en')) {
    it(`in ${l}: every key has its own sentence, not English, with the numbers written as ${l} writes them`, () => {
      for (const key of keys) {
        language = 'en';
        const english = lessonInputSentence(errorOf(key));
        language = l;
        const said = lessonInputSentence(errorOf(key));
        expect(said, key).not.toBe('');
        expect(said, key).not.toBe(english);
        // Coin amounts are in base units, written as coins; every other number as a grouped count.
        const write = (v: number) => (key === 'cannotPay' ? formatAmount(l, v) : formatNumber(l, v));
        for (const v of Object.values(EXAMPLES[key])) {
          if (typeof v === 'number' && v >= 10000) expect(said, `${key} names ${v}`).toContain(write(v));
        }
      }
      language = 'en';
    });
  }

  it('says a problem inside another, a node’s refusal and a mistyped amount in the same language; codes and fields stay', () => {
    language = 'de';
    const nested = new LessonInputError('state.actions[1]', 'stepDoesNotHold', { step: 2, problem: inner });
    expect(lessonInputSentence(nested)).toBe('Schritt 2 der geteilten Lektion stimmt nicht: Die Nonce 12.345 macht Block 2 nicht gültig.');
    const refused = new LessonInputError('nonce', 'minedBlockRefused', { refusal: highHash });
    expect(lessonInputSentence(refused)).toBe('Der Knoten hat den geminten Block abgelehnt (high-hash): Der Block-Hash liegt über dem Zielwert: Der Arbeitsnachweis ist ungültig.');
    let typo: AmountError | null = null;
    try {
      parseCoins('ten');
    } catch (e) {
      typo = e as AmountError;
    }
    const amount = new LessonInputError('amount', 'badAmount', { amount: amountTypo(typo!.problem) });
    expect(lessonInputSentence(amount)).toMatch(/^Betrag: Der Betrag muss eine Zahl/);
    language = 'zh-CN';
    const field = thrown(() => readInteger({ q: 500 }, 'q', 'state', 5, 95));
    expect(lessonInputSentence(field)).toBe('state.q 必须是 5 到 95 之间的整数。');
    language = 'en';
    expect(lessonInputSentence(field)).toBe('state.q must be a whole number from 5 to 95.');
  });
});
