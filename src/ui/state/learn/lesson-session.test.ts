/** LessonSession in Node: lessons mined inline, progress in memory, links made and opened as the page does. */
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, inlineMiner, type LearnProgress } from '../../../learn/index';
import { scenarioLink } from '../../../learn/scenario';
import { LearnState } from './learn-state.svelte';

function learnState(): { learn: LearnState; saved: LearnProgress[] } {
  const saved: LearnProgress[] = [];
  const learn = new LearnState(
    { miner: inlineMiner(), hashcash: () => Promise.reject(new Error('no hashcash worker in this test')) },
    { load: async () => EMPTY_PROGRESS, save: async (p) => void saved.push(p) },
  );
  return { learn, saved };
}

describe('LessonSession', () => {
  it('opens a shared scenario in a fresh page: the lesson, its playground and the step reached', async () => {
    // The teacher: lesson 3 with block 2's data changed (step "edit" passes).
    const teacher = learnState().learn;
    const session = await teacher.session();
    teacher.open('chain');
    await session.show('chain');
    const chain = session.playground as unknown as { setData(index: number, text: string): void };
    chain.setData(1, 'Ben → Cleo 300');
    const shared = session.scenario();
    expect(shared).toMatchObject({ lesson: 'chain', step: 1 });

    // A student's page: the link arrives before the saved progress is read.
    const { learn } = learnState();
    const opened = await learn.openLink(scenarioLink({ ...shared!, step: 2 }));
    await learn.load();
    const student = await learn.session();
    expect(opened).toBe(true);
    expect(learn.lesson).toBe('chain');
    expect(student.playgroundOf).toBe('chain');
    expect(student.playground!.toData()).toEqual(shared!.state);
    expect(student.notice).toEqual({ level: 'info', kind: 'opened' });
    // The step reached comes with it, even where the shared state no longer passes a check.
    expect(learn.progress.done.chain).toEqual(['edit', 'remine-2']);
    expect(student.ticked).toEqual(['edit', 'remine-2']);
  });

  it('refuses a damaged link with a message and leaves the open lesson as it was', async () => {
    const { learn } = learnState();
    await learn.load();
    const session = await learn.session();
    learn.open('keys');
    await session.show('keys');
    const before = session.playground;
    const link = scenarioLink({ lesson: 'chain', seed: 'lesson', step: 0, state: {} });
    expect(await learn.openLink(link.slice(0, -5))).toBe(false);
    expect(session.notice?.level).toBe('error');
    expect(session.notice?.kind).toBe('refused');
    expect(session.notice?.reason?.message).toMatch(/damaged|not JSON/);
    expect(learn.lesson).toBe('keys');
    expect(session.playground).toBe(before);
    expect(session.playgroundOf).toBe('keys');
  });

  it('counts only the open lesson’s own checks: block and chain share the step id "edit"', async () => {
    const { learn } = learnState();
    await learn.load();
    const session = await learn.session();
    learn.open('block');
    await session.show('block');
    (session.playground as unknown as { setData(index: number, text: string): void }).setData(0, 'Alice → Bob 50');
    expect(session.ticked).toEqual(['edit']);
    // The chain lesson opens; until its playground is shown, the block's checks must not count for it.
    learn.open('chain');
    expect(session.ticked).toEqual([]);
    await session.show('chain');
    expect(session.playgroundOf).toBe('chain');
    expect(session.ticked).toEqual([]);
    // Going back finds the block lesson as it was.
    learn.open('block');
    await session.show('block');
    expect(session.ticked).toEqual(['edit']);
  });
});
