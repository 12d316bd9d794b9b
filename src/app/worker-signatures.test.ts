/**
 * A first visit checks the demo file in the tasks worker, then restores the
 * checked state on the page's thread, whose pools are accepted again with
 * their signatures. The check's answer carries its verdicts on the pools'
 * signatures (ImportResult.poolSignatures); the page adds them to its cache
 * (prebuilt-demo.ts) and its restore verifies none of them a second time.
 * Two threads are two module instances here (vi.resetModules).
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

describe("the worker's verdicts on the pools' signatures", () => {
  it("spare the page's restore of the checked demo every signature check, and only when handed over", async () => {
    const worker = await freshThread();
    const result = worker.validate.validateImport(demoFileText());
    if (!result.ok) throw new Error(`refused: ${result.problem.message}`);
    expect(result.state.nodes.some((node) => node.mempool.length > 0)).toBe(true);
    expect(result.poolSignatures.length).toBeGreaterThan(0);

    const page = await freshThread();
    page.cache.addVerifiedSignatures(result.poolSignatures);
    verifications.count = 0;
    const restored = page.nodeState.restoreNodes(result.state);
    expect(restored.problems).toEqual([]);
    expect([...restored.chains.values()].map((chain) => chain.mempool.size)).toEqual(result.state.nodes.map((node) => node.mempool.length));
    expect(verifications.count).toBe(0);

    // Without them the same restore verifies the pools' signatures itself.
    const alone = await freshThread();
    verifications.count = 0;
    expect(alone.nodeState.restoreNodes(result.state).problems).toEqual([]);
    expect(verifications.count).toBeGreaterThan(0);
  });
});
