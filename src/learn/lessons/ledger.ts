/**
 * Lessons 2 and 3, a block and a chain: blocks whose data you can edit and
 * re-mine. Each is a real Pocket Chain block: its data is the note in its
 * first transaction (the coinbase, as in Bitcoin's genesis headline), the
 * header commits to it through the Merkle root, and it is valid when the
 * SHA-256d of its 80-byte header is at or below the target. Each block's
 * previous-hash field is the hash of the block before it as it is now, so
 * editing one block changes the hash of every block after it.
 */
import {
  COIN, MAX_COINBASE_MESSAGE, addressFromPubKeyHash, assembleBlock, blockHash, bitsToTarget, hash160, hashToBigInt, headerHashBytes, utf8,
  type BlockHeader, type BlockTemplate,
} from '../../core/index';
import { LessonInputError, readArray, readInteger, readObject, readString, type StepCheck } from '../lesson';

/** Target 0x0000ffff00…: about 65,536 tries per block, so a valid hash starts with four zero hex digits. */
export const LEDGER_BITS = 0x1f00ffff;
export const LEDGER_TARGET = bitsToTarget(LEDGER_BITS);
export const LEDGER_EPOCH = 1_700_000_000;
export const LEDGER_ZERO_HASH = '0'.repeat(64);
export const MAX_DATA_BYTES = MAX_COINBASE_MESSAGE;
const MAX_NONCE = 0xffffffff;

/** The lessons' block rewards go to an address nobody holds a key for: these blocks are for looking at. */
export const LESSON_MINER = addressFromPubKeyHash(hash160(utf8('pocket chain lesson miner')));

export interface LedgerEntry {
  readonly data: string;
  readonly nonce: number;
}

/**
 * The lessons' starting blocks. Names and numbers only, so the data reads the
 * same in every language; each nonce is the first that makes its block valid
 * (mineTemplate from 0: ledger.test.ts checks it).
 */
export const LEDGER_START: readonly LedgerEntry[] = Object.freeze([
  { data: 'Alice → Bob 5', nonce: 76778 },
  { data: 'Bob → Carol 2', nonce: 94311 },
  { data: 'Carol → Dave 1', nonce: 47369 },
  { data: 'Dave → Alice 4', nonce: 27562 },
  { data: 'Erin → Bob 2', nonce: 43864 },
]);

export interface LedgerBlock {
  /** 1 for the first block. */
  readonly number: number;
  readonly data: string;
  readonly nonce: number;
  readonly prevHash: string;
  readonly merkleRoot: string;
  readonly hash: string;
  /** Hash at or below the target. */
  readonly valid: boolean;
  /** The block with nonce 0, for the miner. */
  readonly template: BlockTemplate;
}

export interface LedgerState {
  readonly entries: readonly LedgerEntry[];
  /** Hashes spent mining each block in this lesson. */
  readonly tries: readonly number[];
  /** Times each block was mined in this lesson. */
  readonly mined: readonly number[];
  /** Nonces typed by hand. */
  readonly guesses: number;
}

export function ledgerTemplate(number: number, prevHash: string, data: string, bits = LEDGER_BITS): BlockTemplate {
  return assembleBlock({
    prevHash,
    height: number,
    bits,
    time: LEDGER_EPOCH + number * 600,
    txs: [],
    minerAddress: LESSON_MINER,
    subsidy: 10 * COIN,
    fees: 0,
    message: data,
  });
}

export function meetsLedgerTarget(header: BlockHeader): boolean {
  return hashToBigInt(headerHashBytes(header)) <= LEDGER_TARGET;
}

const evaluated = new WeakMap<LedgerState, readonly LedgerBlock[]>();

/** Every block as it is now, each linked to the hash of the one before. */
export function ledgerBlocks(s: LedgerState): readonly LedgerBlock[] {
  let blocks = evaluated.get(s);
  if (!blocks) {
    const out: LedgerBlock[] = [];
    let prevHash = LEDGER_ZERO_HASH;
    s.entries.forEach((e, i) => {
      const template = ledgerTemplate(i + 1, prevHash, e.data);
      const header = { ...template.block.header, nonce: e.nonce };
      const hash = blockHash(header);
      out.push({ number: i + 1, data: e.data, nonce: e.nonce, prevHash, merkleRoot: header.merkleRoot, hash, valid: meetsLedgerTarget(header), template });
      prevHash = hash;
    });
    blocks = out;
    evaluated.set(s, blocks);
  }
  return blocks;
}

export function startLedger(blocks: number): LedgerState {
  if (!Number.isInteger(blocks) || blocks < 1 || blocks > LEDGER_START.length) throw new RangeError(`blocks must be 1 to ${LEDGER_START.length}`);
  return { entries: LEDGER_START.slice(0, blocks), tries: Array(blocks).fill(0), mined: Array(blocks).fill(0), guesses: 0 };
}

function checkIndex(s: LedgerState, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= s.entries.length) throw new RangeError(`index must be 0 to ${s.entries.length - 1}`);
}

export function checkData(data: string, field = 'data'): void {
  const bytes = utf8(data).length;
  if (bytes > MAX_DATA_BYTES) throw new LessonInputError(field, 'dataTooLarge', { max: MAX_DATA_BYTES, bytes });
}

function replace<T>(list: readonly T[], index: number, value: T): T[] {
  const copy = list.slice();
  copy[index] = value;
  return copy;
}

export function setData(s: LedgerState, index: number, data: string): LedgerState {
  checkIndex(s, index);
  checkData(data);
  if (data === s.entries[index]!.data) return s;
  return { ...s, entries: replace(s.entries, index, { ...s.entries[index]!, data }) };
}

/** A nonce typed by hand: any whole number from 0 to 4,294,967,295. */
export function setNonce(s: LedgerState, index: number, nonce: number): LedgerState {
  checkIndex(s, index);
  if (!Number.isSafeInteger(nonce) || nonce < 0 || nonce > MAX_NONCE) throw new LessonInputError('nonce', 'nonceRange', { max: MAX_NONCE });
  if (nonce === s.entries[index]!.nonce) return s;
  return { ...s, entries: replace(s.entries, index, { ...s.entries[index]!, nonce }), guesses: s.guesses + 1 };
}

/** A nonce found by the miner for block `index` as it is now; refused if it does not make the block valid. */
export function applyMined(s: LedgerState, index: number, nonce: number, tries: number): LedgerState {
  checkIndex(s, index);
  const block = ledgerBlocks(s)[index]!;
  if (!meetsLedgerTarget({ ...block.template.block.header, nonce })) {
    throw new LessonInputError('nonce', 'nonceInvalid', { nonce, block: index + 1 });
  }
  return {
    ...s,
    entries: replace(s.entries, index, { ...s.entries[index]!, nonce }),
    tries: replace(s.tries, index, s.tries[index]! + tries),
    mined: replace(s.mined, index, s.mined[index]! + 1),
  };
}

const dataChanged = (s: LedgerState, i: number) => s.entries[i] !== undefined && s.entries[i]!.data !== LEDGER_START[i]!.data;
const valid = (s: LedgerState, i: number) => ledgerBlocks(s)[i]?.valid === true;

export const BLOCK_STEPS: readonly StepCheck<LedgerState>[] = [
  { id: 'edit', done: (s) => dataChanged(s, 0) && !valid(s, 0) },
  { id: 'mine', done: (s) => dataChanged(s, 0) && valid(s, 0) && s.mined[0]! > 0 },
  { id: 'guess', done: (s) => s.guesses > 0 },
];

export const CHAIN_STEPS: readonly StepCheck<LedgerState>[] = [
  { id: 'edit', done: (s) => dataChanged(s, 1) && ledgerBlocks(s).slice(1).every((b) => !b.valid) },
  { id: 'remine-2', done: (s) => dataChanged(s, 1) && valid(s, 1) && s.mined[1]! > 0 },
  { id: 'remine-all', done: (s) => dataChanged(s, 1) && ledgerBlocks(s).every((b) => b.valid) },
];

// ---- sharing ----------------------------------------------------------------------

export function ledgerToData(s: LedgerState): Record<string, unknown> {
  return { entries: s.entries.map((e) => ({ ...e })), tries: [...s.tries], mined: [...s.mined], guesses: s.guesses };
}

export function ledgerFromData(raw: unknown, blocks: number): LedgerState {
  const o = readObject(raw, 'state');
  const entries = readArray(o, 'entries', 'state', blocks).map((r, i) => {
    const field = `state.entries[${i}]`;
    const e = readObject(r, field);
    const data = readString(e, 'data', field, MAX_DATA_BYTES);
    checkData(data, `${field}.data`);
    return { data, nonce: readInteger(e, 'nonce', field, 0, MAX_NONCE) };
  });
  if (entries.length !== blocks) throw new LessonInputError('state.entries', 'blockCount', { blocks, shared: entries.length });
  const counts = (key: string) => {
    const list = readArray(o, key, 'state', blocks);
    if (list.length !== blocks) throw new LessonInputError(`state.${key}`, 'listLength', { field: `state.${key}`, count: blocks });
    return list.map((n, i) => readInteger({ n }, 'n', `state.${key}[${i}]`, 0, 1e15));
  };
  return { entries, tries: counts('tries'), mined: counts('mined'), guesses: readInteger(o, 'guesses', 'state', 0, 1e9) };
}
