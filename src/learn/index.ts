/**
 * The lessons below the UI (depends on core, sim and workers; no DOM, no
 * Svelte), tested in Node:
 *
 *   catalogue       the lessons in order and their step ids
 *   lesson          StepCheck, doneSteps, LessonInputError and readers for shared data
 *   progress        ticked steps per lesson, the lesson open last, the first-visit choice
 *   scenario        a shared lesson as a #learn/... link or a file, checked on open
 *   lesson-miner    mining a lesson's block on the page's worker pool (or inline in tests)
 *   lessons/*       one playground model per lesson, with its step checks; the UI
 *                   imports each one when its lesson opens (not from here)
 */
export * from './catalogue';
export * from './lesson';
export * from './progress';
export * from './scenario';
export * from './lesson-miner';
