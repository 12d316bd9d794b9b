/**
 * The tasks worker's channel over a real MessageChannel: values and errors
 * come back to the call that asked, progress reaches the call's callback
 * before its answer, and an unknown task is refused by name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { serveTasks, taskClient, type TaskPort } from './task-channel';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

const handlers = {
  add: (a: number, b: number) => a + b,
  slow: async (ms: number, label: string) => {
    await new Promise((r) => setTimeout(r, ms));
    return label;
  },
  count: async (to: number, onProgress: (n: number) => void) => {
    for (let i = 1; i <= to; i++) onProgress(i);
    return 'counted';
  },
  fail: (): never => {
    throw new RangeError('n must be positive');
  },
};

function connected() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveTasks(port2 as unknown as TaskPort, handlers);
  return taskClient<typeof handlers & { missing: () => void }>(port1 as unknown as TaskPort, ['add', 'slow', 'count', 'fail', 'missing']);
}

describe('task channel', () => {
  it('answers each call with its own result, in whatever order they finish', async () => {
    const client = connected();
    const late = client.slow(30, 'late');
    const early = client.slow(1, 'early');
    expect(await client.add(2, 3)).toBe(5);
    expect(await Promise.all([late, early])).toEqual(['late', 'early']);
  });

  it('passes a callback as progress messages that arrive before the answer', async () => {
    const client = connected();
    const heard: number[] = [];
    const result = await client.count(3, (n) => heard.push(n));
    expect(heard).toEqual([1, 2, 3]);
    expect(result).toBe('counted');
  });

  it('rejects with the worker\'s error name and message; an unknown task is named', async () => {
    const client = connected();
    await expect(client.fail()).rejects.toMatchObject({ name: 'RangeError', message: 'n must be positive' });
    await expect(client.missing()).rejects.toThrow('the tasks worker has no task "missing"');
    expect(await client.add(1, 1)).toBe(2);
  });
});
