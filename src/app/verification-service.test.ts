/**
 * VerificationService in Node, over a stored chain and the store's own full
 * verification: the phase goes waiting → running (with progress) → verified
 * or damaged, damage is handed on as load reports it, a failure is told, a
 * report about a state replaced meanwhile is dropped, and "verify everything
 * now" runs it again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COIN } from '../core/index';
import { TestChain } from '../core/testing';
import { STORES, createMemoryStore, nodeStateFromChain, type ChainStore, type StorageProblem, type VerifyProgress, type VerifyReport } from '../storage/index';
import { AppEvents } from './app-events';
import { VerificationService, type VerificationPhase, type Verifier } from './verification-service';

let t: TestChain;
beforeAll(() => {
  t = new TestChain();
  for (let i = 0; i < 4; i++) t.mine({ miner: t.wallets[i]!.address });
  for (let round = 0; round < 8; round++) {
    t.send(round % 4, (round + 1) % 4, COIN / 4, 500);
    t.minePool(t.wallets[round % 4]!.address);
  }
});

async function storedChain(): Promise<ChainStore> {
  const store = createMemoryStore();
  await store.saveConfig({ params: t.params });
  await store.saveNode(nodeStateFromChain('a', t.chain));
  await store.saveNode(nodeStateFromChain('b', t.chain));
  return store;
}

function service(verifier: Verifier) {
  const events = new AppEvents();
  const damage: (readonly StorageProblem[])[] = [];
  let storageChanges = 0;
  events.on('changed', (c) => (storageChanges += c.topics.includes('storage') ? 1 : 0));
  const v = new VerificationService(verifier, events, (problems) => damage.push(problems));
  return { v, damage, changes: () => storageChanges };
}

/** The store's verification, one block per batch, recording what the service showed at each step. */
function stepping(store: ChainStore, phases: VerificationPhase[], v: () => VerificationService): Verifier {
  return (onProgress) =>
    store.verify({
      batch: 1,
      onProgress: (p) => {
        onProgress(p);
        phases.push(v().phase);
      },
    });
}

describe('VerificationService', () => {
  it('waits until asked; a load records what the start checked', () => {
    const { v, changes } = service(() => Promise.reject(new Error('not asked')));
    expect(v.phase).toEqual({ phase: 'waiting' });
    expect(v.startCheck).toBeNull();
    v.loaded({ nodes: 2, blocks: 12, depth: 6 });
    expect(v.startCheck).toEqual({ nodes: 2, blocks: 12, depth: 6 });
    expect(v.phase).toEqual({ phase: 'waiting' });
    expect(changes()).toBe(1);
  });

  it('runs the full verification with progress, then says verified with what it replayed', async () => {
    const store = await storedChain();
    const phases: VerificationPhase[] = [];
    const s = service(stepping(store, phases, () => s.v));
    s.v.loaded({ nodes: 2, blocks: 12, depth: 6 });
    const running = s.v.verifyNow();
    expect(s.v.phase).toEqual({ phase: 'running', blocks: 0, total: 0 });
    const end = await running;

    const blocks = t.chain.height + 1;
    expect(phases.length).toBeGreaterThan(3);
    expect(phases.every((p) => p.phase === 'running')).toBe(true);
    const counts = phases.map((p) => (p.phase === 'running' ? p.blocks : -1));
    expect(counts).toEqual([...counts].sort((a, b) => a - b)); // progress only goes forward
    expect(phases.at(-1)).toEqual({ phase: 'running', blocks, total: blocks });
    expect(end).toMatchObject({ phase: 'verified', blocks, nodes: 2 });
    expect(s.v.phase).toBe(end);
    expect(s.damage).toEqual([]);
  });

  it('damage the start did not read is found, handed on as load reports it, and never called verified', async () => {
    const store = await storedChain();
    const s = service((onProgress) => store.verify({ onProgress }));
    expect((await s.v.verifyNow()).phase).toBe('verified');

    // A payment's undo record in an old block, overwritten as a disk or a buggy version would.
    const spender = t.chain.activeEntries().find((e) => t.chain.getUndo(e.hash)!.spent.length > 0)!;
    type RawWrite = { write(fn: (w: { put(store: string, value: unknown, key: string): void }) => Promise<void>): Promise<void> };
    await (store as unknown as { db: RawWrite }).db.write(async (w) => w.put(STORES.undo, Uint8Array.of(1, 0), spender.hash));

    // "Verify everything now" runs again and finds it.
    const end = await s.v.verifyNow();
    expect(end).toMatchObject({ phase: 'damaged', problems: 2 });
    expect(s.damage).toHaveLength(1);
    expect(s.damage[0]!.map((p) => [p.code, p.nodeId, p.key])).toEqual([
      ['undo-mismatch', 'a', spender.hash],
      ['undo-mismatch', 'b', spender.hash],
    ]);
  });

  it('a verification that cannot run says why', async () => {
    const s = service(() => Promise.reject(new Error('the worker could not start')));
    expect(await s.v.verifyNow()).toEqual({ phase: 'failed', message: 'the worker could not start' });
    expect(s.damage).toEqual([]);
  });

  it('a report about a state replaced meanwhile is dropped: no damage handed on, the new state waits', async () => {
    let finish!: (r: VerifyReport) => void;
    let progress!: (p: VerifyProgress) => void;
    const s = service((onProgress) => {
      progress = onProgress;
      return new Promise<VerifyReport>((resolve) => (finish = resolve));
    });
    const running = s.v.verifyNow();
    progress({ blocks: 3, total: 10 });
    expect(s.v.phase).toEqual({ phase: 'running', blocks: 3, total: 10 });

    s.v.loaded(null); // an import or a reset replaced the state
    progress({ blocks: 7, total: 10 });
    finish({ nodes: 1, blocks: 10, problems: [{ code: 'block-missing', message: 'gone', nodeId: 'a', store: 'blocks', key: 'x' }] });
    await running;
    expect(s.v.phase).toEqual({ phase: 'waiting' });
    expect(s.damage).toEqual([]);
  });
});
