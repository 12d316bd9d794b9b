/**
 * What the Learn section needs of every lesson's playground state class, and
 * what a playground gets to work with. Each lesson's state class lives in its
 * own *.svelte.ts file and is loaded when the lesson opens (playgrounds.ts).
 */
import type { HashcashSearcher } from '../../../workers/index';
import type { LessonMiner } from '../../../learn/index';

export interface Playground {
  /** Ids of the steps whose check passes now (reactive). */
  readonly done: readonly string[];
  /** The playground's state for a share link or file (JSON-safe). */
  toData(): Record<string, unknown>;
  /** Stops anything running (mining, a search). */
  dispose(): void;
}

/** The services a playground may use: the page's mining workers, the hashcash worker, the seed. */
export interface LessonContext {
  readonly seed: string;
  readonly miner: LessonMiner;
  hashcash(): Promise<HashcashSearcher>;
}

/** A lesson's state module: makes its playground, fresh (data null) or from shared data (checked; throws LessonInputError). */
export interface PlaygroundFactory {
  create(ctx: LessonContext, data: unknown | null): Playground;
}
