import { describe, expect, it } from 'vitest';
import { Emitter } from '../../sim/emitter';
import type { BlockFoundEvent } from '../../sim/index';
import { watchFoundBlocks } from './found-blocks';

const found = (hash: string, source: BlockFoundEvent['source'] = 'submitted'): BlockFoundEvent => ({
  nodeId: 'node-1',
  time: 0,
  hash,
  height: 1,
  txCount: 1,
  source,
});

describe('watchFoundBlocks', () => {
  it("reports the page miners' blocks only (not the simulation's own), until unsubscribed", () => {
    const events = new Emitter<{ 'block-found': BlockFoundEvent }>();
    const seen: string[] = [];
    const off = watchFoundBlocks(events, (e) => seen.push(e.hash));
    events.emit('block-found', found('a'));
    events.emit('block-found', found('b', 'simulated'));
    events.emit('block-found', found('c', 'mine'));
    off();
    events.emit('block-found', found('after'));
    expect(seen).toEqual(['a']);
  });
  it('checks its arguments', () => {
    expect(() => watchFoundBlocks(null as never, () => {})).toThrow(TypeError);
    expect(() => watchFoundBlocks(new Emitter<{ 'block-found': BlockFoundEvent }>(), null as never)).toThrow(/onFound/);
  });
});
