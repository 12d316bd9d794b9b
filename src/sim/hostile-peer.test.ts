/**
 * Hostile peers (in the spirit of Core's p2p_invalid_block.py, p2p_invalid_tx.py and
 * mempool_limit.py): misbehaviour scores and bans, undecodable payloads, and every
 * limit flooded past: orphan blocks, orphan transactions (count and age),
 * announcements per peer, inv size.
 */
import { describe, expect, it } from 'vitest';
import { COIN, blockToHex, buildPayment, hashOfBlock, spendableCoins, txid, type Block } from '../core/index';
import { craftInvalidBlock } from './bad-peer';
import { forgeBlock, type ForgedLink } from './forge';
import { injectBlock, injectMessage, injectTransaction } from './injection';
import { Network } from './network';
import { fingerprint, payment, wallets } from './testing';
import { DEFAULT_LIMITS, type NodeLimits } from './limits';
import { REGTEST_PARAMS } from '../core/index';

/** bad - h1 - h2 with w0 holding mature coins; `limits` for every node. */
function setup(limits: Partial<NodeLimits> = {}) {
  const w = wallets('hostile', 4);
  const net = new Network({ params: REGTEST_PARAMS, seed: 'hostile', genesisAddress: w[0]!.address, links: { latencyMs: 100, jitterMs: 0, loss: 0 }, limits });
  for (const id of ['bad', 'h1', 'h2']) net.addNode({ id, miner: null });
  net.registerPeers('bad', 'h1');
  net.registerPeers('h1', 'h2');
  for (let i = 0; i < 3; i++) net.mine('h1', { minerAddress: w[0]!.address });
  net.runUntilIdle();
  return { net, w, h1: net.node('h1'), h2: net.node('h2') };
}

const scoreOf = (net: Network, node: string, peer: string) => net.stats().nodes.find((n) => n.id === node)!.misbehavior.find((m) => m.peer === peer);

describe('misbehaviour scores', () => {
  it('an invalid block scores 100: the peer is disconnected, banned, ignored, and reconnected when the ban ends', () => {
    const { net, w, h1 } = setup({ banMs: 60_000 });
    const crafted = craftInvalidBlock(net.node('bad'), 'coinbase-overpays', { wallet: w[0] });
    injectBlock(net, 'bad', crafted.value, ['h1']);
    net.runUntilIdle();
    expect(scoreOf(net, 'h1', 'bad')).toMatchObject({ score: 100, bannedUntil: expect.any(Number), reasons: [expect.stringContaining('bad-cb-amount')] });
    expect(h1.log).toContainEqual(expect.objectContaining({ kind: 'misbehavior', peer: 'bad', text: expect.stringContaining('banned bad') }));
    expect(h1.protocol.isBanned('bad')).toBe(true);
    // While banned, even a valid block from it is ignored.
    const good = net.node('bad').findBlock({ minerAddress: w[1]!.address }).block;
    injectBlock(net, 'bad', good, ['h1']);
    net.runUntilIdle();
    expect(h1.chain.tree.has(hashOfBlock(good))).toBe(false);
    // When the ban ends, h1 reconnects and learns the bad node's (valid) chain.
    net.node('bad').processBlock(good, { cause: 'submit' });
    net.advance(60_000);
    net.runUntilIdle();
    expect(h1.protocol.isBanned('bad')).toBe(false);
    expect(h1.log).toContainEqual(expect.objectContaining({ kind: 'misbehavior', text: 'ban of bad ended' }));
    expect(h1.tip.hash).toBe(hashOfBlock(good));
  });

  it('invalid transactions add up (10 each, 5 more for being unrequested) until the ban', () => {
    const { net, w, h1 } = setup();
    const coins = spendableCoins(h1.chain, w[0]!.address);
    for (let i = 0; i < 7; i++) {
      const tx = buildPayment({ from: w[0]!, to: w[1]!.address, amount: COIN, fee: 0, coins: [coins[i % coins.length]!] }).tx;
      const overspend = { ...tx, outputs: [{ ...tx.outputs[0]!, amount: 1000 * COIN }] };
      injectTransaction(net, 'bad', overspend, ['h1']);
      net.runUntilIdle();
      if (i === 0) expect(scoreOf(net, 'h1', 'bad')?.score).toBe(15);
    }
    expect(scoreOf(net, 'h1', 'bad')!.score).toBeGreaterThanOrEqual(100);
    expect(h1.protocol.isBanned('bad')).toBe(true);
    expect(h1.protocol.isBanned('h2')).toBe(false);
  });

  it('malformed messages score 20 each and change nothing', () => {
    const { net, h1, h2 } = setup();
    const before = [fingerprint(h1), fingerprint(h2)];
    const junk = [{ type: 'inv', items: 'x' }, { type: 'headers', headers: 7 }, { type: 'getheaders', locator: ['zz'] }, { type: 'nonsense' }, { type: 'block', block: null }];
    for (const m of junk) injectMessage(net, 'bad', m as never, ['h1']);
    net.runUntilIdle();
    expect([fingerprint(h1), fingerprint(h2)]).toEqual(before);
    expect(scoreOf(net, 'h1', 'bad')!.score).toBe(100);
    expect(h1.protocol.isBanned('bad')).toBe(true);
  });

  it('a block no encoding can carry is refused with bad-encoding, the peer banned, the node unharmed', () => {
    const { net, w, h1, h2 } = setup();
    const block = net.node('bad').findBlock({ minerAddress: w[1]!.address }).block;
    const bad: Block = { ...block, txs: [{ ...block.txs[0]!, outputs: [{ ...block.txs[0]!.outputs[0]!, amount: 0.5 }] }] };
    net.on('message', () => {}); // the network view listens: describing the message must not throw either
    const before = [fingerprint(h1), fingerprint(h2)];
    injectBlock(net, 'bad', bad, ['h1']);
    net.runUntilIdle();
    expect([fingerprint(h1), fingerprint(h2)]).toEqual(before);
    expect(h1.log).toContainEqual(expect.objectContaining({ kind: 'block-rejected', code: 'bad-encoding', peer: 'bad' }));
    expect(h1.chain.rejectionOf(hashOfBlock(block))).toBeUndefined();
    expect(h1.protocol.isBanned('bad')).toBe(true);
  });

  it('honest traffic never scores: a payment and blocks relayed across the network', () => {
    const { net, w, h1 } = setup();
    net.submitTransaction('h1', payment(h1, w[0]!, w[1]!, 1));
    net.mine('h2', { minerAddress: w[2]!.address });
    net.runUntilIdle();
    for (const n of net.stats().nodes) expect(n.misbehavior).toEqual([]);
  });
});

describe('limits, each flooded past', () => {
  it(`orphan blocks per node (default ${DEFAULT_LIMITS.maxOrphanBlocks}): a flood of unconnected blocks keeps at most the limit`, () => {
    const { net, w, h1 } = setup({ maxOrphanBlocks: 4 });
    let link: ForgedLink = { ...h1.tip, hash: 'ab'.repeat(32), height: 10 }; // a parent nobody has
    const sent: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { block, link: next } = forgeBlock(net.params, link, { minerAddress: w[1]!.address, time: h1.tip.header.time + 1 + i });
      injectBlock(net, 'bad', block, ['h1']);
      sent.push(hashOfBlock(block));
      link = next;
      net.runUntilIdle();
      expect(h1.chain.tree.orphanBlocks().length).toBeLessThanOrEqual(4);
    }
    expect(h1.chain.tree.orphanBlocks().map((b) => hashOfBlock(b))).toEqual(sent.slice(-4));
  });

  it(`orphan transactions (default ${DEFAULT_LIMITS.maxOrphanTxs}, ${DEFAULT_LIMITS.orphanTxExpiryMs / 60_000} min): a child waits for its parent, then enters the pool`, () => {
    const { net, w, h1, h2 } = setup();
    const parent = payment(h1, w[0]!, w[1]!, 2);
    const child = buildPayment({ from: w[1]!, to: w[2]!.address, amount: COIN, fee: 0, coins: [{ key: `${txid(parent)}:0`, coin: { amount: 2 * COIN, address: w[1]!.address, height: 0x7fffffff, coinbase: false } }] }).tx;
    // The sending node holds the parent without having announced it (core's pool, not the node's relay).
    expect(net.node('bad').chain.acceptTransaction(parent).accepted).toBe(true);
    injectTransaction(net, 'bad', child, ['h1']);
    net.runUntilIdle();
    expect(h1.log).toContainEqual(expect.objectContaining({ kind: 'tx-orphan', hash: txid(child) }));
    // h1 asked the sender for the missing parent, got it, and let the child in after it.
    expect(h1.pending().map((e) => e.txid)).toEqual([txid(parent), txid(child)]);
    expect(h2.pending().map((e) => e.txid)).toEqual([txid(parent), txid(child)]);
    expect(h1.protocol.orphanTxCount()).toBe(0);
  });

  it('a node catching up hears of a payment before the block that funds it: the payment enters its pool when that block connects', () => {
    const w = wallets('join', 3);
    const net = new Network({ params: REGTEST_PARAMS, seed: 'join', genesisAddress: w[0]!.address, links: { latencyMs: 100, jitterMs: 0, loss: 0 } });
    for (const id of ['a', 'b']) net.addNode({ id, miner: null });
    net.registerPeers('a', 'b');
    for (let i = 0; i < 3; i++) net.mine('a', { minerAddress: w[0]!.address });
    net.runUntilIdle();
    expect(net.submitTransaction('a', payment(net.node('a'), w[0]!, w[1]!, 2)).accepted).toBe(true);
    net.mine('a', { minerAddress: w[1]!.address });
    net.runUntilIdle();
    // Spends a coin of the block just mined: a joining node gets this before that block.
    const spend = payment(net.node('a'), w[1]!, w[2]!, 1);
    expect(net.submitTransaction('a', spend).accepted).toBe(true);
    net.runUntilIdle();
    const c = net.addNode({ id: 'c', peers: ['a'], miner: null });
    net.runUntilIdle();
    expect(c.height).toBe(net.node('a').height);
    expect(c.pending().map((e) => e.txid)).toEqual([txid(spend)]);
    expect(c.protocol.orphanTxCount()).toBe(0);
  });

  it('the orphan transaction pool is bounded in count and in age', () => {
    const { net, w, h1 } = setup({ maxOrphanTxs: 3, orphanTxExpiryMs: 10_000 });
    const orphanOf = (i: number) => buildPayment({ from: w[1]!, to: w[2]!.address, amount: COIN, fee: 0, coins: [{ key: `${'c'.repeat(62)}${i.toString(16).padStart(2, '0')}:0`, coin: { amount: 2 * COIN, address: w[1]!.address, height: 1, coinbase: false } }] }).tx;
    for (let i = 0; i < 8; i++) {
      injectTransaction(net, 'bad', orphanOf(i), ['h1']);
      net.runUntilIdle();
      expect(h1.protocol.orphanTxCount()).toBeLessThanOrEqual(3);
    }
    expect(h1.protocol.orphanTxCount()).toBe(3);
    net.advance(11_000);
    injectTransaction(net, 'bad', orphanOf(20), ['h1']);
    net.runUntilIdle();
    expect(h1.protocol.orphanTxCount()).toBe(1); // the three older ones expired
  });

  it(`announcements per peer (default ${DEFAULT_LIMITS.maxTxAnnouncementsPerPeer}): a flood of invs is fetched only up to the limit`, () => {
    const { net, h1 } = setup({ maxTxAnnouncementsPerPeer: 50 });
    const getdata: number[] = [];
    net.on('message', (m) => {
      if (m.phase === 'sent' && m.from === 'h1' && m.to === 'bad' && m.type === 'getdata') getdata.push(m.bytes);
    });
    const items = Array.from({ length: 400 }, (_, i) => ({ kind: 'tx' as const, hash: i.toString(16).padStart(64, '0') }));
    for (let i = 0; i < 4; i++) injectMessage(net, 'bad', { type: 'inv', items: items.slice(i * 100, (i + 1) * 100) }, ['h1']);
    net.advance(300);
    const requested = getdata.reduce((s, bytes) => s + (bytes - 25) / 36, 0);
    expect(requested).toBe(50);
    expect(h1.protocol.isBanned('bad')).toBe(false); // announcing is not misbehaving, only too much is ignored
  });

  it(`inv size (default ${DEFAULT_LIMITS.maxInvItems} items): a bigger inv is ignored and scores 20`, () => {
    const { net } = setup({ maxInvItems: 10 });
    const items = Array.from({ length: 11 }, (_, i) => ({ kind: 'tx' as const, hash: i.toString(16).padStart(64, '0') }));
    injectMessage(net, 'bad', { type: 'inv', items }, ['h1']);
    net.runUntilIdle();
    expect(scoreOf(net, 'h1', 'bad')).toMatchObject({ score: 20, reasons: [expect.stringContaining('inv with 11 items')] });
  });

  it('a limit that is not a whole number is refused, naming it', () => {
    expect(() => setup({ maxOrphanTxs: -1 })).toThrow(/limits.maxOrphanTxs must be an integer >= 0/);
    expect(() => setup({ bogus: 1 } as never)).toThrow(/limits.bogus is not a limit/);
  });

  it('limits are saved with the network config and come back on restore', () => {
    const { net } = setup({ maxOrphanTxs: 7 });
    expect(net.config().limits).toMatchObject({ maxOrphanTxs: 7 });
    const restored = Network.restore(net.params, net.config(), new Map());
    expect(restored.limits.maxOrphanTxs).toBe(7);
    expect(blockToHex(restored.genesis)).toBe(blockToHex(net.genesis));
  });
});
