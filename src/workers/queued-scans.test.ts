/**
 * Queued chunks of cancelled jobs are skipped: the worker-side API (a scan
 * yields first, so a drop message sent after it still counts), the memory of
 * dropped ids, and the pool telling every lane which jobs ended.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DroppedJobs, SKIPPED, createQueuedMinerApi } from './queued-scans';
import { createMinerApi } from './miner-api';
import { MiningPool } from './mining-pool';
import { mineRange } from '../core/miner';
import { serializeHeader } from '../core/header';
import { hopelessTemplate, manualBackend, templateOneIn, until } from './testing';

const pools: MiningPool[] = [];
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

describe('DroppedJobs', () => {
  it('remembers dropped ids, ignores chunks without one, and forgets the oldest past 256', () => {
    const d = new DroppedJobs();
    d.add([1, 2]);
    expect([d.has(1), d.has(2), d.has(3), d.has(undefined)]).toEqual([true, true, false, false]);
    d.add(Array.from({ length: 300 }, (_, i) => 1000 + i));
    expect(d.has(1)).toBe(false);
    expect(d.has(1299)).toBe(true);
  });
});

describe('createQueuedMinerApi', () => {
  it('skips a queued chunk whose job is dropped after it was sent, and hashes the others', async () => {
    const api = createQueuedMinerApi(createMinerApi());
    const t = templateOneIn(200);
    const header = serializeHeader(t.block.header);
    const running = api.scan(header, t.target, 0, 4000, 1);
    const queued = api.scan(header, t.target, 4000, 8000, 2);
    api.dropQueued([2]);
    const r = await running;
    expect({ nonce: r.nonce, hashes: r.hashes }).toEqual(mineRange(header, t.target, 0, 4000));
    expect(await queued).toEqual(SKIPPED);
    const later = await api.scan(header, t.target, 8000, 9000, 3);
    expect(later.hashes).toBeGreaterThan(0);
  });
});

describe('the pool drops the queued chunks of the jobs it ends', () => {
  it('cancel tells every lane the ids of the cancelled jobs', async () => {
    const backend = manualBackend();
    const p = new MiningPool({ workers: 1, backendFactory: () => backend, cancelDeadlineMs: 60_000 });
    pools.push(p);
    const a = p.addJob(hopelessTemplate({ message: 'a' }));
    const b = p.addJob(hopelessTemplate({ message: 'b' }));
    await until(() => backend.pending.length === 2, 1000, 'chunks in flight');
    void p.removeJob(a);
    expect(backend.dropped).toEqual([a.id]);
    void p.cancel();
    expect(backend.dropped).toEqual([a.id, b.id]);
  });
});
