/**
 * The lessons below the UI (depends on core, sim and workers; no DOM, no
 * Svelte), tested in Node:
 *
 *   catalogue       the lessons in order, their step ids, the #learn/ link prefix
 *   lesson          StepCheck, doneSteps, LessonInputError and readers for shared data
 *   lesson-input-sentences   what a LessonInputError says, by key (English; the page says it in every language)
 *   progress        ticked steps per lesson, the lesson open last, the first-visit choice
 *   lesson-miner    mining a lesson's block on the page's worker pool (or inline in tests)
 *   scenario,       loaded when needed (not from here): a shared lesson as a
 *   lessons/*       #learn/... link or a file, checked on open; one playground
 *                   model per lesson with its step checks, each loaded when its
 *                   lesson opens
 */
export * from './catalogue';
export * from './lesson';
export * from './lesson-input-sentences';
export * from './progress';
export * from './lesson-miner';
