import { describe, expect, it } from 'vitest';
import { createWallet, REGTEST_PARAMS } from '../../core/index';
import { Emitter } from '../../sim/emitter';
import type { TipChangedEvent } from '../../sim/index';
import { createDemoNetwork } from '../../sim/scenarios/demo';
import { ReorgMemory, followReorgs } from './reorg-memory';

/** The demo network (regtest difficulty) split A,B | C,D; A mines one block, C two; then heal. */
function forkAndHeal() {
  const { network } = createDemoNetwork({ params: REGTEST_PARAMS });
  network.setAutoMining(false);
  const events = new Emitter<{ tip: TipChangedEvent; changed: { topics: readonly string[] } }>();
  network.on('tip-changed', (e) => events.emit('tip', e));
  const source = { events, chainOf: (id: string) => (network.hasNode(id) ? network.node(id).chain : undefined) };
  const memory = followReorgs(source);
  // Different reward addresses: the same template on both sides would be the very same block.
  const [minerA, minerC] = [0, 1].map(
    (index) =>
      createWallet({
        label: 'm',
        seed: 'reorg-memory',
        index,
        addressVersion: REGTEST_PARAMS.addressVersion,
      }).address,
  );
  network.partition([
    ['node-1', 'node-2'],
    ['node-3', 'node-4'],
  ]);
  const lost = network.mine('node-1', { minerAddress: minerA });
  network.runUntilIdle();
  const won = [
    network.mine('node-3', { minerAddress: minerC }),
    network.mine('node-3', { minerAddress: minerC }),
  ];
  network.runUntilIdle();
  network.heal();
  network.runUntilIdle();
  return { network, memory, source, lost, won };
}

describe('ReorgMemory', () => {
  it('remembers the reorg of each losing node from live tip events, once', () => {
    const { memory, lost, won } = forkAndHeal();
    for (const id of ['node-1', 'node-2']) {
      const diff = memory.peek(id)!.diff;
      expect(diff.disconnected.map((b) => b.hash)).toEqual([lost.hash]);
      expect(diff.connected.map((b) => b.hash)).toEqual(won.map((w) => w.hash));
      expect(diff.connected.map((b) => b.height)).toEqual(won.map((w) => w.height));
    }
    expect(memory.peek('node-3')).toBeNull();
    expect(memory.take('node-1')).not.toBeNull();
    expect(memory.take('node-1')).toBeNull(); // announced once
    memory.markSeen('node-2');
    expect(memory.take('node-2')).toBeNull();
    expect(memory.peek('node-2')).not.toBeNull();
  });

  it('is cleared by a new state, not by other changes', () => {
    const { memory, source } = forkAndHeal();
    source.events.emit('changed', { topics: ['chain'] });
    expect(memory.peek('node-1')).not.toBeNull();
    source.events.emit('changed', { topics: ['state'] });
    expect(memory.peek('node-1')).toBeNull();
  });

  it('ignores tip moves without a reorg and checks its arguments', () => {
    const m = new ReorgMemory();
    m.record({ nodeId: 'n', time: 1, previousTip: 'a', tip: 'b', height: 2 });
    expect(m.peek('n')).toBeNull();
    expect(() => m.record(null as never)).toThrow(TypeError);
    expect(() => followReorgs(null as never)).toThrow(TypeError);
  });
});
