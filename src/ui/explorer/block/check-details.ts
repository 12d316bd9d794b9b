/**
 * What a block check found, when it carries no reason code (it passed, or it
 * could not run), in the page's language. Core writes these values in English
 * (the API's words); the UI reads the numbers and amounts back out of them by
 * the check's stable id and says them again, with Intl's digits, so they
 * always agree with the rule that ran. A detail of a shape this page does not
 * know stays as core wrote it (check-details.test.ts runs core's real report,
 * so a changed wording fails there first).
 */
import { parseCoins } from '../../../core/index';
import type { BlockCheck } from '../../../core/block-report';
import { text } from './text';

export interface DetailFormats {
  readonly number: (n: number) => string;
  /** Base units to coins, as the language writes them. */
  readonly amount: (units: number) => string;
}

/** Core's "1,000,000" as a number. */
const whole = (s: string) => Number(s.replace(/,/g, ''));

type Reader = (m: RegExpExecArray, f: DetailFormats) => string;

/** Per check (tx-N-… by its kind): core's English shape and how to say it again. */
const SHAPES: Readonly<Record<string, readonly (readonly [RegExp, Reader])[]>> = {
  'header-size': [[/^([\d,]+) bytes$/, (m, f) => text.checks.detail.bytes(f.number(whole(m[1]!)))]],
  size: [[/^([\d,]+) bytes$/, (m, f) => text.checks.detail.bytes(f.number(whole(m[1]!)))]],
  'not-empty': [[/^(\d+) transactions$/, (m, f) => text.checks.detail.transactions(f.number(whole(m[1]!)), whole(m[1]!))]],
  pow: [[/^hash +(\S+)\ntarget (\S+)$/, (m) => text.checks.detail.pow(m[1]!, m[2]!)]],
  'no-mutation': [[/^every txid is unique$/, () => text.checks.detail.unique]],
  'coinbase-first': [[/^transaction 0 is the coinbase$/, () => text.checks.detail.coinbaseFirst]],
  'time-future': [[/^(\d+) s ahead of the clock$/, (m, f) => text.checks.detail.ahead(f.number(whole(m[1]!)))]],
  'coinbase-height': [[/^height (\d+)$/, (m, f) => text.checks.detail.height(f.number(whole(m[1]!)))]],
  inputs: [[/^not validated: /, () => text.checks.detail.notValidated]],
  form: [[/^(\d+) in, (\d+) out$/, (m, f) => text.checks.detail.inOut(f.number(whole(m[1]!)), f.number(whole(m[2]!)))]],
  txInputs: [[/^spends (\d+) coins? worth ([\d.]+)$/, (m, f) => text.checks.detail.spends(f.number(whole(m[1]!)), whole(m[1]!), coins(m[2]!, f))]],
  txAmounts: [[/^fee ([\d.]+)$/, (m, f) => text.checks.detail.fee(coins(m[1]!, f))]],
  txSignatures: [[/^(\d+) signatures? valid$/, (m, f) => text.checks.detail.signatures(f.number(whole(m[1]!)), whole(m[1]!))]],
  'coinbase-amount': [
    [/^pays ([\d.]+) = reward ([\d.]+) \+ fees ([\d.]+)$/, (m, f) => text.checks.detail.pays(coins(m[1]!, f), coins(m[2]!, f), coins(m[3]!, f))],
    [/^fees unknown: a transaction failed \(claims ([\d.]+)\)$/, (m, f) => text.checks.detail.feesUnknown(coins(m[1]!, f))],
  ],
};

function coins(written: string, f: DetailFormats): string {
  return f.amount(parseCoins(written, { allowZero: true }));
}

/** The kind of a check: its id, or for a transaction's check (tx-3-inputs) the kind of that check. */
function kindOf(id: string): string {
  const tx = /^tx-\d+-(form|inputs|amounts|signatures)$/.exec(id)?.[1];
  if (!tx) return id;
  return tx === 'form' ? 'form' : `tx${tx[0]!.toUpperCase()}${tx.slice(1)}`;
}

export function plainDetail(check: Pick<BlockCheck, 'id' | 'detail'>, f: DetailFormats): string {
  for (const [shape, say] of SHAPES[kindOf(check.id)] ?? []) {
    const m = shape.exec(check.detail);
    if (m) return say(m, f);
  }
  return check.detail;
}
