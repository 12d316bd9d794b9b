/**
 * Lesson 10's playground: the attacker's share and the shop's confirmations,
 * one double-spend race played block by block (its score, then the shop's
 * block tree), or twenty races counted against the whitepaper. Races run on
 * the page in steps of one block with a turn for the page between them, so
 * it never freezes.
 */
import {
  ATTACKS_START, ATTACKS_STEPS, BATCH, MAX_SHARE, MAX_Z, MIN_SHARE, addRace, attacksFromData, attacksToData, raceSeed, setConfirmations, setShare, tallies,
  type AttacksState, type RaceTally,
} from '../../../learn/lessons/attacks';
import { DoubleSpendRace, GIVE_UP, type RaceStatus } from '../../../learn/lessons/race';
import { doneSteps, isLessonInputError, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import { chainView } from './network-picture.svelte';
import type { ChainViewBlock } from '../../viz/chain-layout';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

/** Real ms between two blocks of a watched race. */
const WATCH_MS = 350;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface WatchedRace {
  readonly n: number;
  readonly q: number;
  readonly z: number;
  readonly status: RaceStatus;
  /** The shop's block tree once the race ended. */
  readonly shopTree: readonly ChainViewBlock[] | null;
}

export class AttacksPlayground implements Playground {
  state = $state.raw<AttacksState>(ATTACKS_START);
  qText = $state(String(ATTACKS_START.q));
  zText = $state(String(ATTACKS_START.z));
  #errors = $state.raw<{ q?: LessonInputProblem; z?: LessonInputProblem }>({});
  /** The input errors, said in the reader's language (they follow a language switch). */
  get errors(): { q?: string; z?: string } {
    const { q, z } = this.#errors;
    return { q: q && lessonInputSentence(q), z: z && lessonInputSentence(z) };
  }
  watched = $state.raw<WatchedRace | null>(null);
  batch = $state.raw<{ readonly done: number; readonly total: number } | null>(null);
  private stopRequested = false;
  private readonly seed: string;

  readonly minShare = MIN_SHARE;
  readonly maxShare = MAX_SHARE;
  readonly maxZ = MAX_Z;
  readonly batchSize = BATCH;
  readonly giveUp = GIVE_UP;
  readonly done = $derived(doneSteps(ATTACKS_STEPS, this.state));
  readonly tallies: RaceTally[] = $derived(tallies(this.state));
  readonly busy = $derived(this.batch !== null || (this.watched !== null && this.watched.status.outcome === 'running'));

  constructor(ctx: LessonContext, start: AttacksState) {
    this.seed = ctx.seed;
    this.state = start;
    this.qText = String(start.q);
    this.zText = String(start.z);
  }

  setShare(text: string): void {
    this.qText = text;
    this.set('q', () => setShare(this.state, /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : NaN));
  }

  setConfirmations(text: string): void {
    this.zText = text;
    this.set('z', () => setConfirmations(this.state, /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : NaN));
  }

  private set(key: 'q' | 'z', change: () => AttacksState): void {
    try {
      this.state = change();
      this.#errors = { ...this.#errors, [key]: undefined };
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#errors = { ...this.#errors, [key]: e };
    }
  }

  private newRace(): { race: DoubleSpendRace; n: number; q: number; z: number } {
    const n = this.state.races.length + 1;
    const { q, z } = this.state;
    return { race: new DoubleSpendRace(raceSeed(this.seed, n), q / 100, z), n, q, z };
  }

  private record(q: number, z: number, s: RaceStatus): void {
    this.state = addRace(this.state, { q, z, won: s.outcome === 'won', honest: s.honest, attacker: s.attacker });
  }

  /** One race, a block at a time, slowly enough to follow. */
  async watchOne(): Promise<void> {
    if (this.busy) return;
    this.stopRequested = false;
    await pause(0);
    const { race, n, q, z } = this.newRace();
    this.watched = { n, q, z, status: race.status(), shopTree: null };
    const wait = reducedMotion() ? 0 : WATCH_MS;
    while (race.status().outcome === 'running' && !this.stopRequested) {
      await pause(wait);
      this.watched = { n, q, z, status: race.step(), shopTree: null };
    }
    if (this.stopRequested) {
      this.watched = null;
      return;
    }
    this.record(q, z, race.status());
    this.watched = { n, q, z, status: race.status(), shopTree: chainView(race.net, 'shop') };
  }

  /** Twenty races at the current share and confirmations, counted. */
  async runBatch(): Promise<void> {
    if (this.busy) return;
    this.stopRequested = false;
    this.batch = { done: 0, total: BATCH };
    for (let i = 0; i < BATCH && !this.stopRequested; i++) {
      await pause(0);
      const { race, q, z } = this.newRace();
      while (race.status().outcome === 'running') {
        race.step();
        await pause(0);
      }
      this.record(q, z, race.status());
      this.batch = { done: i + 1, total: BATCH };
    }
    this.batch = null;
  }

  stop(): void {
    this.stopRequested = true;
  }

  toData(): Record<string, unknown> {
    return attacksToData(this.state);
  }

  dispose(): void {
    this.stop();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new AttacksPlayground(ctx, data === null ? ATTACKS_START : attacksFromData(data)),
};
