/** A job hands out chunks, rolls its extra nonce after the whole space, and only accepts real wins. */
import { describe, expect, it } from 'vitest';
import { MiningJob } from './mining-job';
import { hopelessTemplate, templateOneIn } from './testing';
import { mineRange } from '../core/miner';
import { serializeHeader } from '../core/header';

describe('MiningJob', () => {
  it('covers the nonce space, then rolls the extra nonce (new coinbase, new merkle root) and starts again at 0', () => {
    const t = hopelessTemplate();
    const job = new MiningJob(t, { nonceSpace: 10, lanes: 2 });
    const first = [job.nextChunk(0, 4)!, job.nextChunk(1, 4)!, job.nextChunk(0, 4)!, job.nextChunk(1, 4)!];
    expect(first.map((c) => [c.from, c.to])).toEqual([[0, 4], [5, 9], [4, 5], [9, 10]]);
    expect(first.every((c) => c.template === t)).toBe(true);
    const rolled = job.nextChunk(0, 4)!;
    expect(job.rolls).toBe(1);
    expect(rolled.template.extraNonce).toBe(t.extraNonce + 1);
    expect(rolled.template.block.header.merkleRoot).not.toBe(t.block.header.merkleRoot);
    expect(rolled.header).toEqual(serializeHeader(rolled.template.block.header));
    expect([rolled.from, rolled.to]).toEqual([0, 4]);
  });

  it('builds the block from the chunk\'s own template, counts hashes, and ends once', () => {
    const t = templateOneIn(100);
    const job = new MiningJob(t, { now: () => 0 });
    const chunk = job.nextChunk(0, 5000)!;
    const win = mineRange(chunk.header, chunk.target, chunk.from, chunk.to);
    const mined = job.complete(chunk, win.nonce, win.hashes, 10)!;
    expect(mined.block.header).toEqual({ ...t.block.header, nonce: win.nonce });
    expect(mined.hashes).toBe(win.hashes);
    expect(job.state).toBe('found');
    expect(job.nextChunk(0, 10)).toBeNull();
    expect(job.complete(chunk, win.nonce, 1, 11)).toBeNull();
  });

  it('refuses a reported nonce whose hash misses the target (a faulty backend cannot announce a block)', () => {
    const job = new MiningJob(hopelessTemplate());
    const chunk = job.nextChunk(0, 10)!;
    expect(() => job.complete(chunk, 3, 4, 1)).toThrow(/does not meet the target/);
    expect(job.state).toBe('mining');
  });

  it('ignores results after cancel', () => {
    const job = new MiningJob(templateOneIn(2));
    const chunk = job.nextChunk(0, 100)!;
    job.cancel();
    expect(job.complete(chunk, 0, 1, 1)).toBeNull();
    expect(job.hashes).toBe(0);
    expect(job.state).toBe('cancelled');
  });

  it('checks its arguments', () => {
    expect(() => new MiningJob(undefined as never)).toThrow(TypeError);
    expect(() => new MiningJob(hopelessTemplate(), { nonceSpace: 0 })).toThrow(/nonceSpace/);
    expect(() => new MiningJob(hopelessTemplate(), { nonceSpace: 2 ** 32 + 1 })).toThrow(/nonceSpace/);
  });
});
