/** Lesson 11, real Bitcoin: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import BitcoinLesson from './BitcoinLesson.svelte';
import { text } from './text';

export const view = lessonView(BitcoinLesson, text);
