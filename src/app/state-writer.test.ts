import { describe, expect, it } from 'vitest';
import type { ChainDelta } from '../core/index';
import type { ChainStore, ConfigPatch, NodeDelta, NodeState } from '../storage/index';
import { StateWriter } from './state-writer';

/** A store that records the writes it is asked for, in order. */
function recordingStore() {
  const writes: string[] = [];
  const store = {
    commitDeltas: async (items: readonly NodeDelta[], config?: ConfigPatch) =>
      void writes.push(`deltas ${items.map((i) => `${i.nodeId}:${i.delta.tip}`).join(' ')}${config ? ` + config ${Object.keys(config).join(',')}` : ''}`),
    saveConfig: async (patch: ConfigPatch) => void writes.push(`config ${Object.keys(patch).join(',')}`),
    saveNode: async (node: NodeState) => void writes.push(`node ${node.id}`),
    deleteNode: async (id: string) => void writes.push(`delete ${id}`),
  } as unknown as ChainStore;
  return { store, writes };
}

const delta = (tip: string) => ({ tip }) as unknown as ChainDelta;
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('StateWriter', () => {
  it('writes the deltas of one burst as one commit, after the task that made them', async () => {
    const { store, writes } = recordingStore();
    const writer = new StateWriter(store, (e) => {
      throw e;
    });
    writer.delta('a', delta('t1'));
    writer.delta('b', delta('t1'));
    writer.delta('a', delta('t2'));
    await Promise.resolve();
    await Promise.resolve();
    // Not in the simulation's own task: its microtasks ran and nothing was written yet.
    expect(writes).toEqual([]);
    await nextTask();
    await nextTask();
    expect(writes).toEqual(['deltas a:t1 b:t1 a:t2']);
  });

  it('writes queued deltas before a later write, and flush() sends them at once', async () => {
    const { store, writes } = recordingStore();
    const writer = new StateWriter(store, (e) => {
      throw e;
    });
    writer.setConfigSource(() => ({ settings: {} }));
    writer.delta('a', delta('t1'));
    void writer.saveNode({ id: 'c' } as NodeState);
    writer.delta('c', delta('t2'));
    void writer.deleteNode('b');
    await writer.flush();
    // The config goes in the deltas' own transaction.
    expect(writes).toEqual(['deltas a:t1 + config settings', 'node c', 'deltas c:t2 + config settings', 'delete b']);
    // Nothing is left to write in a later task.
    await nextTask();
    expect(writes).toHaveLength(4);
  });

  it('a failed write is reported and later writes still go ahead', async () => {
    const { store, writes } = recordingStore();
    const failures: unknown[] = [];
    (store as { saveNode: unknown }).saveNode = () => Promise.reject(new Error('disk full'));
    const writer = new StateWriter(store, (e) => failures.push(e));
    await writer.saveNode({ id: 'a' } as NodeState);
    writer.delta('a', delta('t1'));
    await writer.flush();
    expect(failures.map((e) => (e as Error).message)).toEqual(['disk full']);
    expect(writes).toEqual(['deltas a:t1']);
  });
});
