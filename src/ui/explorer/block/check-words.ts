/**
 * The sentences shown for core's block checks, in the page's language. Core
 * labels its checks in English (the API's words); the UI says each one by the
 * check's stable id, and a failure's reason by its code. The numbers a label
 * carries (header bytes, block size, a height) are taken from core's own label,
 * so they always agree with the rule that ran.
 */
import type { BlockCheck } from '../../../core/block-report';
import { reasonMessage } from '../../errors/error-sentence';
import { text } from './text';
import { plainDetail, type DetailFormats } from './check-details';

export { reasonMessage, reasonSentence } from '../../errors/error-sentence';

type Format = (n: number) => string;

/** The integers in core's English label ("1,000,000" is one), in order. */
function numbersIn(label: string): number[] {
  return [...label.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** The check's sentence in the current language; core's English when the id is one this page does not know yet. */
export function checkLabel(check: Pick<BlockCheck, 'id' | 'label' | 'passed'>, number: Format): string {
  const words = text.checks.label;
  const tx = /^tx-(\d+)-(form|inputs|amounts|signatures)$/.exec(check.id);
  if (tx) {
    const i = Number(tx[1]);
    if (tx[2] === 'form') return words.form(i);
    if (tx[2] === 'inputs') return words.txInputs(i);
    if (tx[2] === 'amounts') return words.txAmounts(i);
    return words.txSignatures(i);
  }
  const [n] = numbersIn(check.label);
  switch (check.id) {
    case 'header-size':
      return n === undefined ? check.label : words['header-size'](n);
    case 'size':
      return n === undefined ? check.label : words.size(number(n));
    case 'parent':
      return check.passed && n !== undefined ? words.parent(number(n)) : words.parentUnknown;
    case 'coinbase-height':
      return n === undefined ? check.label : words['coinbase-height'](number(n));
    case 'pow':
    case 'not-empty':
    case 'merkle-root':
    case 'no-mutation':
    case 'coinbase-first':
    case 'witness':
    case 'genesis':
    case 'bits':
    case 'time-mtp':
    case 'time-future':
    case 'inputs':
    case 'coinbase-amount':
      return words[check.id];
    default:
      return check.label;
  }
}

/**
 * A check's detail: for a failure the reason in the current language; else the
 * values it found, said again in the language when `formats` are given (plainDetail).
 */
export function checkDetail(check: BlockCheck, formats?: DetailFormats): string {
  if (check.code) return reasonMessage(check.code, check.detail);
  return formats ? plainDetail(check, formats) : check.detail;
}
