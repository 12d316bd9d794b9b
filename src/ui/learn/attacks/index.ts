/** Lesson 10, attacks: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import AttacksLesson from './AttacksLesson.svelte';
import { text } from './text';

export const view = lessonView(AttacksLesson, text);
