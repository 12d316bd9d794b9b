/** The network: links (latency, jitter, loss), nodes joining and leaving, events, argument checks. */
import { describe, expect, it } from 'vitest';
import { txid } from '../core/index';
import { lineNetwork, payment, fingerprint } from './testing';
import type { MessageEvent, SimEventMap } from './events';

describe('links', () => {
  it('a transaction travels inv -> getdata -> tx, one latency per message', () => {
    const { net, w } = lineNetwork(['A', 'B'], { links: { latencyMs: 100, jitterMs: 0, loss: 0 } });
    const delivered: MessageEvent[] = [];
    net.on('message', (m) => m.phase === 'delivered' && delivered.push(m));
    const t0 = net.now();
    const tx = payment(net.node('A'), w[0]!, w[1]!, 1);
    net.submitTransaction('A', tx);
    net.advance(299);
    expect(net.node('B').chain.mempool.has(txid(tx))).toBe(false);
    net.advance(1);
    expect(net.node('B').chain.mempool.has(txid(tx))).toBe(true);
    expect(delivered.map((m) => [m.type, m.from, m.time - t0])).toEqual([
      ['inv', 'A', 100],
      ['getdata', 'B', 200],
      ['tx', 'A', 300],
    ]);
  });

  it('jitter adds up to its value and never reorders a link', () => {
    const { net } = lineNetwork(['A', 'B'], { links: { latencyMs: 50, jitterMs: 400, loss: 0 } });
    const sent: MessageEvent[] = [];
    net.on('message', (m) => m.phase === 'sent' && sent.push(m));
    for (let i = 0; i < 40; i++) {
      net.mine('A');
      net.advance(7);
    }
    net.runUntilIdle();
    const fromA = sent.filter((m) => m.from === 'A');
    expect(fromA.length).toBeGreaterThanOrEqual(40);
    for (const m of fromA) expect(m.deliverAt! - m.sentAt).toBeGreaterThanOrEqual(50);
    // Without FIFO the spread of 400 ms would reorder some of these; with it, arrival order = send order.
    const arrivals = fromA.map((m) => m.deliverAt!);
    expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
    expect(fromA.some((m) => m.deliverAt! - m.sentAt > 200)).toBe(true);
    expect(net.node('B').tip.hash).toBe(net.node('A').tip.hash);
  });

  it('loss drops messages at the configured rate, deterministically', () => {
    const run = () => {
      const { net } = lineNetwork(['A', 'B'], { seed: 'lossy', links: { latencyMs: 10, jitterMs: 0, loss: 0 } });
      net.setLink('A', 'B', { loss: 0.3 });
      for (let i = 0; i < 150; i++) net.mine('A');
      net.runUntilIdle();
      return net.stats().network.messages;
    };
    const m = run();
    const lossRate = m.droppedBy.loss / m.sent;
    expect(lossRate).toBeGreaterThan(0.24);
    expect(lossRate).toBeLessThan(0.36);
    expect(run()).toEqual(m);
  });

  it('a link losing everything cuts the peer off; lowering the loss lets it catch up', () => {
    const { net } = lineNetwork(['A', 'B']);
    net.setLink('A', 'B', { loss: 1 });
    net.mine('A');
    net.mine('A');
    net.runUntilIdle();
    expect(net.node('B').height).toBe(0);
    expect(net.resetLink('A', 'B')).toEqual(net.links.defaultSettings);
    net.mine('A'); // B gets an orphan, asks for headers, fills the gap
    net.runUntilIdle();
    expect(net.node('B').tip.hash).toBe(net.node('A').tip.hash);
    expect(net.node('B').log.some((l) => l.kind === 'block-orphan')).toBe(true);
  });
});

describe('nodes joining and leaving', () => {
  it('a new node joins by initial block download and validates everything', () => {
    const { net, w } = lineNetwork(['A', 'B'], { seed: 'ibd' });
    for (let i = 0; i < 25; i++) {
      if (i % 5 === 0) net.submitTransaction('A', payment(net.node('A'), w[0]!, w[1 + (i % 3)]!, 1, { fee: 500 }));
      net.mine(i % 2 ? 'A' : 'B');
      net.runUntilIdle();
    }
    const types: string[] = [];
    net.on('message', (m) => m.phase === 'sent' && m.from === 'N' && types.push(m.type));
    const n = net.addNode({ id: 'N', peers: ['A', 'B'] });
    expect(n.protocol.inIbd).toBe(true);
    net.runUntilIdle();
    expect(n.tip.hash).toBe(net.node('A').tip.hash);
    expect(fingerprint(n).utxos).toBe(fingerprint(net.node('A')).utxos);
    expect(n.chain.verifyUtxoSet().ok).toBe(true);
    expect(n.counters.blocksAccepted).toBe(25);
    expect(types).toEqual(expect.arrayContaining(['getheaders', 'getdata']));
    expect(n.protocol.inIbd).toBe(false);
    const ibd = n.log.filter((l) => l.kind === 'ibd').map((l) => l.text);
    expect(ibd[0]).toMatch(/headers from .* up to #25/);
    expect(ibd.at(-1)).toMatch(/complete: height 25, 25 blocks/);
  });

  it('downloads more than one page of headers (2000 per reply)', () => {
    const { net } = lineNetwork(['A'], { seed: 'long' });
    for (let i = 0; i < 2050; i++) net.mine('A');
    let getheaders = 0;
    net.on('message', (m) => m.phase === 'sent' && m.from === 'N' && m.type === 'getheaders' && getheaders++);
    const n = net.addNode({ id: 'N', peers: ['A'] });
    net.runUntilIdle();
    expect(n.height).toBe(2050);
    expect(n.tip.hash).toBe(net.node('A').tip.hash);
    expect(getheaders).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('a removed node stops receiving, stops mining and leaves its peers', () => {
    const { net } = lineNetwork(['A', 'B', 'C'], { seed: 'remove' });
    const dropped: MessageEvent[] = [];
    net.on('message', (m) => m.phase === 'dropped' && dropped.push(m));
    net.mine('A'); // a block in flight to B
    net.removeNode('B');
    net.runUntilIdle();
    expect(dropped.some((m) => m.to === 'B' && m.reason === 'node-removed')).toBe(true);
    expect(net.node('A').peers.has('B')).toBe(false);
    expect(net.node('C').peers.has('B')).toBe(false);
    expect(net.hasNode('B')).toBe(false);
    const finders = new Set<string>();
    net.on('block-found', (e) => finders.add(e.nodeId));
    net.setAutoMining(true);
    net.fastForward({ blocks: 30 });
    expect([...finders].sort()).toEqual(['A', 'C']);
    expect(net.stats().nodes.map((n) => n.id)).toEqual(['A', 'C']);
  });

  it('registerPeers links both ways and refuses bad ids without changing anything', () => {
    const { net } = lineNetwork(['A', 'B', 'C'], { link: false });
    expect(net.registerPeers('A', ['B', 'C'])).toEqual({ nodeId: 'A', peers: ['B', 'C'], added: ['B', 'C'] });
    expect(net.registerPeers('A', 'B').added).toEqual([]);
    expect(net.node('C').peerList()).toEqual(['A']);
    expect(() => net.registerPeers('A', ['Z'])).toThrow(/unknown peer "Z"/);
    expect(() => net.registerPeers('A', 'A')).toThrow(/own peer/);
    expect(() => net.registerPeers('Q', 'A')).toThrow(/unknown node "Q"/);
    expect(() => net.addNode({ id: 'A' })).toThrow(/already exists/);
    expect(() => net.addNode({ id: 'bad id' })).toThrow(TypeError);
    expect(() => net.addNode({ id: 'M', miner: { address: 'nonsense', hashShare: 1 } })).toThrow();
    expect(() => net.setLink('A', 'B', { loss: 2 })).toThrow(/loss/);
    expect(net.nodeIds()).toEqual(['A', 'B', 'C']);
  });
});

describe('events for the other layers', () => {
  it('reports each chain delta, tip change, template change and found block', () => {
    const { net } = lineNetwork(['A', 'B']);
    const seen: { [K in keyof SimEventMap]?: SimEventMap[K][] } = {};
    for (const type of ['chain-delta', 'tip-changed', 'template-changed', 'block-found'] as const) {
      seen[type] = [];
      net.on(type, (e) => (seen[type] as unknown[]).push(e));
    }
    const mined = net.mine('A');
    net.runUntilIdle();
    expect(seen['block-found']).toEqual([expect.objectContaining({ nodeId: 'A', hash: mined.hash, height: 1, source: 'mine' })]);
    expect(seen['chain-delta']!.map((e) => [e.nodeId, e.cause, e.delta.tip])).toEqual([
      ['A', 'mine', mined.hash],
      ['B', 'block', mined.hash],
    ]);
    expect(seen['tip-changed']!.map((e) => [e.nodeId, e.height])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
    expect(seen['template-changed']!.map((e) => [e.nodeId, e.reason])).toEqual([
      ['A', 'tip'],
      ['B', 'tip'],
    ]);
  });

  it('submitBlock takes a block found outside (the worker pool) and gossips it', () => {
    const { net } = lineNetwork(['A', 'B']);
    const template = net.node('A').blockTemplate();
    expect(template.height).toBe(1);
    const block = net.node('A').findBlock().block; // stands in for a worker's result
    const r = net.submitBlock('A', block);
    expect(r.status).toBe('active');
    net.runUntilIdle();
    expect(net.node('B').tip.hash).toBe(r.hash);
    expect(net.submitBlock('A', block).status).toBe('duplicate');
    expect(net.foundBlocks()).toEqual([r.hash]);
  });
});
