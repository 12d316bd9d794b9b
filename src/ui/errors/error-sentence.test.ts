import { describe, expect, it } from 'vitest';
import { AmountError, REJECT_CODES, REJECT_DETAILS, ValidationError, parseCoins, rejectDetail, type RejectDetailKey } from '../../core/index';
import { PocketError } from '../../api/index';
import { languageForTests } from '../i18n/test-language';
import { LANGUAGES } from '../i18n/locales';
import { detailSentence, errorSentence, hasSentence, reasonMessage } from './error-sentence';
import { text } from './text';

const language = languageForTests();

function amountError(typed: string): AmountError {
  try {
    parseCoins(typed);
  } catch (e) {
    return e as AmountError;
  }
  throw new Error(`${typed} was read as an amount`);
}

/** Every code the page can show: core's reason codes and the API's own (ApiErrorCode, typed complete in text.ts). */
const CODES = [...Object.keys(REJECT_CODES), ...Object.keys(text.api)];

describe('an error in the reader’s language, by its code', () => {
  for (const l of LANGUAGES) {
    it(`${l}: every code the page can show has a sentence of its own`, () => {
      language.set(l);
      for (const code of CODES) {
        expect(hasSentence(code), code).toBe(true);
        const said = errorSentence(new PocketError(code as PocketError['code'], 'x'));
        expect(said, code).not.toBe('');
        if (l !== 'en') expect(said, code).not.toBe('x');
      }
      language.set('en');
    });
  }

  it('shows an English reader the API’s own message, the most specific', () => {
    language.set('en');
    const e = new PocketError('mining-busy', 'Node ana is already mining a block: wait for it or stop mining.');
    expect(errorSentence(e)).toBe(e.message);
    expect(errorSentence(amountError('ten'))).toBe(amountError('ten').message);
  });

  it('says an API code, a reason with its values in brackets and a mistyped amount in German', () => {
    language.set('de');
    expect(errorSentence(new PocketError('mining-busy', 'Node ana is already mining a block: wait for it or stop mining.'))).toBe(
      'Das Mining ist mit einer anderen Aufgabe beschäftigt: Warte darauf oder stoppe sie.',
    );
    const bad = new ValidationError('bad-txnmrklroot', 'header 1a2b, computed 3c4d');
    expect(errorSentence(bad)).toBe(`${text.reasons['bad-txnmrklroot']} (header 1a2b, computed 3c4d)`);
    expect(errorSentence(bad)).toMatch(/^Die Merkle-Wurzel/);
    expect(errorSentence(amountError('-1'))).toBe('Der Betrag darf nicht negativ sein.');
    // An app's own English sentence for a reason code (amounts in words) gives way to the code's sentence.
    expect(errorSentence(new PocketError('insufficient-funds', 'Only 2 coins can be spent now, and this needs 3.', 'amount'))).toBe(text.reasons['insufficient-funds']);
    language.set('en');
  });

  it('falls back to the English message for an error with no code it knows', () => {
    language.set('de');
    expect(errorSentence(new RangeError('bits must be a 32-bit number'))).toBe('bits must be a 32-bit number');
    expect(reasonMessage('no-such-code', 'as it was')).toBe('as it was');
    language.set('en');
  });
});

/** Values for a template's slots, each naming its slot so the sentence can be searched for it. */
function detailValues(key: RejectDetailKey): Record<string, string> {
  const slots = [...REJECT_DETAILS[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return Object.fromEntries(slots.map((slot, i) => [slot, `v${i}${slot.toUpperCase()}`]));
}

/** Details that are values and units only, written alike in some languages ("120 bytes"). */
const ALIKE = new Set<RejectDetailKey>(['bytes', 'blockTooLarge']);

describe('core’s details in brackets, in the reader’s language', () => {
  for (const l of LANGUAGES) {
    it(`${l}: every detail template has a sentence that names every value`, () => {
      language.set(l);
      for (const key of Object.keys(REJECT_DETAILS) as RejectDetailKey[]) {
        const values = detailValues(key);
        const english = rejectDetail(key, values as never);
        const said = detailSentence(english);
        expect(said, key).not.toBeNull();
        for (const v of Object.values(values)) expect(said, `${key} names ${v}`).toContain(v);
        if (l === 'en') expect(said, key).toBe(english);
        else if (!ALIKE.has(key)) expect(said, key).not.toBe(english);
      }
      language.set('en');
    });
  }

  it('says a pool conflict, its detail included, in German and Spanish; English stays as core wrote it', () => {
    const conflict = new ValidationError('txn-mempool-conflict', rejectDetail('poolConflict', { input: 0, coin: '1a2b3c4d5e6f7a8b', vout: 1, spender: '9f8e7d6c5b4a3928' }));
    expect(conflict.message).toBe(
      'A coin this transaction spends is already being spent by a transaction in the pool. (input 0 (1a2b3c4d5e6f7a8b…:1) is spent by pool transaction 9f8e7d6c5b4a3928…)',
    );
    language.set('en');
    expect(errorSentence(conflict)).toBe(conflict.message);
    language.set('de');
    expect(errorSentence(conflict)).toBe(
      `${text.reasons['txn-mempool-conflict']} (Eingabe 0 (1a2b3c4d5e6f7a8b…:1) wird von der Pool-Transaktion 9f8e7d6c5b4a3928… ausgegeben)`,
    );
    language.set('es');
    expect(reasonMessage(conflict.code, conflict.message)).toBe(
      `${text.reasons['txn-mempool-conflict']} (la entrada 0 (1a2b3c4d5e6f7a8b…:1) ya la gasta la transacción del pool 9f8e7d6c5b4a3928…)`,
    );
    language.set('en');
  });
});

