/** Lesson 5, keys and signatures: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import KeysLesson from './KeysLesson.svelte';
import { text } from './text';

export const view = lessonView(KeysLesson, text);
