/**
 * What the Learn section needs of the running app: the student's progress,
 * kept in its own storage record (a reset or an import of the network keeps
 * it, and any tab may save it), the page's mining workers for the lessons'
 * blocks (each one more job beside the network's miners), and the first
 * lesson's hashcash worker. The lessons' playgrounds are models of their own
 * (src/learn): none of them touches the live network.
 */
import { said } from './app-sentences';
import { EMPTY_PROGRESS, readProgress, type LearnProgress } from '../learn/progress';
import { poolMiner, type LessonMiner } from '../learn/lesson-miner';
import type { ChainStore, JsonObject } from '../storage/index';
import type { HashcashSearcher } from '../workers/hashcash-search';
import type { PagePool } from '../workers/page-pool';
import type { AppEvents } from './app-events';
import { PocketError } from './errors';

export class LearnService {
  readonly miner: LessonMiner;
  private searcher: Promise<HashcashSearcher> | null = null;

  constructor(
    private readonly store: ChainStore,
    pool: PagePool,
    private readonly events: AppEvents,
    /** Loaded when the first lesson first searches, so the page's first load does not carry it. */
    private readonly makeSearcher: () => Promise<HashcashSearcher> = () => import('../workers/hashcash-search').then((m) => m.createHashcashSearcher()),
  ) {
    this.miner = poolMiner(pool);
  }

  /** The saved progress; an empty one when none is saved or it cannot be read (with a notice). */
  async loadProgress(): Promise<LearnProgress> {
    try {
      return readProgress(await this.store.loadLearn());
    } catch (e) {
      this.events.notice('warn', said('progressUnreadable', { problem: (e as Error).message }));
      return EMPTY_PROGRESS;
    }
  }

  /** Saves the progress; a failure is a notice (the lessons go on). */
  async saveProgress(progress: LearnProgress): Promise<void> {
    if (progress === null || typeof progress !== 'object' || typeof progress.done !== 'object') {
      throw new PocketError('bad-argument', 'progress must be a LearnProgress object.', 'progress');
    }
    const record: JsonObject = { start: progress.start, lesson: progress.lesson, done: { ...progress.done } as JsonObject };
    try {
      await this.store.saveLearn(record);
    } catch (e) {
      this.events.notice('error', said('progressUnsaved', { problem: (e as Error).message }));
    }
  }

  /** The hashcash searcher (its code loads and its worker starts on the first search). */
  hashcash(): Promise<HashcashSearcher> {
    return (this.searcher ??= this.makeSearcher());
  }
}
