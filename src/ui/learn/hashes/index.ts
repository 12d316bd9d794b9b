/** Lesson 1, hashes: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import HashesLesson from './HashesLesson.svelte';
import { text } from './text';

export const view = lessonView(HashesLesson, text);
