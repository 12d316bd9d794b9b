/**
 * A first visit starts the tasks worker as soon as it knows it is a first
 * visit, without waiting for the demo file, and checks the file in that
 * worker; the app's later tasks get the same worker. Any other visit starts
 * nothing. Where no worker starts, the file is checked on this thread.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../storage/index';
import { beginFirstVisit, type FirstVisitSources } from './first-visit-start';
import type { TasksRemote } from './tasks-worker';

const verdict = (by: string, text: string): ImportResult => ({ ok: false, problem: { code: 'bad-json', path: '', message: `${by} checked ${text}` } as never });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function sources(firstVisit: boolean, worker: 'starts' | 'cannot start') {
  const calls = { workerStarts: 0, reads: 0, checkedHere: [] as string[], checkedInWorker: [] as string[], storedStarts: 0 };
  let finishRead: (text: string) => void = () => undefined;
  const remote = { validateImport: async (text: string) => (calls.checkedInWorker.push(text), verdict('worker', text)) } as unknown as TasksRemote;
  let started: Promise<TasksRemote | null> | null = null;
  const s: FirstVisitSources = {
    firstVisit: Promise.resolve(firstVisit),
    tasksWorker: () =>
      (started ??= (calls.workerStarts++, Promise.resolve(worker === 'starts' ? remote : null))),
    readDemo: () => {
      calls.reads++;
      return new Promise<string>((resolve) => (finishRead = resolve));
    },
    validateHere: async (text) => (calls.checkedHere.push(text), verdict('here', text)),
    loadStoredStart: () => void calls.storedStarts++,
  };
  return { s, calls, remote, finishRead: (text: string) => finishRead(text) };
}

describe('beginFirstVisit', () => {
  it('on a first visit starts the worker while the demo file is still downloading, and checks the file in it', async () => {
    const { s, calls, finishRead } = sources(true, 'starts');
    const start = beginFirstVisit(s);
    await settled();
    expect(calls).toMatchObject({ workerStarts: 1, reads: 1, checkedInWorker: [] });
    finishRead('demo');
    expect(await start.demoFile.read()).toBe('demo');
    expect(await start.demoFile.validateImport('demo')).toEqual(verdict('worker', 'demo'));
    expect(calls).toEqual({ workerStarts: 1, reads: 1, checkedHere: [], checkedInWorker: ['demo'], storedStarts: 0 });
  });

  it('gives the app the worker it started, not a second one', async () => {
    const { s, calls, remote } = sources(true, 'starts');
    const start = beginFirstVisit(s);
    await settled();
    expect(await start.tasksWorker()).toBe(remote);
    expect(calls.workerStarts).toBe(1);
  });

  it('on any other visit starts no worker and reads nothing, and begins loading the start from stored state', async () => {
    const { s, calls } = sources(false, 'starts');
    beginFirstVisit(s);
    await settled();
    expect(calls).toEqual({ workerStarts: 0, reads: 0, checkedHere: [], checkedInWorker: [], storedStarts: 1 });
  });

  it('checks the file on this thread when the worker cannot start', async () => {
    const { s, calls, finishRead } = sources(true, 'cannot start');
    const start = beginFirstVisit(s);
    await settled();
    finishRead('demo');
    expect(await start.demoFile.validateImport('demo')).toEqual(verdict('here', 'demo'));
    expect(calls.checkedHere).toEqual(['demo']);
  });
});
