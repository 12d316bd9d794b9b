/**
 * A student's progress through the lessons: which steps are ticked, the lesson
 * open last and what the first visit chose (lessons or the network). One small
 * JSON record, saved like the settings. Ticks are kept: a step once done stays
 * done even if the playground changes afterwards, until the lesson is reset.
 */
import { LESSON_IDS, isLessonId, stepsOf, type LessonId } from './catalogue';

export type StartChoice = 'lessons' | 'explore';

export interface LearnProgress {
  /** What the first visit chose; null until the question was answered. */
  readonly start: StartChoice | null;
  /** The lesson open last, reopened on the next visit. */
  readonly lesson: LessonId | null;
  /** Ticked step ids per lesson, in lesson order. */
  readonly done: Readonly<Partial<Record<LessonId, readonly string[]>>>;
}

export const EMPTY_PROGRESS: LearnProgress = Object.freeze({ start: null, lesson: null, done: Object.freeze({}) });

/** `progress` with `ids` ticked in `lesson` (unknown ids ignored); the same object when nothing changed. */
export function tickSteps(progress: LearnProgress, lesson: LessonId, ids: readonly string[]): LearnProgress {
  const had = new Set(progress.done[lesson] ?? []);
  const all = stepsOf(lesson);
  const next = all.filter((id) => had.has(id) || ids.includes(id));
  if (next.length === had.size) return progress;
  return { ...progress, done: { ...progress.done, [lesson]: next } };
}

/** Unticks every step of one lesson. */
export function resetLesson(progress: LearnProgress, lesson: LessonId): LearnProgress {
  if (!progress.done[lesson]) return progress;
  const done = { ...progress.done };
  delete done[lesson];
  return { ...progress, done };
}

export function withStart(progress: LearnProgress, start: StartChoice): LearnProgress {
  return progress.start === start ? progress : { ...progress, start };
}

export function withLesson(progress: LearnProgress, lesson: LessonId): LearnProgress {
  return progress.lesson === lesson ? progress : { ...progress, lesson };
}

export interface LessonStatus {
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
}

export function lessonStatus(progress: LearnProgress, lesson: LessonId): LessonStatus {
  const total = stepsOf(lesson).length;
  const done = progress.done[lesson]?.length ?? 0;
  return { done, total, complete: done === total };
}

/** The first lesson not yet complete (the last one when all are). */
export function nextUnfinished(progress: LearnProgress): LessonId {
  return LESSON_IDS.find((id) => !lessonStatus(progress, id).complete) ?? LESSON_IDS[LESSON_IDS.length - 1]!;
}

/** Progress read back from storage: unknown lessons and steps dropped, bad fields reset. */
export function readProgress(raw: unknown): LearnProgress {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  let progress: LearnProgress = {
    start: o.start === 'lessons' || o.start === 'explore' ? o.start : null,
    lesson: isLessonId(o.lesson) ? o.lesson : null,
    done: {},
  };
  const done = o.done && typeof o.done === 'object' ? (o.done as Record<string, unknown>) : {};
  for (const [lesson, ids] of Object.entries(done)) {
    if (isLessonId(lesson) && Array.isArray(ids)) progress = tickSteps(progress, lesson, ids.filter((x): x is string => typeof x === 'string'));
  }
  return progress;
}
