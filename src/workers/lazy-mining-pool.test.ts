/**
 * The page's lazy mining pool in Node, with in-process "workers": before its
 * code loads it answers as a starting pool and remembers what was asked; its
 * first job (or start) loads the code once; jobs made, re-weighted or
 * cancelled meanwhile are honoured by the real pool.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LazyMiningPool, type LazyPoolOptions } from './lazy-mining-pool';
import { MiningPool } from './mining-pool';
import { hopelessTemplate, inProcessWorkers, templateOneIn, until } from './testing';
import { checkProofOfWork, hashToBigInt } from '../core/pow';
import { headerHashBytes } from '../core/header';

const made: MiningPool[] = [];
afterEach(() => {
  for (const p of made.splice(0)) p.dispose();
});

/** A lazy pool whose code load is counted and held until `release()`. */
function heldPool(o: LazyPoolOptions = {}) {
  let loads = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const mine: MiningPool[] = [];
  class CountedPool extends MiningPool {
    constructor(...args: ConstructorParameters<typeof MiningPool>) {
      super(...args);
      made.push(this);
      mine.push(this);
    }
  }
  const pool = new LazyMiningPool({
    workers: 2,
    backendFactory: inProcessWorkers,
    ...o,
    load: async () => {
      loads++;
      await gate;
      return { MiningPool: CountedPool };
    },
  });
  return { pool, release, loads: () => loads, real: (): MiningPool | null => mine.at(-1) ?? null };
}

describe('before its code loads', () => {
  it('loads nothing, says it is starting, and remembers the engine and the workers asked for', async () => {
    const { pool, loads, release, real } = heldPool({ engine: 'wasm-simd' });
    await pool.setEngine('js');
    await pool.setWorkerCount(3);
    const stats = pool.stats;
    expect(loads()).toBe(0);
    expect(pool.loaded).toBe(false);
    expect(stats).toMatchObject({ mode: 'starting', engine: null, requestedEngine: 'js', requestedWorkers: 3, workers: 0, mining: false, hashes: 0 });
    // Started later, the real pool gets what was asked for meanwhile.
    const started = pool.start();
    release();
    await started;
    expect(loads()).toBe(1);
    expect(pool.stats).toMatchObject({ mode: 'workers', requestedEngine: 'js', requestedWorkers: 3, workers: 3 });
    expect(real()).not.toBeNull();
  });

  it('refuses a bad engine, worker count or weight, naming it, and changes nothing', async () => {
    const { pool, loads } = heldPool();
    await expect(pool.setWorkerCount(0)).rejects.toThrow(/workers must be a positive integer/);
    await expect(pool.setEngine('cuda' as never)).rejects.toThrow(/engine/);
    expect(() => pool.addJob(templateOneIn(10), { weight: -1 })).toThrow(/weight must be a positive number/);
    expect(pool.stats).toMatchObject({ requestedWorkers: 2, jobs: [] });
    expect(loads()).toBe(0);
  });
});

describe('the first job', () => {
  it('is made at once, loads the code once, and is mined by the real pool', async () => {
    const { pool, loads, release } = heldPool();
    const t = templateOneIn(2_000);
    const job = pool.addJob(t, { label: 'first' });
    pool.addJob(hopelessTemplate(), { label: 'second', weight: 2 });
    expect(loads()).toBe(1);
    expect(pool.stats.jobs.map((j) => [j.label, j.weight])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
    release();
    const mined = await pool.whenDone(job);
    expect(mined).not.toBeNull();
    const header = mined!.block.header;
    expect(header.prevHash).toBe(t.block.header.prevHash);
    expect(hashToBigInt(headerHashBytes(header))).toBeLessThanOrEqual(t.target);
    expect(checkProofOfWork(headerHashBytes(header), header.bits, 0x2100ffff)).toBe(true);
    expect(loads()).toBe(1);
    expect(pool.loaded).toBe(true);
    await pool.cancel();
  });

  it('cancelled before the code arrives ends with null at once and is never mined; a re-weighted one keeps its weight', async () => {
    const { pool, release, real } = heldPool();
    const dropped = pool.addJob(templateOneIn(2));
    const kept = pool.addJob(hopelessTemplate(), { label: 'kept' });
    pool.setWeight(kept, 5);
    expect(await pool.removeJob(dropped)).toEqual({ latencyMs: 0 });
    expect(await pool.whenDone(dropped)).toBeNull();
    expect(dropped.state).toBe('cancelled');
    release();
    await pool.start();
    expect(real()!.jobs).toEqual([kept]);
    expect(pool.stats.jobs.map((j) => [j.label, j.weight])).toEqual([['kept', 5]]);
    const done = pool.whenDone(kept);
    await pool.cancel();
    expect(await done).toBeNull();
  });

  it('forwards progress reports, registered before the code loads, from the real pool', async () => {
    const { pool, release } = heldPool();
    const heard: number[] = [];
    const stop = pool.onProgress((s) => heard.push(s.hashes));
    release();
    const job = pool.addJob(templateOneIn(1_000));
    await pool.whenDone(job);
    expect(heard.length).toBeGreaterThan(0);
    stop();
    const before = heard.length;
    await pool.whenDone(pool.addJob(templateOneIn(1_000)));
    expect(heard.length).toBe(before);
  });

  it('tells progress listeners once the real pool\'s lanes are up (they saw a starting pool until then)', async () => {
    const { pool, release } = heldPool();
    const modes: string[] = [];
    pool.onProgress((s) => modes.push(`${s.mode} ${s.workers}`));
    expect(pool.stats.mode).toBe('starting');
    release();
    await pool.start();
    await until(() => modes.includes('workers 2'), 3000, 'a report of the running lanes');
  });
});
