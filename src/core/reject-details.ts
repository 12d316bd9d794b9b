/**
 * The values in brackets after a rejection's sentence ("… (input 0 spends
 * 1a2b…:1)"), for the rejections people meet most, as templates with named
 * slots. Core writes a detail only through its template (`rejectDetail`);
 * whoever receives just the code and the message (the page: a refusal passes
 * through results, records and workers as plain text) reads the values back
 * with the same template (`readRejectDetail`) and can say the detail in
 * another language. The English stays the API's words.
 */

export const REJECT_DETAILS = {
  spendsMissing: 'input {input} spends {coin}…:{vout}',
  spendsImmature: 'input {input} spends a coinbase from height {height}, spendable from height {from}',
  inputsBelowOutputs: 'inputs {in} < outputs {out}',
  wrongKey: 'input {input}: the coin belongs to {address}',
  input: 'input {input}',
  output: 'output {output}',
  outputPays: 'output {output} pays {amount}',
  version: 'version {version}',
  bytes: '{bytes} bytes',
  addressEmpty: 'empty',
  addressTooLong: '{chars} characters; an address has at most {max}',
  addressDecodedLength: '{bytes} bytes after decoding, expected {expected}',
  addressChar: '"{char}" is not in the Base58 alphabet (no 0, O, I or l)',
  addressVersion: 'version byte {found}, expected {expected}',
  poolConflict: 'input {input} ({coin}…:{vout}) is spent by pool transaction {spender}…',
  feeBelowFloor: 'fee rate {rate} < {floor} units/byte',
  feeNotAboveLowest: "fee rate {rate} units/byte is not above the lowest packages'",
  needsSpendable: 'needs {need}, spendable {spendable}',
  merkleMismatch: 'header says {header}…, transactions give {computed}…',
  mutatedTree: 'the merkle tree pairs a hash with an identical copy',
  blockTooLarge: '{bytes} bytes > {max}',
  transaction: 'transaction {index}',
  bitsRequired: 'bits {bits}, required {required}',
  timeTooOld: 'time {time} <= median time past {mtp}',
  timeTooNew: 'time {time} is {ahead} s ahead of the clock',
  coinbaseHeight: 'coinbase says {stated}, block is at height {height}',
  spentTwiceInBlock: 'transaction {index} spends {coin}… again',
  spendsLaterOutput: 'transaction {index} spends an output of transaction {creator}',
  feesOutOfRange: 'fees reach {fees} by transaction {index}',
  coinbaseOverpays: 'pays {claimed}, allowed {subsidy} + fees {fees}',
  parentRejected: 'parent {parent}…: {code}',
  waitingForParent: 'waiting for {parent}…',
} as const;

export type RejectDetailKey = keyof typeof REJECT_DETAILS;

/** The slot names of a template: 'input {input} spends {coin}' -> 'input' | 'coin'. */
export type DetailSlots<T extends string> = T extends `${string}{${infer Slot}}${infer Rest}` ? Slot | DetailSlots<Rest> : never;

/** The values a detail names, by slot, as written in the English detail. */
export type RejectDetailValues<K extends RejectDetailKey> = { readonly [S in DetailSlots<(typeof REJECT_DETAILS)[K]>]: string };

/** A detail read back from a message: which template, and its values. */
export type ReadDetail = { [K in RejectDetailKey]: { readonly key: K; readonly values: RejectDetailValues<K> } }[RejectDetailKey];

/** The English detail: the template with its slots filled. */
export function rejectDetail<K extends RejectDetailKey>(key: K, values: { readonly [S in DetailSlots<(typeof REJECT_DETAILS)[K]>]: string | number | bigint }): string {
  return REJECT_DETAILS[key].replace(/\{(\w+)\}/g, (_, slot: string) => String((values as Record<string, unknown>)[slot]));
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Reader {
  readonly key: RejectDetailKey;
  readonly slots: readonly string[];
  readonly pattern: RegExp;
}

/** Longest templates first, so 'input {input}' does not swallow 'input {input}: the coin belongs to {address}'. */
const READERS: readonly Reader[] = (Object.keys(REJECT_DETAILS) as RejectDetailKey[])
  .map((key) => {
    const template = REJECT_DETAILS[key];
    const slots = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const pattern = new RegExp(`^${template.split(/\{\w+\}/).map(escape).join('(.+?)')}$`);
    return { key, slots, pattern };
  })
  .sort((a, b) => REJECT_DETAILS[b.key].length - REJECT_DETAILS[a.key].length);

/** The template and values behind an English detail, or null for a detail written otherwise. */
export function readRejectDetail(detail: string): ReadDetail | null {
  for (const r of READERS) {
    const m = r.pattern.exec(detail);
    if (m) return { key: r.key, values: Object.fromEntries(r.slots.map((s, i) => [s, m[i + 1]!])) } as ReadDetail;
  }
  return null;
}
