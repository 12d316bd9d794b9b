/**
 * A first visit checks the demo file in the tasks worker, then restores the
 * checked state on the page's thread, whose pools are accepted again with
 * their signatures. The worker hands over the signatures its check verified
 * (workers/tasks.worker.ts); the page's restore then verifies none of them a
 * second time. Two threads are two module instances here (vi.resetModules).
 */
import { describe, expect, it, vi } from 'vitest';
import { demoFileText } from './demo-file';

/** Signature verifications, counted over every instance of the keys module. */
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('../core/keys', async (original) => {
  const actual = await original<typeof import('../core/keys')>();
  return {
    ...actual,
    verifyHash: (...args: Parameters<typeof actual.verifyHash>) => {
      verifications.count++;
      return actual.verifyHash(...args);
    },
  };
});

/** A fresh "thread": its own signature cache and restore code. */
async function freshThread() {
  vi.resetModules();
  const cache = await import('../core/signature-cache');
  const nodeState = await import('../storage/node-state');
  const validate = await import('../storage/import-validate');
  return { cache, nodeState, validate };
}

describe("the worker's verified signatures", () => {
  it("spare the page's restore of the checked demo every signature check, and only with them handed over", async () => {
    const worker = await freshThread();
    const { value: result, verifiedSignatures } = worker.cache.recordVerifiedSignatures(() => worker.validate.validateImport(demoFileText()));
    if (!result.ok) throw new Error(`refused: ${result.problem.message}`);
    const pooled = result.state.nodes.reduce((sum, node) => sum + node.mempool.length, 0);
    expect(pooled).toBeGreaterThan(0);
    expect(verifiedSignatures.length).toBeGreaterThanOrEqual(pooled);

    const page = await freshThread();
    page.cache.trustVerifiedSignatures(verifiedSignatures);
    verifications.count = 0;
    const restored = page.nodeState.restoreNodes(result.state);
    expect(restored.problems).toEqual([]);
    expect([...restored.chains.values()].reduce((sum, chain) => sum + chain.mempool.size, 0)).toBe(pooled);
    expect(verifications.count).toBe(0);

    // Without them the same restore verifies the pools' signatures itself (each distinct one once:
    // the nodes' pools hold the same transactions, and the thread's cache answers the repeats).
    const alone = await freshThread();
    verifications.count = 0;
    expect(alone.nodeState.restoreNodes(result.state).problems).toEqual([]);
    expect(verifications.count).toBeGreaterThan(0);
  });
});
