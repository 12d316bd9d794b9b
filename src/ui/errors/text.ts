/**
 * The sentences of the errors the page shows, by their stable code: a
 * rejection's reason code (core's REJECT_CODES), a mistyped amount (core's
 * AmountProblem) and the API's own codes (ApiErrorCode). The codes stay
 * English everywhere (they are an API); these are their sentences in the
 * reader's language. English here (core's own sentences where core has them),
 * the other languages in text.<language>.ts.
 */
import { AMOUNT_PROBLEMS, REJECT_CODES, REJECT_DETAILS, rejectDetail, type RejectDetailKey, type RejectDetailValues } from '../../core/index';
import type { ApiErrorCode } from '../../app/errors';
import { areaText } from '../i18n/area-text';

const api: Readonly<Record<ApiErrorCode, string>> = {
  'unknown-wallet': 'No wallet with this address is kept here.',
  'unknown-node': 'There is no such node.',
  'unknown-block': 'No node knows this block.',
  'unknown-transaction': 'No node knows this transaction.',
  'bad-argument': 'This value is not accepted.',
  'mining-busy': 'Mining is busy with another job: wait for it or stop it.',
  'mining-stopped': 'Mining was stopped before a block was found.',
  'engine-unavailable': 'This mining engine cannot run in this browser.',
  'import-invalid':
    'This file cannot be restored: it is not a Pocket Chain file, or it is damaged. Nothing was changed.',
  'read-only':
    'Changes cannot be made here now: Pocket Chain is open in another tab, or its stored data needs a rebuild.',
  'lab-busy': 'The lab is busy with another run: wait for it or cancel it.',
  'lab-cancelled': 'The run was cancelled: nothing was kept.',
  'blocks-loading': 'The stored blocks are still being read: try again in a moment.',
};

type DetailWords = { readonly [K in RejectDetailKey]: (v: RejectDetailValues<K>) => string };

/** Core's own English details: each template filled with the values read back from it (a template with no values takes none). */
const details = Object.fromEntries(
  (Object.keys(REJECT_DETAILS) as RejectDetailKey[]).map((key) => [
    key,
    REJECT_DETAILS[key].includes('{') ? (v: object) => rejectDetail(key, v as never) : () => rejectDetail(key, {} as never),
  ]),
) as unknown as DetailWords;

const english = {
  /** What each reason code means, the sentence shown next to the code. */
  reasons: REJECT_CODES,
  /** Why a typed amount is not an amount. */
  amount: AMOUNT_PROBLEMS,
  /** The API's own refusals, by code. */
  api,
  /** The values in brackets after a reason (core's REJECT_DETAILS), by template. */
  details,
};

export type ErrorsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
