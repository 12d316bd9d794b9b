/**
 * The Learn section's state: which lesson is open, the progress (ticked steps,
 * saved through a ProgressStore), presenter mode, each lesson's playground
 * (kept while the page lives, so going back finds it as it was) and opening
 * and making share links and files.
 *
 * Playgrounds are loaded on demand (playgrounds.ts). Shared data is checked
 * completely before anything changes: a bad link or file leaves the open
 * playground as it was and says what was wrong.
 */
import {
  EMPTY_PROGRESS, LESSON_IDS, LESSON_SEED, nextLesson, nextUnfinished, previousLesson, readProgress, resetLesson, stepsOf, tickSteps, withLesson,
  withStart, isLessonInputError, type LearnProgress, type LessonId, type LessonMiner, type StartChoice,
} from '../../../learn/index';
import type { Scenario } from '../../../learn/scenario';
import type { HashcashSearcher } from '../../../workers/index';
import { PLAYGROUNDS } from './playgrounds';
import type { LessonContext, Playground } from './playground';

/** Where progress is kept (IndexedDB in the app, memory in tests). */
export interface ProgressStore {
  load(): Promise<unknown>;
  save(progress: LearnProgress): Promise<void>;
}

export interface LearnServices {
  readonly miner: LessonMiner;
  /** The hashcash searcher (its worker starts on first use). */
  readonly hashcash: () => Promise<HashcashSearcher>;
}

export interface LearnNotice {
  readonly level: 'info' | 'error';
  readonly text: string;
}

/** Links and files are read by code loaded when one is opened or made. */
const scenarios = () => import('../../../learn/scenario');

interface Loaded {
  readonly seed: string;
  readonly playground: Playground;
}

export class LearnState {
  progress = $state.raw<LearnProgress>(EMPTY_PROGRESS);
  lesson = $state<LessonId>('hashes');
  presenter = $state(false);
  notice = $state.raw<LearnNotice | null>(null);
  /** The open lesson's playground, once loaded (null while loading). */
  playground = $state.raw<Playground | null>(null);
  loadError = $state<string | null>(null);
  // A cache, not state: what the page shows is the reactive `playground` field.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly playgrounds = new Map<LessonId, Loaded>();
  /** The saved progress has been read (until then the first-visit question waits). */
  loaded = $state(false);
  private readonly services: LearnServices;
  private readonly store: ProgressStore;
  private loadSeq = 0;

  constructor(services: LearnServices, store: ProgressStore) {
    this.services = services;
    this.store = store;
  }

  /** Reads the saved progress and reopens the lesson open last. */
  async load(): Promise<void> {
    let merged = readProgress(await this.store.load());
    // What happened while loading (a shared link opened, a step ticked) is kept.
    const now = this.progress;
    merged = { ...merged, start: now.start ?? merged.start, lesson: now.lesson ?? merged.lesson };
    for (const id of LESSON_IDS) merged = tickSteps(merged, id, now.done[id] ?? []);
    this.progress = merged;
    this.lesson = this.progress.lesson ?? nextUnfinished(this.progress);
    this.loaded = true;
  }

  private setProgress(next: LearnProgress): void {
    if (next === this.progress) return;
    this.progress = next;
    void this.store.save(next).catch((e: unknown) => (this.notice = { level: 'error', text: `Progress could not be saved: ${(e as Error).message}` }));
  }

  readonly lessonNumber = $derived(LESSON_IDS.indexOf(this.lesson) + 1);
  readonly lessonCount = LESSON_IDS.length;
  readonly hasNext = $derived(nextLesson(this.lesson) !== null);
  readonly hasPrevious = $derived(previousLesson(this.lesson) !== null);
  /** Ticked steps of the open lesson: saved ticks and the playground's live checks. */
  readonly ticked = $derived.by(() => {
    const saved = this.progress.done[this.lesson] ?? [];
    const live = this.playground?.done ?? [];
    return stepsOf(this.lesson).filter((id) => saved.includes(id) || live.includes(id));
  });

  // ---- navigation ---------------------------------------------------------------

  open(id: LessonId): void {
    this.lesson = id;
    this.setProgress(withLesson(this.progress, id));
    void this.ensurePlayground(id);
  }

  next(): void {
    const id = nextLesson(this.lesson);
    if (id) this.open(id);
  }

  previous(): void {
    const id = previousLesson(this.lesson);
    if (id) this.open(id);
  }

  chooseStart(choice: StartChoice): void {
    this.setProgress(withStart(this.progress, choice));
  }

  /** Records the playground's passing checks as ticks (they stay ticked). */
  tick(id: LessonId, done: readonly string[]): void {
    this.setProgress(tickSteps(this.progress, id, done));
  }

  // ---- playgrounds --------------------------------------------------------------

  private context(seed: string): LessonContext {
    return {
      seed,
      miner: this.services.miner,
      hashcash: () => this.services.hashcash(),
    };
  }

  /** Loads (once) and shows the playground of `id`. */
  async ensurePlayground(id: LessonId): Promise<void> {
    const seq = ++this.loadSeq;
    const cached = this.playgrounds.get(id);
    if (cached) {
      this.playground = cached.playground;
      this.loadError = null;
      return;
    }
    this.playground = null;
    try {
      const playground = await this.build(id, LESSON_SEED, null);
      if (!this.playgrounds.has(id)) this.playgrounds.set(id, { seed: LESSON_SEED, playground });
      if (seq === this.loadSeq && this.lesson === id) this.playground = this.playgrounds.get(id)!.playground;
    } catch (e) {
      if (seq === this.loadSeq) this.loadError = (e as Error).message;
    }
  }

  private async build(id: LessonId, seed: string, data: unknown | null): Promise<Playground> {
    return (await PLAYGROUNDS[id]()).create(this.context(seed), data);
  }

  /** Starts the open lesson again: a fresh playground and no ticks. */
  reset(): void {
    const id = this.lesson;
    this.playgrounds.get(id)?.playground.dispose();
    this.playgrounds.delete(id);
    this.setProgress(resetLesson(this.progress, id));
    this.notice = { level: 'info', text: 'The lesson starts again from the beginning.' };
    void this.ensurePlayground(id);
  }

  // ---- sharing ------------------------------------------------------------------

  /** The open lesson as it is now, or null before its playground loaded. */
  scenario(): Scenario | null {
    const loaded = this.playgrounds.get(this.lesson);
    if (!loaded) return null;
    return { lesson: this.lesson, seed: loaded.seed, step: this.ticked.length, state: loaded.playground.toData() };
  }

  /** The `#learn/...` fragment of the open lesson as it is now. */
  async shareLink(): Promise<string | null> {
    const s = this.scenario();
    return s ? (await scenarios()).scenarioLink(s) : null;
  }

  /** The open lesson as it is now, as the JSON of a file. */
  async shareFile(): Promise<string | null> {
    const s = this.scenario();
    return s ? (await scenarios()).scenarioToJson(s) : null;
  }

  /** Opens a `#learn/...` link; returns false (with a notice saying why) when it was refused. */
  async openLink(hash: string): Promise<boolean> {
    try {
      const { lesson, scenario } = (await scenarios()).parseLearnLink(hash);
      // Arriving by a lesson link answers the first-visit question.
      if (this.progress.start === null) this.chooseStart('lessons');
      if (scenario) return await this.openScenario(scenario);
      this.open(lesson);
      return true;
    } catch (e) {
      return this.refuse(e);
    }
  }

  async openFile(text: string): Promise<boolean> {
    try {
      return await this.openScenario((await scenarios()).parseScenarioJson(text, 'file'));
    } catch (e) {
      return this.refuse(e);
    }
  }

  private async openScenario(s: Scenario): Promise<boolean> {
    let playground: Playground;
    try {
      playground = await this.build(s.lesson, s.seed, s.state);
    } catch (e) {
      return this.refuse(e);
    }
    this.playgrounds.get(s.lesson)?.playground.dispose();
    this.playgrounds.set(s.lesson, { seed: s.seed, playground });
    this.open(s.lesson);
    this.notice = { level: 'info', text: 'The shared lesson is open.' };
    return true;
  }

  private refuse(e: unknown): false {
    if (!isLessonInputError(e)) throw e;
    this.notice = { level: 'error', text: e.message };
    return false;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  dispose(): void {
    for (const { playground } of this.playgrounds.values()) playground.dispose();
    this.playgrounds.clear();
  }
}
