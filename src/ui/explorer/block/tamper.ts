/**
 * The explorer's tamper sandbox: change one field of a COPY of a block (the
 * node's block is never touched) and judge the copy again, to see which checks
 * a change breaks. Optionally the copy is "fixed up" the way a cheater would:
 * the coinbase's witness commitment and the header's merkle root recomputed for
 * the changed transactions, which moves the break to the proof of work (the
 * header, and so the hash, changed); and the proof of work can be redone for
 * the copy (remineTemplate, mined by the worker pool). Pure: tested in Node.
 */
import {
  bitsToTarget,
  blockMerkleRoot,
  createCoinbase,
  decodeCoinbaseScript,
  AmountError,
  parseCoins,
  type AmountProblem,
  witnessMerkleRoot,
  type Block,
  type BlockTemplate,
  type Transaction,
  type TxOutput,
} from '../../../core/index';
import type { BlockCheck } from '../../../core/block-report';
import { checkState, type CheckState } from './block-checks';

export type TamperField = 'nonce' | 'time' | 'output';

export interface TamperEdit {
  readonly field: TamperField;
  /** Nonce or unix time, or the output amount in base units. */
  readonly value: number;
  /** For 'output': which transaction and which of its outputs. */
  readonly tx?: number;
  readonly vout?: number;
}

/** Why a typed value was refused: a nonce or time that is not a whole number or needs more than 32 bits, or core's amount problem. */
export type TamperProblem = 'not-whole' | 'over-32-bits' | AmountProblem;

export type ParsedValue =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: TamperProblem };

export const U32_MAX = 0xffffffff;

/** The typed value for a field: nonce and time are u32 header fields, an amount is typed in coins. */
export function parseTamperValue(field: TamperField, text: string): ParsedValue {
  const s = String(text ?? '').trim();
  if (field === 'output') {
    try {
      // Zero is allowed: the student may want to see bad-txns-vout-zero.
      return { ok: true, value: parseCoins(s, { allowZero: true }) };
    } catch (e) {
      if (e instanceof AmountError) return { ok: false, problem: e.problem };
      throw e;
    }
  }
  if (!/^\d+$/.test(s)) return { ok: false, problem: 'not-whole' };
  const n = Number(s);
  if (n > U32_MAX) return { ok: false, problem: 'over-32-bits' };
  return { ok: true, value: n };
}

/** A copy of `block` with the edit applied; with `recomputeRoots`, the witness commitment and merkle root follow the transactions. */
export function tamperBlock(
  block: Block,
  edit: TamperEdit,
  o: { recomputeRoots?: boolean } = {},
): Block {
  if (!block || !block.header || !Array.isArray(block.txs as unknown))
    throw new TypeError('block must be a Block');
  if (!edit || !Number.isSafeInteger(edit.value) || edit.value < 0)
    throw new RangeError('edit.value must be a whole number >= 0');
  if (edit.field === 'nonce' || edit.field === 'time') {
    if (edit.value > U32_MAX)
      throw new RangeError(`edit.value must fit in 32 bits for ${edit.field}`);
    return { header: { ...block.header, [edit.field]: edit.value }, txs: block.txs };
  }
  if (edit.field !== 'output')
    throw new RangeError(`edit.field must be nonce, time or output, got ${String(edit.field)}`);
  const ti = edit.tx ?? -1;
  const vi = edit.vout ?? -1;
  const tx = block.txs[ti];
  if (!tx)
    throw new RangeError(`edit.tx must be a transaction index from 0 to ${block.txs.length - 1}`);
  if (!tx.outputs[vi])
    throw new RangeError(`edit.vout must be an output index from 0 to ${tx.outputs.length - 1}`);
  const outputs: TxOutput[] = tx.outputs.map((out, i) =>
    i === vi ? { ...out, amount: edit.value } : out,
  );
  let txs: Transaction[] = block.txs.map((t, i) => (i === ti ? { ...t, outputs } : t));
  let header = block.header;
  if (o.recomputeRoots) {
    const coinbase = txs[0]!;
    const data = decodeCoinbaseScript(coinbase.inputs[0]!.script);
    txs = [
      createCoinbase({ ...data, witnessRoot: witnessMerkleRoot(txs) }, coinbase.outputs),
      ...txs.slice(1),
    ];
    header = { ...header, merkleRoot: blockMerkleRoot(txs).root };
  }
  return { header, txs };
}

export interface CheckChange {
  readonly id: string;
  readonly label: string;
  readonly before: CheckState;
  readonly after: CheckState;
  readonly code?: string;
  readonly detail: string;
}

/** Checks whose result differs between the original and the copy (new checks of the copy count as changes). */
export function changedChecks(
  before: readonly BlockCheck[],
  after: readonly BlockCheck[],
): CheckChange[] {
  const old = new Map(before.map((c) => [c.id, checkState(c)]));
  const out: CheckChange[] = [];
  for (const c of after) {
    const was = old.get(c.id);
    const now = checkState(c);
    if (was !== now)
      out.push({
        id: c.id,
        label: c.label,
        before: was ?? 'not-checked',
        after: now,
        ...(c.code ? { code: c.code } : {}),
        detail: c.detail,
      });
  }
  return out;
}

/**
 * Checks a node runs only when a block connects to its active chain (Bitcoin
 * checks the coins a block spends then, not when it stores a side branch).
 */
export function isConnectTimeCheck(id: string): boolean {
  return (
    id === 'inputs' || id === 'coinbase-amount' || /^tx-\d+-(inputs|amounts|signatures)$/.test(id)
  );
}

export type SubmitVerdict =
  | { readonly canSubmit: true; readonly expected: string }
  /** side-branch: it fails only checks a node runs when a branch becomes active; competitor: it is a valid block. */
  | { readonly canSubmit: false; readonly reason: 'side-branch' | 'competitor' };

/**
 * Whether submitting the copy is a safe demonstration: the node must refuse it
 * outright (same hash = duplicate, or a check it runs before storing a block
 * fails), so that the sandbox changes nothing. A copy failing only
 * connect-time checks would be stored as a side branch, and a copy passing
 * everything is a valid competing block: neither is submitted from here.
 */
export function submitVerdict(
  originalHash: string,
  copyHash: string,
  copyChecks: readonly BlockCheck[],
): SubmitVerdict {
  if (copyHash === originalHash) return { canSubmit: true, expected: 'duplicate' };
  const first = copyChecks.find((c) => checkState(c) === 'fail' && !isConnectTimeCheck(c.id));
  if (first) return { canSubmit: true, expected: first.code! };
  if (copyChecks.some((c) => checkState(c) === 'fail')) {
    return { canSubmit: false, reason: 'side-branch' };
  }
  return { canSubmit: false, reason: 'competitor' };
}

/**
 * A template for the mining pool that searches a new nonce for the copy's
 * header. Its time moves on by one second, as it would for a miner redoing the
 * work later: with the same time the search from nonce 0 would find the
 * original's nonce again whenever only the transactions changed.
 */
export function remineTemplate(copy: Block, height: number): BlockTemplate {
  if (!copy || !copy.header) throw new TypeError('copy must be a Block');
  const coinbase = copy.txs[0];
  return {
    block: { header: { ...copy.header, time: copy.header.time + 1, nonce: 0 }, txs: copy.txs },
    height,
    target: bitsToTarget(copy.header.bits),
    subsidy: 0,
    fees: 0,
    minerAddress: coinbase?.outputs[0]?.address ?? '',
    extraNonce: 0,
    message: 'tamper sandbox',
  };
}
