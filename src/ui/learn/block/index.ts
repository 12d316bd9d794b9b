/** Lesson 2, a block: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import BlockLesson from './BlockLesson.svelte';
import { text } from './text';

export const view = lessonView(BlockLesson, text);
