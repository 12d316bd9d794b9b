/**
 * What a lesson's folder gives the Learn section: its component (which draws
 * the playground from its state class) and its words. Loaded when the lesson
 * opens (lesson-views.ts).
 */
import type { Component } from 'svelte';
import type { Playground } from '../state/learn/playground';

export interface StepText {
  /** What to do, as an instruction. */
  readonly task: string;
  /** Shown on request after a while on the step. */
  readonly hint: string;
}

export interface LessonText {
  /** A few short paragraphs: the one idea of the page, in plain words. */
  readonly intro: readonly string[];
  readonly steps: Readonly<Record<string, StepText>>;
}

export interface LessonView {
  readonly component: Component<{ playground: Playground }>;
  readonly text: LessonText;
}

/** A lesson component takes its own state class; the section hands it the playground it loaded for that lesson. */
export function lessonView<P extends Playground>(component: Component<{ playground: P }>, text: LessonText): LessonView {
  return { component: component as unknown as Component<{ playground: Playground }>, text };
}
