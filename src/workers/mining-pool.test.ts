/**
 * The mining pool in Node, with in-process "workers" (the real Worker is only
 * created by the default factory in a browser): finding, first-wins,
 * extra-nonce roll-over, cancellation and late results, restart, progress,
 * run-time worker count, and the main-thread fallback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { MiningPool, type PoolOptions } from './mining-pool';
import { createWorkerBackend } from './worker-backend';
import { createMinerApi } from './miner-api';
import { createQueuedMinerApi } from './queued-scans';
import { serveTasks, type TaskPort } from './task-channel';
import { checkProofOfWork, hashToBigInt } from '../core/pow';
import { headerHashBytes, serializeHeader } from '../core/header';
import { mineRange } from '../core/miner';
import type { BlockTemplate } from '../core/block-template';
import type { MinedBlock } from '../core/miner';
import type { PoolStats } from './pool-stats';
import { hopelessTemplate, inProcessWorker, inProcessWorkers, manualBackend, sleep, templateOneIn, until, type PendingScan } from './testing';

const pools: MiningPool[] = [];
function pool(o: PoolOptions = {}): MiningPool {
  const p = new MiningPool({ workers: 2, backendFactory: inProcessWorkers, ...o });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

function expectValid(mined: MinedBlock | null, template: BlockTemplate): MinedBlock {
  expect(mined).not.toBeNull();
  const { header } = mined!.block;
  expect(header.prevHash).toBe(template.block.header.prevHash);
  expect(hashToBigInt(headerHashBytes(header))).toBeLessThanOrEqual(template.target);
  expect(checkProofOfWork(headerHashBytes(header), header.bits, 0x2100ffff)).toBe(true);
  expect(mined!.block.txs).toBe(mined!.template.block.txs);
  return mined!;
}

describe('finding a block', () => {
  it('mines a valid block with two workers, and says which mode it runs in', async () => {
    const p = pool();
    const t = templateOneIn(20_000);
    const mined = expectValid(await p.mine(t), t);
    expect(mined.hashes).toBeGreaterThan(0);
    expect(p.mode).toBe('workers');
    expect(p.notice).toBeNull();
    expect(p.stats.hashes).toBeGreaterThanOrEqual(mined.hashes);
  });

  it('the first valid nonce wins: the job ends, the other lanes stop, found listeners hear it once', async () => {
    const p = pool({ workers: 3 });
    const heard: MinedBlock[] = [];
    p.onFound((m) => heard.push(m));
    const t = templateOneIn(5_000);
    const mined = await p.mine(t);
    expectValid(mined, t);
    await until(() => p.stats.perWorker.every((w) => !w.busy), 1000, 'lanes idle');
    const hashes = p.stats.hashes;
    await sleep(30);
    expect(p.stats.hashes).toBe(hashes); // nobody kept hashing
    expect(heard).toEqual([mined]);
    expect(p.stats.mining).toBe(false);
    expect(p.stats.hashRate).toBe(0);
  });

  it('finds the same first nonce as core\'s mineRange with one worker and a fixed chunk', async () => {
    const p = pool({ workers: 1, chunkHashes: 1000 });
    const t = templateOneIn(3_000);
    const expected = mineRange(serializeHeader(t.block.header), t.target, 0, 2 ** 32);
    const mined = await p.mine(t);
    expect(mined!.block.header.nonce).toBe(expected.nonce);
    expect(mined!.hashes).toBe(expected.hashes);
  });
});

describe('extra-nonce roll-over', () => {
  it('with a tiny nonce space and an impossible target the pool rolls the extra nonce and keeps going', async () => {
    const p = pool({ nonceSpace: 64, chunkHashes: 16 });
    const t = hopelessTemplate();
    const done = p.mine(t);
    await until(() => (p.jobs[0]?.rolls ?? 0) >= 5, 3000, 'five roll-overs');
    const job = p.jobs[0]!;
    expect(job.state).toBe('mining');
    expect(job.template.extraNonce).toBe(t.extraNonce + job.rolls);
    expect(job.template.block.header.merkleRoot).not.toBe(t.block.header.merkleRoot);
    expect(p.stats.jobs[0]!.rolls).toBe(job.rolls);
    expect(job.hashes).toBeGreaterThanOrEqual(64 * 5);
    await p.cancel();
    expect(await done).toBeNull();
  });

  it('with a reachable target it finds a valid block after a roll', async () => {
    const space = 16;
    const t = templateWithoutWinBelow(space, 64);
    const p = pool({ nonceSpace: space, chunkHashes: 4 });
    const mined = expectValid(await p.mine(t), t);
    expect(mined.template.extraNonce).toBeGreaterThan(t.extraNonce);
    expect(mined.block.header.merkleRoot).toBe(mined.template.block.header.merkleRoot);
    expect(mined.block.header.nonce).toBeLessThan(space);
  });
});

describe('cancellation', () => {
  it('cancel stops every lane, reports the latency, and the hash counter stops', async () => {
    const p = pool();
    const done = p.mine(hopelessTemplate());
    await until(() => p.stats.hashes > 20_000, 3000, 'hashing');
    const report = await p.cancel();
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    expect(p.stats.lastCancelLatencyMs).toBe(report.latencyMs);
    expect(await done).toBeNull();
    expect(p.stats.mining).toBe(false);
    expect(p.stats.perWorker.every((w) => !w.busy)).toBe(true);
    const hashes = p.stats.hashes;
    await sleep(30);
    expect(p.stats.hashes).toBe(hashes);
  });

  it('waits for the chunks in flight and ignores their late results, even a "found" one', async () => {
    const backend = manualBackend();
    // A controlled clock: the latency is measured on it, not on timers that may fire early.
    let clock = 1000;
    // A worker lane keeps 2 chunks in flight; the cancel deadline is out of the way here (tested below).
    const p = pool({ workers: 1, backendFactory: () => backend, now: () => clock, cancelDeadlineMs: 60_000 });
    const found: MinedBlock[] = [];
    p.onFound((m) => found.push(m));
    const done = p.mine(templateOneIn(2));
    await until(() => backend.pending.length === 2, 1000, 'two chunks in flight');
    let cancelled = false;
    const cancel = p.cancel().then((r) => {
      cancelled = true;
      return r;
    });
    expect(await done).toBeNull(); // the job is over at once
    const [a, b] = backend.pending as [PendingScan, PendingScan];
    a.finish({ nonce: a.from, hashes: 1 }); // a late "win" for the cancelled job
    await sleep(10);
    expect(cancelled).toBe(false); // the lane is still busy with the other old chunk
    expect(p.stats.perWorker[0]!.busy).toBe(true);
    clock += 25;
    b.finish({ nonce: null, hashes: b.to - b.from });
    expect((await cancel).latencyMs).toBe(25);
    expect(found).toEqual([]);
    expect(backend.pending).toHaveLength(2); // no further chunk was dispatched
    expect(p.stats.perWorker[0]!.busy).toBe(false);
  });

  it('a worker still hashing only for a cancelled job after the deadline is terminated and replaced', async () => {
    const created: ReturnType<typeof manualBackend>[] = [];
    const disposed: number[] = [];
    const factory = () => {
      const backend = manualBackend();
      const index = created.push(backend) - 1;
      return { ...backend, dispose: () => disposed.push(index) };
    };
    const p = pool({ workers: 1, backendFactory: factory, cancelDeadlineMs: 20 });
    void p.mine(hopelessTemplate());
    await until(() => created[0]?.pending.length === 2, 1000, 'two chunks in flight');
    await p.cancel(); // the chunks never come back: only the deadline can end this
    expect(disposed).toEqual([0]);
    await p.ready; // the replacement worker starts
    expect(created).toHaveLength(2);
    expect(p.stats.workers).toBe(1);
    expect(p.stats.perWorker[0]!.busy).toBe(false);
    void p.mine(hopelessTemplate({ message: 'next' }));
    await until(() => created[1]!.pending.length > 0, 1000, 'the new worker mining the next job');
  });

  it('a worker that also holds a chunk of a running job is left to finish it (its nonces are not lost)', async () => {
    const disposed: string[] = [];
    const backend = { ...manualBackend(), dispose: () => disposed.push('worker') };
    const p = pool({ workers: 1, backendFactory: () => backend, cancelDeadlineMs: 10 });
    const a = p.addJob(hopelessTemplate({ message: 'a' }));
    p.addJob(hopelessTemplate({ message: 'b' }));
    await until(() => backend.pending.length === 2, 1000, 'a chunk of each job');
    const headers = new Set(backend.pending.map((s) => s.header));
    expect(headers.size).toBe(2);
    let done = false;
    const cancel = p.removeJob(a).then(() => (done = true));
    await sleep(40);
    expect(disposed).toEqual([]);
    expect(done).toBe(false);
    for (const s of backend.pending.splice(0)) s.finish({ nonce: null, hashes: s.to - s.from });
    await cancel;
    expect(done).toBe(true);
    expect(disposed).toEqual([]);
  });

  it('with pipeline 1 a lane has one chunk in flight', async () => {
    const backend = manualBackend();
    const p = pool({ workers: 1, backendFactory: () => backend, pipeline: 1 });
    void p.mine(hopelessTemplate());
    await until(() => backend.pending.length === 1, 1000, 'first chunk');
    await sleep(10);
    expect(backend.pending).toHaveLength(1);
    const first = backend.pending[0]!;
    first.finish({ nonce: null, hashes: first.to - first.from });
    await until(() => backend.pending.length === 2, 1000, 'next chunk');
    expect(backend.pending[1]!.from).toBe(first.to);
    void p.cancel();
    backend.pending[1]!.finish({ nonce: null, hashes: 1 });
  });

  it('a new template restarts the lanes on it; the old job resolves null and its late results are ignored', async () => {
    const p = pool();
    const first = p.mine(hopelessTemplate({ prevHash: '11'.repeat(32) }));
    await until(() => p.stats.hashes > 5_000, 3000, 'hashing');
    const t2 = templateOneIn(4_000, { prevHash: '22'.repeat(32) });
    const second = p.mine(t2);
    expect(await first).toBeNull();
    expectValid(await second, t2);
    expect(p.stats.lastCancelLatencyMs).not.toBeNull();
  });

  it('a cancelled pool mines again when given a new template', async () => {
    const p = pool();
    void p.mine(hopelessTemplate());
    await p.cancel();
    const t = templateOneIn(2_000);
    expectValid(await p.mine(t), t);
  });
});

describe('progress and stats', () => {
  it('reports a few times a second, never more often than the interval (plus start/stop/find reports)', async () => {
    const p = pool({ progressIntervalMs: 50 });
    const reports: PoolStats[] = [];
    p.onProgress((s) => reports.push(s));
    void p.mine(hopelessTemplate());
    const start = Date.now();
    await sleep(400);
    const during = reports.length;
    const elapsed = Date.now() - start;
    await p.cancel();
    expect(during).toBeGreaterThanOrEqual(2);
    expect(during).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
    expect(reports.at(-1)!.mining).toBe(false); // the stop is reported
    const busy = reports.slice(0, during).at(-1)!;
    expect(busy.hashRate).toBeGreaterThan(0);
    expect(busy.perWorker).toHaveLength(2);
    expect(busy.perWorker[0]!.hashRate).toBeGreaterThan(0);
    // Expected time = expected hashes / rate (the target is 1, so about 2^256 hashes).
    const job = busy.jobs[0]!;
    expect(job.expectedHashes).toBeCloseTo(2 ** 256 / 2, -70);
    expect(busy.expectedSecondsToBlock!).toBeCloseTo(job.expectedHashes / job.hashRate, -60);
  });

  it('changes the number of workers at run time while mining', async () => {
    const p = pool({ workers: 1 });
    void p.mine(hopelessTemplate());
    await p.ready;
    expect(p.stats.workers).toBe(1);
    await p.setWorkerCount(3);
    expect(p.stats.workers).toBe(3);
    await until(() => p.stats.perWorker.every((w) => w.hashes > 0), 3000, 'all three lanes hashing');
    await p.setWorkerCount(1);
    expect(p.stats.workers).toBe(1);
    expect(p.stats.requestedWorkers).toBe(1);
    const t = templateOneIn(2_000);
    expectValid(await p.mine(t), t);
    await expect(p.setWorkerCount(0)).rejects.toThrow(RangeError);
  });
});

describe('main-thread fallback', () => {
  it('when workers cannot be created it mines on the main thread, says so, and stays correct', async () => {
    const p = pool({
      backendFactory: () => {
        throw new Error('Worker is not defined');
      },
    });
    const t = templateOneIn(3_000);
    expectValid(await p.mine(t), t);
    expect(p.mode).toBe('main-thread');
    expect(p.notice).toMatch(/main thread/);
    expect(p.notice).toMatch(/Worker is not defined/);
    expect(p.stats.workers).toBe(1);
  });

  it('falls back when the worker script errors or does not answer in time', async () => {
    const silent = () => fakeWorker(() => {});
    const broken = () => fakeWorker((w) => w.dispatchEvent(Object.assign(new Event('error'), { message: 'SyntaxError in miner.worker.js' })));
    for (const [createWorker, reason] of [
      [silent, /did not answer within 50 ms/],
      [broken, /SyntaxError in miner\.worker\.js/],
    ] as const) {
      const p = pool({ backendFactory: () => createWorkerBackend({ createWorker, startTimeoutMs: 50 }) });
      await p.ready;
      expect(p.mode).toBe('main-thread');
      expect(p.notice).toMatch(reason);
      const t = templateOneIn(1_000);
      expectValid(await p.mine(t), t);
    }
  });

  it('if every worker dies while mining, mining carries on on the main thread', async () => {
    let calls = 0;
    const dying = async () => {
      const inner = await inProcessWorker();
      return { ...inner, scan: (...args: Parameters<typeof inner.scan>) => (++calls > 3 ? Promise.reject(new Error('worker crashed')) : inner.scan(...args)) };
    };
    const p = pool({ workers: 1, backendFactory: dying, chunkHashes: 64 });
    const t = templateWithoutWinBelow(64 * 4, 5_000);
    expectValid(await p.mine(t), t);
    expect(calls).toBeGreaterThan(3);
    expect(p.mode).toBe('main-thread');
    expect(p.notice).toMatch(/worker crashed/);
  });
});

describe('the worker protocol (worker-backend.ts <-> miner.worker.ts, task-channel.ts), over a Node MessageChannel', () => {
  it('mines through the task channel exactly as in a browser worker', async () => {
    const p = pool({
      workers: 2,
      backendFactory: () => {
        const { port1, port2 } = new MessageChannel();
        serveTasks(port2 as unknown as TaskPort, { ...createQueuedMinerApi(createMinerApi()) });
        const worker = Object.assign(port1, { terminate: () => (port1.close(), port2.close()) });
        return createWorkerBackend({ createWorker: () => worker as unknown as Worker });
      },
    });
    const t = templateOneIn(10_000);
    expectValid(await p.mine(t), t);
    expect(p.mode).toBe('workers');
  });
});

describe('argument checks', () => {
  it('refuses bad options and templates, naming them', () => {
    expect(() => new MiningPool({ workers: 0, backendFactory: inProcessWorkers })).toThrow(/workers/);
    expect(() => new MiningPool({ workers: 1.5, backendFactory: inProcessWorkers })).toThrow(RangeError);
    const p = pool();
    expect(() => p.addJob(templateOneIn(10), { weight: 0 })).toThrow(/weight/);
    expect(() => p.addJob(null as unknown as BlockTemplate)).toThrow(/template/);
    expect(p.jobs).toHaveLength(0);
  });
});

/** A template (1 win in `oneIn` hashes) with no winning nonce in [0, n), found by trying coinbase messages. */
function templateWithoutWinBelow(n: number, oneIn: number): BlockTemplate {
  for (let i = 0; ; i++) {
    const t = templateOneIn(oneIn, { message: `no win below ${n}, try ${i}` });
    if (mineRange(serializeHeader(t.block.header), t.target, 0, n).nonce === null) return t;
  }
}

/** A stand-in for a Worker that never runs miner.worker.ts: `onPost` decides what happens to messages. */
function fakeWorker(onPost: (w: EventTarget) => void): Worker {
  const target = new EventTarget();
  return Object.assign(target, {
    postMessage: () => queueMicrotask(() => onPost(target)),
    terminate: () => {},
    start: () => {},
  }) as unknown as Worker;
}
