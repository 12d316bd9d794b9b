/** Lesson 6, transactions and coins: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import CoinsLesson from './CoinsLesson.svelte';
import { text } from './text';

export const view = lessonView(CoinsLesson, text);
