/** Lesson 4, many copies: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import CopiesLesson from './CopiesLesson.svelte';
import { text } from './text';

export const view = lessonView(CopiesLesson, text);
