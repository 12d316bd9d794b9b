/**
 * Lesson 10, attacks: the double-spend race (race.ts) with the attacker's
 * hash share q and the confirmations z the shop waits for, run one at a time
 * (to watch) or twenty at a time (to count), against the whitepaper's
 * P(q, z). Each race has its own seed (the lesson's seed and its number), so
 * the same lesson replays the same races.
 */
import { LessonInputError, readArray, readBoolean, readInteger, readObject, type StepCheck } from '../lesson';
import { whitepaperProbability } from './race';

export const MIN_SHARE = 5;
export const MAX_SHARE = 95;
export const MAX_Z = 6;
export const BATCH = 20;
const MAX_RACES = 400;

export interface RaceResult {
  /** Attacker's share in percent. */
  readonly q: number;
  readonly z: number;
  readonly won: boolean;
  readonly honest: number;
  readonly attacker: number;
}

export interface AttacksState {
  readonly q: number;
  readonly z: number;
  readonly races: readonly RaceResult[];
}

export const ATTACKS_START: AttacksState = Object.freeze({ q: 10, z: 2, races: Object.freeze([]) });

export function setShare(s: AttacksState, q: number): AttacksState {
  if (!Number.isInteger(q) || q < MIN_SHARE || q > MAX_SHARE) throw new LessonInputError('q', 'shareRange', { min: MIN_SHARE, max: MAX_SHARE });
  return { ...s, q };
}

export function setConfirmations(s: AttacksState, z: number): AttacksState {
  if (!Number.isInteger(z) || z < 1 || z > MAX_Z) throw new LessonInputError('z', 'confirmationsRange', { max: MAX_Z });
  return { ...s, z };
}

export function addRace(s: AttacksState, r: RaceResult): AttacksState {
  return { ...s, races: [...s.races, r].slice(-MAX_RACES) };
}

/** The seed of race number `n` (1 for the first) of a lesson. */
export function raceSeed(seed: string, n: number): string {
  return `${seed}/race ${n}`;
}

export interface RaceTally {
  readonly q: number;
  readonly z: number;
  readonly races: number;
  readonly won: number;
  readonly whitepaper: number;
}

/** Races grouped by (q, z), in the order first run. */
export function tallies(s: AttacksState): RaceTally[] {
  const by = new Map<string, RaceTally>();
  for (const r of s.races) {
    const key = `${r.q}/${r.z}`;
    const t = by.get(key) ?? { q: r.q, z: r.z, races: 0, won: 0, whitepaper: whitepaperProbability(r.q / 100, r.z) };
    by.set(key, { ...t, races: t.races + 1, won: t.won + (r.won ? 1 : 0) });
  }
  return [...by.values()];
}

export const ATTACKS_STEPS: readonly StepCheck<AttacksState>[] = [
  { id: 'race-lost', done: (s) => s.races.some((r) => !r.won) },
  { id: 'race-won', done: (s) => s.races.some((r) => r.won) },
  { id: 'many-races', done: (s) => tallies(s).some((t) => t.races >= BATCH) },
];

export function attacksToData(s: AttacksState): Record<string, unknown> {
  return { q: s.q, z: s.z, races: s.races.map((r) => ({ ...r })) };
}

export function attacksFromData(raw: unknown): AttacksState {
  const o = readObject(raw, 'state');
  const races = readArray(o, 'races', 'state', MAX_RACES).map((x, i) => {
    const field = `state.races[${i}]`;
    const r = readObject(x, field);
    return {
      q: readInteger(r, 'q', field, MIN_SHARE, MAX_SHARE),
      z: readInteger(r, 'z', field, 1, MAX_Z),
      won: readBoolean(r, 'won', field),
      honest: readInteger(r, 'honest', field, 0, 1000),
      attacker: readInteger(r, 'attacker', field, 0, 1000),
    };
  });
  return { q: readInteger(o, 'q', 'state', MIN_SHARE, MAX_SHARE), z: readInteger(o, 'z', 'state', 1, MAX_Z), races };
}
