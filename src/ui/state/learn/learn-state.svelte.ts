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
  DEFAULT_SEED, EMPTY_PROGRESS, LESSON_IDS, nextLesson, nextUnfinished, parseLearnLink, parseScenarioJson, previousLesson, readProgress,
  resetLesson, scenarioLink, scenarioToJson, stepsOf, tickSteps, withLesson, withStart, isLessonInputError,
  type LearnProgress, type LessonId, type LessonMiner, type Scenario, type StartChoice,
} from '../../../learn/index';
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
  /** Makes the hashcash searcher (its worker starts on first use). */
  readonly hashcash: () => HashcashSearcher;
}

export interface LearnNotice {
  readonly level: 'info' | 'error';
  readonly text: string;
}

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
  private readonly loaded = new Map<LessonId, Loaded>();
  private readonly services: LearnServices;
  private readonly store: ProgressStore;
  private searcher: HashcashSearcher | null = null;
  private loadSeq = 0;

  constructor(services: LearnServices, store: ProgressStore) {
    this.services = services;
    this.store = store;
  }

  /** Reads the saved progress and reopens the lesson open last. */
  async load(): Promise<void> {
    this.progress = readProgress(await this.store.load());
    this.lesson = this.progress.lesson ?? nextUnfinished(this.progress);
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
      hashcash: () => (this.searcher ??= this.services.hashcash()),
    };
  }

  /** Loads (once) and shows the playground of `id`. */
  async ensurePlayground(id: LessonId): Promise<void> {
    const seq = ++this.loadSeq;
    const cached = this.loaded.get(id);
    if (cached) {
      this.playground = cached.playground;
      this.loadError = null;
      return;
    }
    this.playground = null;
    try {
      const playground = await this.build(id, DEFAULT_SEED, null);
      if (!this.loaded.has(id)) this.loaded.set(id, { seed: DEFAULT_SEED, playground });
      if (seq === this.loadSeq && this.lesson === id) this.playground = this.loaded.get(id)!.playground;
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
    this.loaded.get(id)?.playground.dispose();
    this.loaded.delete(id);
    this.setProgress(resetLesson(this.progress, id));
    this.notice = { level: 'info', text: 'The lesson starts again from the beginning.' };
    void this.ensurePlayground(id);
  }

  // ---- sharing ------------------------------------------------------------------

  /** The open lesson as it is now, or null before its playground loaded. */
  scenario(): Scenario | null {
    const loaded = this.loaded.get(this.lesson);
    if (!loaded) return null;
    return { lesson: this.lesson, seed: loaded.seed, step: this.ticked.length, state: loaded.playground.toData() };
  }

  shareLink(): string | null {
    const s = this.scenario();
    return s ? scenarioLink(s) : null;
  }

  shareFile(): string | null {
    const s = this.scenario();
    return s ? scenarioToJson(s) : null;
  }

  /** Opens a `#learn/...` link; returns false (with a notice saying why) when it was refused. */
  async openLink(hash: string): Promise<boolean> {
    try {
      const { lesson, scenario } = parseLearnLink(hash);
      if (scenario) return await this.openScenario(scenario);
      this.open(lesson);
      return true;
    } catch (e) {
      return this.refuse(e);
    }
  }

  async openFile(text: string): Promise<boolean> {
    try {
      return await this.openScenario(parseScenarioJson(text, 'file'));
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
    this.loaded.get(s.lesson)?.playground.dispose();
    this.loaded.set(s.lesson, { seed: s.seed, playground });
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
    for (const { playground } of this.loaded.values()) playground.dispose();
    this.loaded.clear();
    this.searcher?.dispose();
  }
}
