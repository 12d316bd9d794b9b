/**
 * VerificationService in Node, over a stored chain and the store's own full
 * verification: the phase goes waiting → running (with progress) → verified
 * or damaged, damage is handed on as load reports it, a failure is told, a
 * report about a state replaced meanwhile is dropped, "verify everything
 * now" runs it again, and a verdict stays when progress arrives after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestChain } from '../core/testing';
import { chainWithPayments, storeChain } from './stored-chain.fixture';
import { STORES, type ChainStore, type StorageProblem, type VerifyProgress, type VerifyReport } from '../storage/index';
import { AppEvents } from './app-events';
import { VerificationService, type VerificationPhase, type Verifier } from './verification-service';

let t: TestChain;
beforeAll(() => {
  t = chainWithPayments();
});

function storedChain(): Promise<ChainStore> {
  return storeChain(t, ['a', 'b']);
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

  it('a demo file checked before saving is verified with the check\'s verdict only, said as the demo file\'s', async () => {
    const { v, changes } = service(() => Promise.reject(new Error('not asked')));
    v.loaded(null);
    v.checkedBeforeSaving({ ok: false, blocks: 40, nodes: 4 });
    v.checkedBeforeSaving({ ok: true, blocks: -1, nodes: 4 });
    v.checkedBeforeSaving({ ok: true, blocks: 40, nodes: 0 });
    expect(v.phase).toEqual({ phase: 'waiting' });
    v.checkedBeforeSaving({ ok: true, blocks: 40, nodes: 4 });
    expect(v.phase).toMatchObject({ phase: 'verified', blocks: 40, nodes: 4, of: 'demo-file' });
    expect(changes()).toBe(2);
    // Another state loaded: the verdict was about the demo, not about it.
    v.loaded({ nodes: 2, blocks: 12, depth: 6 });
    expect(v.phase).toEqual({ phase: 'waiting' });
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
    expect(end).toMatchObject({ phase: 'verified', blocks, nodes: 2, of: 'stored' });
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

// The worker reports progress through a callback on its own message channel and the result as
// the call's reply: the last progress can arrive after the result. The crash test saw a reopened
// page stay at "replaying every block… 100%" for good before this was handled.
describe('a progress that arrives after the verdict changes nothing', () => {
  /** A verifier that answers `outcome` at once and keeps a progress report to deliver later. */
  function answering(outcome: () => Promise<VerifyReport>): { verifier: Verifier; late: () => void } {
    let send: (() => void) | undefined;
    return { verifier: (onProgress) => ((send = () => onProgress({ blocks: 10, total: 10 })), outcome()), late: () => send!() };
  }

  it('keeps "verified"', async () => {
    const a = answering(() => Promise.resolve({ nodes: 2, blocks: 10, problems: [] }));
    const s = service(a.verifier);
    await s.v.verifyNow();
    a.late();
    expect(s.v.phase).toMatchObject({ phase: 'verified', blocks: 10, nodes: 2 });
  });

  it('keeps "damaged", with the damage handed on once', async () => {
    const problem: StorageProblem = { code: 'undo-mismatch', nodeId: 'a', store: 'undo', key: 'ab', message: 'the stored undo data differs' };
    const a = answering(() => Promise.resolve({ nodes: 1, blocks: 10, problems: [problem] }));
    const s = service(a.verifier);
    await s.v.verifyNow();
    a.late();
    expect(s.v.phase).toMatchObject({ phase: 'damaged', problems: 1 });
    expect(s.damage).toEqual([[problem]]);
  });

  it('keeps "could not run"', async () => {
    const a = answering(() => Promise.reject(new Error('the database is closed')));
    const s = service(a.verifier);
    await s.v.verifyNow();
    a.late();
    expect(s.v.phase).toEqual({ phase: 'failed', message: 'the database is closed' });
  });
});
