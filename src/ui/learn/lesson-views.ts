/**
 * Each lesson's component and words, loaded when the lesson opens (one chunk
 * per lesson), so the page's first load carries only the lesson list.
 */
import type { LessonId } from '../../learn/index';
import type { LessonView } from './lesson-view';

export const LESSON_VIEWS: Record<LessonId, () => Promise<LessonView>> = {
  hashes: () => import('./hashes/index').then((m) => m.view),
  block: () => import('./block/index').then((m) => m.view),
  chain: () => import('./chain/index').then((m) => m.view),
  copies: () => import('./copies/index').then((m) => m.view),
  keys: () => import('./keys/index').then((m) => m.view),
  coins: () => import('./coins/index').then((m) => m.view),
  merkle: () => import('./merkle/index').then((m) => m.view),
  difficulty: () => import('./difficulty/index').then((m) => m.view),
  forks: () => import('./forks/index').then((m) => m.view),
  attacks: () => import('./attacks/index').then((m) => m.view),
  bitcoin: () => import('./bitcoin/index').then((m) => m.view),
};
