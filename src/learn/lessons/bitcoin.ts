/**
 * Lesson 11, real Bitcoin: the header inspector and the Merkle tool, on core's
 * own functions (parseHeader, blockHash, bitsToTarget, checkProofOfWork with
 * Bitcoin's pow limit, merkleRootHex, merkleProof, verifyMerkleProof), so what
 * the class verifies is exactly what a Bitcoin node verifies.
 */
import {
  BITCOIN_PARAMS, bitsToTarget, blockHash, checkProofOfWork, difficultyOf, headerHashBytes, hexToBytes, merkleProof, merkleRootHex, parseHeader,
  verifyMerkleProof, workForTarget, type BlockHeader, type MerkleProof,
} from '../../core/index';
import { LessonInputError, readBoolean, readInteger, readObject, readString, type StepCheck } from '../lesson';
import { BUNDLED_HEADERS, type BundledHeader } from './bitcoin-headers';

export { BUNDLED_HEADERS, HEADERS_SOURCE, type BundledHeader } from './bitcoin-headers';

const HEX64 = /^[0-9a-f]{64}$/;
const MAX_TXIDS = 1000;
const MAX_TEXT = MAX_TXIDS * 66;

export interface HeaderInspection {
  readonly header: BlockHeader;
  readonly hash: string;
  /** 64 hex digits, or null when the bits encode no valid target. */
  readonly target: string | null;
  readonly work: string | null;
  readonly difficulty: number | null;
  readonly powValid: boolean;
  /** Why the proof of work fails, in a sentence; null when it holds. */
  readonly failure: string | null;
  /** The bundled header this one is, or differs from in a few bytes; with those byte positions. */
  readonly nearest: { readonly header: BundledHeader; readonly changedBytes: readonly number[] } | null;
}

/** Reads 160 hex digits (spaces and line breaks ignored); throws a LessonInputError saying what is wrong. */
export function readHeaderHex(text: string): Uint8Array {
  const hex = text.replace(/\s+/g, '').toLowerCase();
  if (hex === '') throw new LessonInputError('header', 'pasteHeader');
  const bad = hex.search(/[^0-9a-f]/);
  if (bad >= 0) throw new LessonInputError('header', 'notHexDigit', { position: bad + 1, character: hex[bad]! });
  if (hex.length !== 160) {
    throw new LessonInputError('header', 'headerLength', { digits: hex.length });
  }
  return hexToBytes(hex);
}

export function inspectHeader(text: string): HeaderInspection {
  const bytes = readHeaderHex(text);
  const header = parseHeader(bytes);
  const hash = blockHash(header);
  let target: bigint | null;
  try {
    target = bitsToTarget(header.bits);
  } catch {
    target = null;
  }
  const powValid = checkProofOfWork(headerHashBytes(header), header.bits, BITCOIN_PARAMS.powLimitBits);
  const limit = bitsToTarget(BITCOIN_PARAMS.powLimitBits);
  let failure: string | null = null;
  if (target === null || target === 0n) failure = `The bits 0x${header.bits.toString(16).padStart(8, '0')} do not encode a usable target (zero, negative or over 2^256).`;
  else if (target > limit) failure = 'The target is easier than Bitcoin allows (its pow limit, bits 0x1d00ffff): no such block is valid.';
  else if (!powValid) failure = `The hash ${hash} is above the target: the proof of work fails.`;
  return {
    header,
    hash,
    target: target === null ? null : target.toString(16).padStart(64, '0'),
    work: target === null || target === 0n ? null : workForTarget(target).toString(),
    difficulty: target === null || target === 0n ? null : difficultyOf(header.bits),
    powValid,
    failure,
    nearest: nearestBundled(bytes),
  };
}

/** The bundled header that differs from `bytes` in the fewest bytes (at most 8), with those positions. */
function nearestBundled(bytes: Uint8Array): HeaderInspection['nearest'] {
  let best: HeaderInspection['nearest'] = null;
  for (const h of BUNDLED_HEADERS) {
    const other = hexToBytes(h.headerHex);
    const changed: number[] = [];
    for (let i = 0; i < 80; i++) if (other[i] !== bytes[i]) changed.push(i);
    if (changed.length <= 8 && (!best || changed.length < best.changedBytes.length)) best = { header: h, changedBytes: changed };
  }
  return best;
}

/** Which header field byte `i` belongs to. */
export function fieldOfByte(i: number): 'version' | 'prevHash' | 'merkleRoot' | 'time' | 'bits' | 'nonce' {
  return i < 4 ? 'version' : i < 36 ? 'prevHash' : i < 68 ? 'merkleRoot' : i < 72 ? 'time' : i < 76 ? 'bits' : 'nonce';
}

/** Txids, one per line (blank lines ignored), each 64 hex digits; throws naming the first bad line. */
export function readTxids(text: string): string[] {
  if (text.length > MAX_TEXT) throw new LessonInputError('txids', 'tooManyTxids', { max: MAX_TXIDS });
  const lines = text.split('\n').map((l, i) => ({ line: i + 1, id: l.trim().toLowerCase() })).filter((l) => l.id !== '');
  if (lines.length === 0) throw new LessonInputError('txids', 'enterTxid');
  for (const { line, id } of lines) {
    if (!HEX64.test(id)) throw new LessonInputError('txids', 'lineNotTxid', { line, length: id.length });
  }
  return lines.map((l) => l.id);
}

export interface MerkleToolResult {
  readonly txids: readonly string[];
  readonly root: string;
  /** The bundled block whose header carries this root, if any. */
  readonly matches: BundledHeader | null;
}

export function merkleTool(text: string): MerkleToolResult {
  const txids = readTxids(text);
  const root = merkleRootHex(txids);
  return { txids, root, matches: BUNDLED_HEADERS.find((h) => parseHeader(hexToBytes(h.headerHex)).merkleRoot === root) ?? null };
}

/** A proof as the form holds it: the txid, its position, the sibling hashes (one per line) and the root. */
export interface ProofForm {
  readonly txid: string;
  readonly index: string;
  readonly branch: string;
  readonly root: string;
}

export function proofForm(p: MerkleProof): ProofForm {
  return { txid: p.txid, index: String(p.index), branch: p.branch.join('\n'), root: p.root };
}

export function makeProof(txids: readonly string[], index: number): ProofForm {
  return proofForm(merkleProof(txids, index));
}

/** Reads the form and checks the proof with core's verifyMerkleProof. */
export function checkProofForm(f: ProofForm): boolean {
  const one = (value: string, field: 'txid' | 'root' | 'branch', number = 0) => {
    const v = value.trim().toLowerCase();
    if (!HEX64.test(v)) throw new LessonInputError(field === 'branch' ? `branch[${number - 1}]` : field, 'not64Hex', { field, number });
    return v;
  };
  const txid = one(f.txid, 'txid');
  const root = one(f.root, 'root');
  if (!/^\s*\d{1,6}\s*$/.test(f.index)) throw new LessonInputError('index', 'positionNotWhole');
  const branch = f.branch
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l, i) => one(l, 'branch', i + 1));
  return verifyMerkleProof({ txid, index: Number(f.index), branch, root });
}

export interface BitcoinState {
  readonly headerText: string;
  readonly txidsText: string;
  /** The box has held a list whose root is in no header (the box starts with a matching one, so matching alone proves nothing). */
  readonly sawMismatch: boolean;
  readonly proof: ProofForm;
}

const B100K = BUNDLED_HEADERS.find((h) => h.id === 'block-100000')!;

export const BITCOIN_START: BitcoinState = Object.freeze({
  headerText: '',
  txidsText: B100K.txids.join('\n'),
  sawMismatch: false,
  proof: { txid: '', index: '', branch: '', root: '' },
});

function quietly<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof LessonInputError) return null;
    throw e;
  }
}

/** The state with a new list of txids in the Merkle tool's box. */
export function withTxidsText(s: BitcoinState, txidsText: string): BitcoinState {
  const mismatch = quietly(() => merkleTool(txidsText))?.matches == null;
  return { ...s, txidsText, sawMismatch: s.sawMismatch || mismatch };
}

export const BITCOIN_STEPS: readonly StepCheck<BitcoinState>[] = [
  { id: 'inspect', done: (s) => quietly(() => inspectHeader(s.headerText))?.nearest?.changedBytes.length === 0 },
  {
    id: 'one-byte',
    done: (s) => {
      const r = quietly(() => inspectHeader(s.headerText));
      return !!r && r.nearest?.changedBytes.length === 1 && !r.powValid;
    },
  },
  {
    id: 'merkle-root',
    done: (s) => {
      const r = quietly(() => merkleTool(s.txidsText));
      return s.sawMismatch && !!r && r.txids.length >= 2 && r.matches !== null;
    },
  },
  { id: 'proof', done: (s) => quietly(() => checkProofForm(s.proof)) === true },
];

export function bitcoinToData(s: BitcoinState): Record<string, unknown> {
  return { headerText: s.headerText, txidsText: s.txidsText, sawMismatch: s.sawMismatch, proof: { ...s.proof } };
}

export function bitcoinFromData(raw: unknown): BitcoinState {
  const o = readObject(raw, 'state');
  const p = readObject(o.proof, 'state.proof');
  const field = (key: string) => readString(p, key, 'state.proof', 70 * 40);
  const index = field('index');
  if (index !== '') readInteger({ index: Number(index) }, 'index', 'state.proof', 0, 1e6);
  return {
    headerText: readString(o, 'headerText', 'state', 400),
    txidsText: readString(o, 'txidsText', 'state', MAX_TEXT),
    // Absent from files shared before the field existed.
    sawMismatch: o.sawMismatch === undefined ? false : readBoolean(o, 'sawMismatch', 'state'),
    proof: { txid: field('txid'), index, branch: field('branch'), root: field('root') },
  };
}
