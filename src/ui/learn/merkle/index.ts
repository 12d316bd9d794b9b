/** Lesson 7, Merkle trees: its component and words (loaded when the lesson opens). */
import { lessonView } from '../lesson-view';
import MerkleLesson from './MerkleLesson.svelte';
import { text } from './text';

export const view = lessonView(MerkleLesson, text);
