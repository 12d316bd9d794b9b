/**
 * What a lesson says about bad input or bad shared data (a LessonInputError),
 * by its key: English is the lessons' own (src/learn/lesson-input-sentences.ts),
 * the other languages are in text.<language>.ts, typed by English's keys and
 * values, so a key missing in a language fails tsc. They load with the lessons.
 */
import { LESSON_INPUT_SENTENCES } from '../../../learn/index';
import { areaText } from '../../i18n/area-text';

const english = { sentences: LESSON_INPUT_SENTENCES };

export type LessonInputText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
