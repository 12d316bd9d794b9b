import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, lessonStatus, nextUnfinished, readProgress, resetLesson, tickSteps, withLesson, withStart } from './progress';
import { LESSONS } from './catalogue';

describe('progress', () => {
  it('ticks steps in lesson order, ignores unknown ids and keeps earlier ticks', () => {
    let p = tickSteps(EMPTY_PROGRESS, 'chain', ['remine-all', 'nonsense']);
    p = tickSteps(p, 'chain', ['edit']);
    expect(p.done.chain).toEqual(['edit', 'remine-all']);
    expect(lessonStatus(p, 'chain')).toEqual({ done: 2, total: 3, complete: false });
  });

  it('returns the same object when nothing new is ticked (no needless save)', () => {
    const p = tickSteps(EMPTY_PROGRESS, 'block', ['edit']);
    expect(tickSteps(p, 'block', ['edit'])).toBe(p);
    expect(tickSteps(p, 'block', [])).toBe(p);
  });

  it('resets one lesson and leaves the others', () => {
    let p = tickSteps(EMPTY_PROGRESS, 'block', ['edit', 'mine']);
    p = tickSteps(p, 'hashes', ['type']);
    p = resetLesson(p, 'block');
    expect(p.done.block).toBeUndefined();
    expect(p.done.hashes).toEqual(['type']);
  });

  it('knows the next unfinished lesson', () => {
    expect(nextUnfinished(EMPTY_PROGRESS)).toBe('hashes');
    const p = tickSteps(EMPTY_PROGRESS, 'hashes', [...LESSONS[0].steps]);
    expect(nextUnfinished(p)).toBe('block');
  });

  it('reads a stored record, dropping what it does not know', () => {
    const p = readProgress({ start: 'lessons', lesson: 'keys', done: { keys: ['sign', 7, 'bogus'], nope: ['x'] }, extra: 1 });
    expect(p).toEqual({ start: 'lessons', lesson: 'keys', done: { keys: ['sign'] } });
    expect(readProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(readProgress({ start: 'maybe', lesson: 'x', done: 'y' })).toEqual(EMPTY_PROGRESS);
  });

  it('remembers the first-visit choice and the open lesson', () => {
    const p = withLesson(withStart(EMPTY_PROGRESS, 'explore'), 'forks');
    expect(p.start).toBe('explore');
    expect(p.lesson).toBe('forks');
    expect(withStart(p, 'explore')).toBe(p);
  });
});
