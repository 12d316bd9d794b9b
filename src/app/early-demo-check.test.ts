/**
 * The first visit's demo check starts as soon as the page knows it is a first
 * visit, and is used once the lifecycle asks for it; any other visit fetches
 * and checks nothing until asked, and then as before.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../storage/index';
import { earlyDemoCheck, noDatabaseYet } from './early-demo-check';

const refused = (text: string): ImportResult => ({ ok: false, problem: { code: 'bad-json', path: '', message: `refused ${text}` } as never });

function counting(text: string | null, fail = false) {
  const calls = { reads: 0, checks: [] as string[] };
  return {
    calls,
    source: {
      read: async () => {
        calls.reads++;
        if (fail && calls.reads === 1) throw new Error('offline');
        return text;
      },
      validateImport: async (t: string) => {
        calls.checks.push(t);
        return refused(t);
      },
    },
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('earlyDemoCheck', () => {
  it('on a first visit reads and checks the file before being asked, and answers from that one check', async () => {
    const { calls, source } = counting('demo');
    const check = earlyDemoCheck(source, Promise.resolve(true));
    await settled();
    expect(calls).toEqual({ reads: 1, checks: ['demo'] });
    expect(await check.read()).toBe('demo');
    expect(await check.validateImport('demo')).toEqual(refused('demo'));
    expect(calls).toEqual({ reads: 1, checks: ['demo'] });
  });

  it('checks another text (an import) on its own', async () => {
    const { calls, source } = counting('demo');
    const check = earlyDemoCheck(source, Promise.resolve(true));
    expect(await check.validateImport('other')).toEqual(refused('other'));
    expect(calls.checks).toEqual(['demo', 'other']);
  });

  it('on any other visit reads and checks nothing until asked', async () => {
    const { calls, source } = counting('demo');
    const check = earlyDemoCheck(source, Promise.resolve(false));
    await settled();
    expect(calls).toEqual({ reads: 0, checks: [] });
    expect(await check.read()).toBe('demo');
    await check.validateImport('demo');
    expect(calls).toEqual({ reads: 1, checks: ['demo'] });
  });

  it('reads again when the early read failed, so the failure the user hears is a fresh one', async () => {
    const { calls, source } = counting('demo', true);
    const check = earlyDemoCheck(source, Promise.resolve(true));
    expect(await check.read()).toBe('demo');
    expect(calls.reads).toBe(2);
  });

  it('does what any visit does when the first-visit question itself fails', async () => {
    const { calls, source } = counting(null);
    const check = earlyDemoCheck(source, Promise.reject(new Error('no')));
    expect(await check.read()).toBeNull();
    expect(calls).toEqual({ reads: 1, checks: [] });
  });
});

describe('noDatabaseYet', () => {
  const factory = (names: string[] | Error | null) =>
    ({
      databases: names === null ? undefined : async () => {
        if (names instanceof Error) throw names;
        return names.map((name) => ({ name, version: 3 }));
      },
    }) as unknown as IDBFactory;

  it('is true only when the browser lists its databases and ours is not among them', async () => {
    expect(await noDatabaseYet('pocket', factory(['other']))).toBe(true);
    expect(await noDatabaseYet('pocket', factory(['pocket']))).toBe(false);
  });

  it('is false when the browser cannot say (no listing, a failed listing, no IndexedDB)', async () => {
    expect(await noDatabaseYet('pocket', factory(null))).toBe(false);
    expect(await noDatabaseYet('pocket', factory(new Error('denied')))).toBe(false);
    expect(await noDatabaseYet('pocket', undefined)).toBe(false);
  });
});
