/**
 * The Learn section's door, loaded with the page: the student's progress
 * (ticked steps, saved through a ProgressStore), the lesson open, presenter
 * mode and the first-visit choice. Everything about the open lesson's
 * playground and sharing is in LessonSession, whose code loads with the
 * Learn tab (session()).
 */
// From the files, not the learn barrel: the page loads this with its first screen, the lessons' steps and sentences with the Learn tab.
import { LESSON_IDS, nextLesson, previousLesson, type LessonId } from '../../../learn/catalogue';
import { EMPTY_PROGRESS, nextUnfinished, readProgress, resetLesson, tickSteps, withLesson, withStart, type LearnProgress, type StartChoice } from '../../../learn/progress';
import type { LessonMiner } from '../../../learn/lesson-miner';
import type { HashcashSearcher } from '../../../workers/index';
import type { LessonSession } from './lesson-session.svelte';

/** Where progress is kept (IndexedDB in the app, memory in tests). */
export interface ProgressStore {
  load(): Promise<unknown>;
  save(progress: LearnProgress): Promise<void>;
}

export interface LearnServices {
  readonly miner: LessonMiner;
  /** The hashcash searcher (its code loads and its worker starts on first use). */
  readonly hashcash: () => Promise<HashcashSearcher>;
}

export class LearnState {
  progress = $state.raw<LearnProgress>(EMPTY_PROGRESS);
  lesson = $state<LessonId>('hashes');
  presenter = $state(false);
  /** The saved progress has been read (until then the first-visit question waits). */
  loaded = $state(false);
  /** Why the last save failed, or null. */
  saveError = $state<string | null>(null);
  readonly services: LearnServices;
  private readonly store: ProgressStore;
  private sessionPromise: Promise<LessonSession> | null = null;

  readonly lessonNumber = $derived(LESSON_IDS.indexOf(this.lesson) + 1);
  readonly lessonCount = LESSON_IDS.length;
  readonly hasNext = $derived(nextLesson(this.lesson) !== null);
  readonly hasPrevious = $derived(previousLesson(this.lesson) !== null);

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
    this.store.save(next).then(
      () => (this.saveError = null),
      (e: unknown) => (this.saveError = (e as Error).message),
    );
  }

  /** The open lesson's playground and sharing (its code loads on first call). */
  session(): Promise<LessonSession> {
    this.sessionPromise ??= import('./lesson-session.svelte').then((m) => new m.LessonSession(this));
    return this.sessionPromise;
  }

  // ---- navigation ---------------------------------------------------------------

  open(id: LessonId): void {
    this.lesson = id;
    this.setProgress(withLesson(this.progress, id));
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

  /** Records passing checks as ticks (they stay ticked). */
  tick(id: LessonId, done: readonly string[]): void {
    this.setProgress(tickSteps(this.progress, id, done));
  }

  /** Unticks every step of one lesson. */
  untick(id: LessonId): void {
    this.setProgress(resetLesson(this.progress, id));
  }

  /** Opens a `#learn/...` link; false (with the session's notice saying why) when refused. */
  async openLink(hash: string): Promise<boolean> {
    return (await this.session()).openLink(hash);
  }
}
