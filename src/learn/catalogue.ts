/**
 * The lessons in order and the steps of each (ids only: the words live in the
 * UI's text modules, one per lesson). The lesson list, progress and shared
 * links need only this file, so it stays small and loads with the page; each
 * lesson's model and playground load when it is opened.
 */
export const LESSONS = [
  { id: 'hashes', steps: ['type', 'one-char', 'zeros-8', 'tries-grow'] },
  { id: 'block', steps: ['edit', 'mine', 'guess'] },
  { id: 'chain', steps: ['edit', 'remine-2', 'remine-all'] },
  { id: 'copies', steps: ['tamper', 'refused', 'remined', 'outworked'] },
  { id: 'keys', steps: ['make-key', 'sign', 'tamper', 'typo'] },
  { id: 'coins', steps: ['pay', 'confirm', 'double-spend'] },
  { id: 'merkle', steps: ['select', 'tamper', 'big-block'] },
  { id: 'difficulty', steps: ['mine-easy', 'mine-harder', 'retarget'] },
  { id: 'forks', steps: ['split', 'pay', 'mine-both', 'heal', 'returned'] },
  { id: 'attacks', steps: ['race-lost', 'race-won', 'many-races'] },
  { id: 'bitcoin', steps: ['inspect', 'one-byte', 'merkle-root', 'proof'] },
] as const satisfies readonly { id: string; steps: readonly string[] }[];

export type LessonId = (typeof LESSONS)[number]['id'];
export type StepId<L extends LessonId> = Extract<(typeof LESSONS)[number], { id: L }>['steps'][number];

export const LESSON_IDS: readonly LessonId[] = LESSONS.map((l) => l.id);

export function isLessonId(x: unknown): x is LessonId {
  return typeof x === 'string' && (LESSON_IDS as readonly string[]).includes(x);
}

/** The step ids of a lesson, in order. */
export function stepsOf(id: LessonId): readonly string[] {
  return LESSONS.find((l) => l.id === id)!.steps;
}

/** 1 for the first lesson. */
export function lessonNumber(id: LessonId): number {
  return LESSON_IDS.indexOf(id) + 1;
}

export function nextLesson(id: LessonId): LessonId | null {
  return LESSON_IDS[LESSON_IDS.indexOf(id) + 1] ?? null;
}

export function previousLesson(id: LessonId): LessonId | null {
  return LESSON_IDS[LESSON_IDS.indexOf(id) - 1] ?? null;
}

/** The seed every playground starts from unless a shared lesson names another: a class sees the same thing. */
export const LESSON_SEED = 'lesson';

/** Links to a lesson start with this fragment (scenario.ts reads the rest). */
export const LINK_PREFIX = '#learn/';

export function isLearnLink(hash: string): boolean {
  return typeof hash === 'string' && hash.startsWith(LINK_PREFIX);
}

/** The fragment that opens a lesson at its start. */
export function lessonLink(lesson: LessonId): string {
  return `${LINK_PREFIX}${lesson}`;
}
