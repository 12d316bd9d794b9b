/** Lesson 8, mining and difficulty: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import DifficultyLesson from './DifficultyLesson.svelte';
import { text } from './text';

export const view = lessonView(DifficultyLesson, text);
