import { describe, expect, it } from 'vitest';
import { Emitter } from '../../sim/emitter';
import type { BlockFoundEvent } from '../../sim/index';
import { watchFoundBlocks, type FoundBlockSource } from './found-blocks';

type NetEvents = { 'block-found': BlockFoundEvent };

function fakeSystem() {
  const events = new Emitter<{ changed: { topics: readonly string[] } }>();
  const system = { network: new Emitter<NetEvents>(), events };
  return system;
}

const found = (hash: string, source: BlockFoundEvent['source'] = 'submitted'): BlockFoundEvent => ({
  nodeId: 'node-1',
  time: 0,
  hash,
  height: 1,
  txCount: 1,
  source,
});

describe('watchFoundBlocks', () => {
  it("reports the page miners' blocks only (not the simulation's own)", () => {
    const s = fakeSystem();
    const seen: string[] = [];
    watchFoundBlocks(s as unknown as FoundBlockSource, (e) => seen.push(e.hash));
    s.network.emit('block-found', found('a'));
    s.network.emit('block-found', found('b', 'simulated'));
    s.network.emit('block-found', found('c', 'mine'));
    expect(seen).toEqual(['a']);
  });
  it('follows the new network after a reset or import, and stops when unsubscribed', () => {
    const s = fakeSystem();
    const seen: string[] = [];
    const off = watchFoundBlocks(s as unknown as FoundBlockSource, (e) => seen.push(e.hash));
    const old = s.network;
    s.network = new Emitter<NetEvents>();
    s.events.emit('changed', { topics: ['state'] });
    old.emit('block-found', found('old'));
    s.network.emit('block-found', found('new'));
    off();
    s.network.emit('block-found', found('after'));
    expect(seen).toEqual(['new']);
  });
  it('checks its arguments', () => {
    expect(() => watchFoundBlocks(null as never, () => {})).toThrow(TypeError);
    expect(() =>
      watchFoundBlocks(fakeSystem() as unknown as FoundBlockSource, null as never),
    ).toThrow(/onFound/);
  });
});
