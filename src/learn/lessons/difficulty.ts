/**
 * Lesson 8, mining and difficulty: the target as a number of leading zero
 * bits, its compact "bits" form, the expected tries 2^256 / (target + 1), a
 * block mined at that target in the page's workers (hash rate, time), and the
 * retarget that keeps blocks on time, computed by core's nextBitsRequired on
 * a chain of headers whose timestamps the student chooses.
 */
import {
  CLASSROOM_PARAMS, bitsToTarget, hashToBigInt, headerHashBytes, nextBitsRequired, targetToBits, workForBits,
  type BlockHeader, type BlockTemplate, type HeaderChainLink,
} from '../../core/index';
import { LessonInputError, readArray, readInteger, readObject, type StepCheck } from '../lesson';
import { LEDGER_ZERO_HASH, ledgerTemplate } from './ledger';

export const MIN_ZERO_BITS = 8;
/** 2^28 tries: a few minutes on a laptop's workers; harder is offered by the Mining panel. */
export const MAX_ZERO_BITS = 28;
export const EASY_ZERO_BITS = 16;
export const HARDER_ZERO_BITS = 20;
const MAX_RUNS = 30;

/** The retarget the lesson uses: the classroom chain's (every 20 blocks, one block every 10 s). */
export const RETARGET_PARAMS = CLASSROOM_PARAMS;
export const RETARGET_EXPECTED = RETARGET_PARAMS.retargetInterval * RETARGET_PARAMS.targetSpacing;

/** Compact bits for "a hash with at least n leading zero bits": target 2^(256-n) - 1, rounded down by the compact form. */
export function bitsForZeroBits(zeroBits: number): number {
  if (!Number.isInteger(zeroBits) || zeroBits < 1 || zeroBits > 255) throw new RangeError(`zeroBits must be 1 to 255, got ${zeroBits}`);
  return targetToBits((1n << BigInt(256 - zeroBits)) - 1n);
}

export interface TargetFacts {
  readonly zeroBits: number;
  readonly bits: number;
  /** 64 hex digits. */
  readonly target: string;
  /** 2^256 / (target + 1), as a float for display. */
  readonly expectedHashes: number;
}

export function targetFacts(zeroBits: number): TargetFacts {
  const bits = bitsForZeroBits(zeroBits);
  return { zeroBits, bits, target: bitsToTarget(bits).toString(16).padStart(64, '0'), expectedHashes: Number(workForBits(bits)) };
}

/** The block mined at a target: the lesson's block 1 with its own note, so each target gets its own search. */
export function difficultyTemplate(zeroBits: number): BlockTemplate {
  return ledgerTemplate(1, LEDGER_ZERO_HASH, `Mined at ${zeroBits} zero bits`, bitsForZeroBits(zeroBits));
}

export interface MiningRun {
  readonly zeroBits: number;
  readonly nonce: number;
  readonly hashes: number;
  readonly ms: number;
}

export interface DifficultyState {
  readonly zeroBits: number;
  readonly runs: readonly MiningRun[];
  /** Seconds the last 20 blocks took, as the student set it; null before any try. */
  readonly actualSeconds: number | null;
  /** Retargets tried: harder (blocks too fast) and easier (too slow). */
  readonly triedFaster: boolean;
  readonly triedSlower: boolean;
}

export const DIFFICULTY_START: DifficultyState = Object.freeze({ zeroBits: EASY_ZERO_BITS, runs: Object.freeze([]), actualSeconds: null, triedFaster: false, triedSlower: false });

export function setZeroBits(s: DifficultyState, zeroBits: number): DifficultyState {
  if (!Number.isInteger(zeroBits) || zeroBits < MIN_ZERO_BITS || zeroBits > MAX_ZERO_BITS) {
    throw new LessonInputError('zeroBits', 'zeroBitsRange', { min: MIN_ZERO_BITS, max: MAX_ZERO_BITS });
  }
  return { ...s, zeroBits };
}

/** A block found by the miner at `zeroBits`; refused unless its hash meets that target. */
export function addRun(s: DifficultyState, run: MiningRun): DifficultyState {
  checkRun(run, 'run');
  return { ...s, runs: [...s.runs, run].slice(-MAX_RUNS) };
}

function checkRun(run: MiningRun, field: string): void {
  const template = difficultyTemplate(run.zeroBits);
  const header: BlockHeader = { ...template.block.header, nonce: run.nonce };
  if (hashToBigInt(headerHashBytes(header)) > template.target) throw new LessonInputError(field, 'nonceMissesTarget', { nonce: run.nonce, zeroBits: run.zeroBits });
}

export interface Retarget {
  readonly actualSeconds: number;
  /** What the rule uses after the factor-4 clamp. */
  readonly clampedSeconds: number;
  readonly oldBits: number;
  readonly newBits: number;
  readonly oldTarget: string;
  readonly newTarget: string;
  /** New expected tries / old expected tries (above 1: harder). */
  readonly difficultyFactor: number;
}

/** Core's retarget for 20 blocks that took `actualSeconds`, starting at the classroom chain's difficulty. */
export function retarget(actualSeconds: number, oldBits = RETARGET_PARAMS.genesisBits): Retarget {
  if (!Number.isSafeInteger(actualSeconds) || actualSeconds < 1 || actualSeconds > 100_000) {
    throw new LessonInputError('actualSeconds', 'secondsRange', { min: 1, max: 100_000 });
  }
  const interval = RETARGET_PARAMS.retargetInterval;
  // A chain of `interval` headers: the first at t = 0, the last `actualSeconds` later.
  let link: HeaderChainLink | undefined;
  for (let height = 0; height < interval; height++) {
    const time = 1_700_000_000 + (height === interval - 1 ? actualSeconds : Math.floor((actualSeconds * height) / (interval - 1)));
    link = { height, parent: link, header: { version: 1, prevHash: LEDGER_ZERO_HASH, merkleRoot: LEDGER_ZERO_HASH, time, bits: oldBits, nonce: 0 } };
  }
  const newBits = nextBitsRequired(link!, RETARGET_PARAMS);
  const clampedSeconds = Math.min(RETARGET_EXPECTED * 4, Math.max(Math.floor(RETARGET_EXPECTED / 4), actualSeconds));
  const hex = (bits: number) => bitsToTarget(bits).toString(16).padStart(64, '0');
  return {
    actualSeconds,
    clampedSeconds,
    oldBits,
    newBits,
    oldTarget: hex(oldBits),
    newTarget: hex(newBits),
    difficultyFactor: Number(workForBits(newBits)) / Number(workForBits(oldBits)),
  };
}

export function tryRetarget(s: DifficultyState, actualSeconds: number): DifficultyState {
  retarget(actualSeconds);
  return {
    ...s,
    actualSeconds,
    triedFaster: s.triedFaster || actualSeconds < RETARGET_EXPECTED,
    triedSlower: s.triedSlower || actualSeconds > RETARGET_EXPECTED,
  };
}

export const DIFFICULTY_STEPS: readonly StepCheck<DifficultyState>[] = [
  { id: 'mine-easy', done: (s) => s.runs.some((r) => r.zeroBits <= EASY_ZERO_BITS) },
  { id: 'mine-harder', done: (s) => s.runs.some((r) => r.zeroBits >= HARDER_ZERO_BITS) },
  { id: 'retarget', done: (s) => s.triedFaster && s.triedSlower },
];

// ---- sharing ----------------------------------------------------------------------

export function difficultyToData(s: DifficultyState): Record<string, unknown> {
  return { zeroBits: s.zeroBits, runs: s.runs.map((r) => ({ ...r })), actualSeconds: s.actualSeconds, triedFaster: s.triedFaster, triedSlower: s.triedSlower };
}

export function difficultyFromData(raw: unknown): DifficultyState {
  const o = readObject(raw, 'state');
  const runs = readArray(o, 'runs', 'state', MAX_RUNS).map((r, i) => {
    const field = `state.runs[${i}]`;
    const x = readObject(r, field);
    const run = {
      zeroBits: readInteger(x, 'zeroBits', field, MIN_ZERO_BITS, MAX_ZERO_BITS),
      nonce: readInteger(x, 'nonce', field, 0, 0xffffffff),
      hashes: readInteger(x, 'hashes', field, 1, 2 ** 52),
      ms: readInteger(x, 'ms', field, 0, 1e9),
    };
    checkRun(run, field);
    return run;
  });
  const flag = (key: string) => {
    if (typeof o[key] !== 'boolean') throw new LessonInputError(`state.${key}`, 'notTrueOrFalse', { field: `state.${key}` });
    return o[key] as boolean;
  };
  return {
    zeroBits: readInteger(o, 'zeroBits', 'state', MIN_ZERO_BITS, MAX_ZERO_BITS),
    runs,
    actualSeconds: o.actualSeconds === null ? null : readInteger(o, 'actualSeconds', 'state', 1, 100_000),
    triedFaster: flag('triedFaster'),
    triedSlower: flag('triedSlower'),
  };
}
