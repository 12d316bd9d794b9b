/** Lesson 3, a chain: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import ChainLesson from './ChainLesson.svelte';
import { text } from './text';

export const view = lessonView(ChainLesson, text);
