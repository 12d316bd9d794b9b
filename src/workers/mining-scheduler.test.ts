/**
 * Several miners on one pool: hash power shared by weight, invalidation
 * restarts a participant's job, found blocks go to their participant, who is
 * then asked for the next template.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MiningPool } from './mining-pool';
import { MiningScheduler, type MiningParticipant } from './mining-scheduler';
import { headerHashBytes } from '../core/header';
import { hashToBigInt } from '../core/pow';
import type { Block } from '../core/block';
import type { BlockTemplate } from '../core/block-template';
import { hopelessTemplate, inProcessWorkers, sleep, templateOneIn, until } from './testing';

const pools: MiningPool[] = [];
function pool(chunkHashes = 256): MiningPool {
  const p = new MiningPool({ workers: 2, backendFactory: inProcessWorkers, chunkHashes });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

function participant(id: string, share: number, getTemplate: () => BlockTemplate | null, found: Block[] = []): MiningParticipant {
  return { id, share, getTemplate, onFound: (block) => found.push(block) };
}

describe('MiningScheduler', () => {
  it('shares the hash power in proportion to the shares (1 : 2 : 5)', async () => {
    const scheduler = new MiningScheduler(pool());
    scheduler.add(participant('a', 1, () => hopelessTemplate({ message: 'a' })));
    scheduler.add(participant('b', 2, () => hopelessTemplate({ message: 'b' })));
    scheduler.add(participant('c', 5, () => hopelessTemplate({ message: 'c' })));
    const total = () => scheduler.stats.reduce((s, p) => s + p.hashes, 0);
    await until(() => total() >= 256 * 200, 5000, '200 chunks');
    await scheduler.stop();
    const stats = scheduler.stats;
    const sum = total();
    for (const [id, expected] of [['a', 1 / 8], ['b', 2 / 8], ['c', 5 / 8]] as const) {
      const got = stats.find((s) => s.id === id)!.hashes / sum;
      expect(got, id).toBeGreaterThan(expected - 0.03);
      expect(got, id).toBeLessThan(expected + 0.03);
    }
  });

  it('follows a share change', async () => {
    const scheduler = new MiningScheduler(pool());
    scheduler.add(participant('a', 1, () => hopelessTemplate({ message: 'a' })));
    scheduler.add(participant('b', 1, () => hopelessTemplate({ message: 'b' })));
    await until(() => scheduler.stats.every((s) => s.hashes > 0), 3000, 'both mining');
    scheduler.setShare('b', 3);
    const before = scheduler.stats.map((s) => s.hashes);
    await until(() => scheduler.stats.reduce((s, p) => s + p.hashes, 0) - before[0]! - before[1]! >= 256 * 120, 5000, 'more chunks');
    const after = scheduler.stats.map((s, i) => s.hashes - before[i]!);
    const fractionB = after[1]! / (after[0]! + after[1]!);
    expect(fractionB).toBeGreaterThan(0.75 - 0.05);
    expect(fractionB).toBeLessThan(0.75 + 0.05);
    expect(scheduler.stats.find((s) => s.id === 'b')!.expectedFraction).toBe(0.75);
  });

  it('hands each found block to its participant and asks for the next template', async () => {
    const found: Block[] = [];
    let height = 1;
    const scheduler = new MiningScheduler(pool(4096));
    // This participant "accepts" each block it finds by moving its tip on.
    scheduler.add({
      id: 'miner',
      share: 1,
      getTemplate: () => templateOneIn(3_000, { height, prevHash: height.toString(16).padStart(64, '0') }),
      onFound: (block) => {
        found.push(block);
        height++;
      },
    });
    scheduler.add(participant('idle', 1, () => null));
    await until(() => found.length >= 3, 5000, 'three blocks');
    await scheduler.stop();
    found.slice(0, 3).forEach((block, i) => {
      expect(block.header.prevHash).toBe((i + 1).toString(16).padStart(64, '0'));
      expect(hashToBigInt(headerHashBytes(block.header))).toBeLessThanOrEqual(templateOneIn(3_000).target);
    });
    const stats = scheduler.stats.find((s) => s.id === 'miner')!;
    expect(stats.blocksFound).toBe(found.length);
    expect(scheduler.stats.find((s) => s.id === 'idle')!.mining).toBe(false);
  });

  it('invalidate(id) restarts that participant on its new template and cancels the old job', async () => {
    let tip = 'aa'.repeat(32);
    const p = pool();
    const scheduler = new MiningScheduler(p);
    scheduler.add(participant('n', 1, () => hopelessTemplate({ prevHash: tip })));
    await until(() => scheduler.stats[0]!.hashes > 0, 3000, 'mining');
    const oldJob = p.jobs[0]!;
    tip = 'bb'.repeat(32);
    const report = await scheduler.invalidate('n');
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    expect(oldJob.state).toBe('cancelled');
    expect(p.jobs).toHaveLength(1);
    expect(p.jobs[0]!.template.block.header.prevHash).toBe(tip);
    const hashes = scheduler.stats[0]!.hashes;
    await sleep(20);
    expect(scheduler.stats[0]!.hashes).toBeGreaterThan(hashes); // counting goes on across jobs
  });

  it('remove(id) stops only that participant', async () => {
    const p = pool();
    const scheduler = new MiningScheduler(p);
    scheduler.add(participant('x', 1, () => hopelessTemplate({ message: 'x' })));
    scheduler.add(participant('y', 1, () => hopelessTemplate({ message: 'y' })));
    await scheduler.remove('x');
    expect(scheduler.participants).toEqual(['y']);
    expect(p.jobs.map((j) => j.label)).toEqual(['y']);
    await expect(scheduler.remove('x')).rejects.toThrow(/no mining participant "x"/);
  });

  it('checks participants and shares', () => {
    const scheduler = new MiningScheduler(pool());
    expect(() => scheduler.add(participant('', 1, () => null))).toThrow(/id/);
    expect(() => scheduler.add(participant('z', 0, () => null))).toThrow(/share/);
    expect(() => scheduler.add(participant('z', Number.NaN, () => null))).toThrow(/share/);
    expect(() => scheduler.setShare('nobody', 1)).toThrow(/nobody/);
    expect(scheduler.participants).toEqual([]);
  });
});
