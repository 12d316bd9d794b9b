/**
 * Each lesson's component and words, loaded when the lesson opens (one chunk
 * per lesson), so the page's first load carries only the lesson list. Each
 * waits for its words in the current language (withAreaText).
 */
import type { LessonId } from '../../learn/index';
import type { LessonView } from './lesson-view';
import { withAreaText } from '../i18n/area-text';

export const LESSON_VIEWS: Record<LessonId, () => Promise<LessonView>> = {
  hashes: () => withAreaText(import('./hashes/index')).then((m) => m.view),
  block: () => withAreaText(import('./block/index')).then((m) => m.view),
  chain: () => withAreaText(import('./chain/index')).then((m) => m.view),
  copies: () => withAreaText(import('./copies/index')).then((m) => m.view),
  keys: () => withAreaText(import('./keys/index')).then((m) => m.view),
  coins: () => withAreaText(import('./coins/index')).then((m) => m.view),
  merkle: () => withAreaText(import('./merkle/index')).then((m) => m.view),
  difficulty: () => withAreaText(import('./difficulty/index')).then((m) => m.view),
  forks: () => withAreaText(import('./forks/index')).then((m) => m.view),
  attacks: () => withAreaText(import('./attacks/index')).then((m) => m.view),
  bitcoin: () => withAreaText(import('./bitcoin/index')).then((m) => m.view),
};
