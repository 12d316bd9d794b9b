/** Lesson 9, forks and most work: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import ForksLesson from './ForksLesson.svelte';
import { text } from './text';

export const view = lessonView(ForksLesson, text);
