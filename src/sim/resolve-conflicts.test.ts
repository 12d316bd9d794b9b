/**
 * resolveConflicts (the original GET /nodes/resolve) adopts the valid chain
 * with the most work and refuses a longer invalid one, in the spirit of
 * Bitcoin Core's feature_block.py (a chain that double spends, a coinbase that
 * pays its miner too much).
 */
import { describe, expect, it } from 'vitest';
import { REGTEST_PARAMS, spendableCoins, txid, type Block, type ConsensusParams } from '../core/index';
import { forgeBlock, type ForgedLink } from './forge';
import { serveCraftedChain } from './injection';
import { Network } from './network';
import { fingerprint, lineNetwork, payment, wallets } from './testing';

/** A (height 3, with w0 -> w1 confirmed at height 3), B and C unconnected at genesis. */
function setup() {
  const { net, w } = lineNetwork(['A', 'B', 'C'], { seed: 'resolve', link: false });
  net.setMiner('C', null);
  const a = net.node('A');
  net.mine('A', { minerAddress: w[0]!.address });
  net.mine('A', { minerAddress: w[0]!.address });
  // A coin from A's own block 1, which a competing branch from genesis does not have.
  const coin = spendableCoins(a.chain, w[0]!.address).find((c) => c.coin.height === 1)!;
  const spend = payment(a, w[0]!, w[1]!, 3, { only: [coin] });
  expect(net.submitTransaction('A', spend).accepted).toBe(true);
  net.mine('A');
  expect(a.chain.utxos.has(coin.key)).toBe(false);
  return { net, w, a, coin, spend };
}

/** A's active chain plus `extra` forged blocks; `first` configures the first forged block. */
function craftedChain(setupResult: ReturnType<typeof setup>, first: { txs?: Block['txs']; overpay?: number }, extra: number): Block[] {
  const { net, w, a } = setupResult;
  const chain = net.getChain('A').blocks.slice();
  let link: ForgedLink = a.tip;
  for (let i = 0; i < extra; i++) {
    const { block, link: next } = forgeBlock(net.params, link, { minerAddress: w[2]!.address, ...(i === 0 ? first : {}), message: `crafted ${i}` });
    chain.push(block);
    link = next;
  }
  return chain;
}

describe('resolveConflicts', () => {
  it('adopts a longer valid chain from a peer and reports replaced', () => {
    const s = setup();
    const { net } = s;
    for (let i = 0; i < 5; i++) net.mine('B');
    const bTip = net.node('B').tip.hash;
    net.registerPeers('A', ['B']);
    const report = net.resolveConflicts('A');
    expect(report).toMatchObject({ nodeId: 'A', replaced: true, tip: bTip, height: 5 });
    expect(report.peers).toEqual([expect.objectContaining({ peer: 'B', outcome: 'adopted', height: 5, tip: bTip })]);
    expect(report.reorg?.disconnected).toHaveLength(3);
    // w0's payment spent a coin that does not exist on B's chain: it cannot come back.
    expect(report.reorg?.conflicted).toEqual([txid(s.spend)]);
    expect(s.a.chain.verifyUtxoSet().ok).toBe(true);

    const back = net.resolveConflicts('B');
    expect(back).toMatchObject({ replaced: false, tip: bTip });
    expect(back.peers[0]).toMatchObject({ peer: 'A', outcome: 'not-better' });
  });

  it('refuses a longer chain that double spends, and changes nothing', () => {
    const s = setup();
    const { net, w, a, coin } = s;
    const doubleSpend = payment(a, w[0]!, w[2]!, 5, { only: [coin] }); // spends the coin already spent at height 3
    const chain = craftedChain(s, { txs: [doubleSpend] }, 3);
    serveCraftedChain(net, 'C', chain);
    net.registerPeers('A', 'C');
    const before = fingerprint(a);
    const report = net.resolveConflicts('A');
    expect(report.replaced).toBe(false);
    expect(report.peers).toEqual([expect.objectContaining({ peer: 'C', outcome: 'invalid', code: 'bad-txns-inputs-missingorspent', height: 6 })]);
    expect(fingerprint(a)).toEqual(before);
    expect(a.log.some((l) => l.kind === 'block-rejected' && l.code === 'bad-txns-inputs-missingorspent' && l.peer === 'C')).toBe(true);

    // The same chain offered through the protocol (headers, getdata) is refused too.
    net.runUntilIdle();
    expect(fingerprint(a)).toEqual(before);
  });

  it('refuses a longer chain whose coinbase pays its miner too much', () => {
    const s = setup();
    const { net, a } = s;
    serveCraftedChain(net, 'C', craftedChain(s, { overpay: 1 }, 2));
    net.registerPeers('A', 'C');
    const before = fingerprint(a);
    const report = net.resolveConflicts('A');
    expect(report.replaced).toBe(false);
    expect(report.peers[0]).toMatchObject({ outcome: 'invalid', code: 'bad-cb-amount' });
    expect(fingerprint(a)).toEqual(before);
  });

  it('among peers, adopts the most-work chain that is valid', () => {
    const s = setup();
    const { net, w, a, coin } = s;
    for (let i = 0; i < 5; i++) net.mine('B');
    serveCraftedChain(net, 'C', craftedChain(s, { txs: [payment(a, w[0]!, w[2]!, 5, { only: [coin] })] }, 4)); // height 7, invalid
    net.registerPeers('A', ['B', 'C']);
    const report = net.resolveConflicts('A');
    expect(report).toMatchObject({ replaced: true, tip: net.node('B').tip.hash, height: 5 });
    expect(report.peers.map((p) => [p.peer, p.outcome])).toEqual([
      ['B', 'adopted'],
      ['C', 'invalid'],
    ]);
  });

  it('does not reach a peer across a partition', () => {
    const s = setup();
    const { net } = s;
    for (let i = 0; i < 5; i++) net.mine('B');
    net.registerPeers('A', 'B');
    net.partition([['A'], ['B', 'C']]);
    const report = net.resolveConflicts('A');
    expect(report.replaced).toBe(false);
    expect(report.peers).toEqual([{ peer: 'B', outcome: 'unreachable' }]);
  });
});

describe('resolveConflicts: which chain it tries, and what it says', () => {
  const lastLog = (s: ReturnType<typeof setup>) => s.a.log[s.a.log.length - 1]!.text;

  it('tries the most work first whatever the order of the peers, and fetches nothing of a chain it no longer needs', () => {
    const s = setup();
    const { net, w, a } = s;
    for (let i = 0; i < 4; i++) net.mine('B', { minerAddress: w[1]!.address });
    for (let i = 0; i < 6; i++) net.mine('C', { minerAddress: w[2]!.address });
    net.registerPeers('A', ['B', 'C']);
    const causes: string[] = [];
    net.on('chain-delta', (e) => causes.push(`${e.nodeId}:${e.cause}`));
    const report = net.resolveConflicts('A');
    expect(report).toMatchObject({ replaced: true, tip: net.node('C').tip.hash, height: 6 });
    expect(report.peers.map((p) => [p.peer, p.outcome])).toEqual([
      ['B', 'not-better'],
      ['C', 'adopted'],
    ]);
    expect(a.chain.tree.has(net.node('B').tip.hash)).toBe(false);
    expect(new Set(causes)).toEqual(new Set(['A:resolve']));
    expect(lastLog(s)).toBe('resolve conflicts: chain replaced, now height 6');
  });

  it('tries the most work first when the heavier peer is listed first too', () => {
    const s = setup();
    const { net, w, a } = s;
    for (let i = 0; i < 6; i++) net.mine('B', { minerAddress: w[1]!.address });
    for (let i = 0; i < 4; i++) net.mine('C', { minerAddress: w[2]!.address });
    net.registerPeers('A', ['B', 'C']);
    const report = net.resolveConflicts('A');
    expect(report).toMatchObject({ replaced: true, tip: net.node('B').tip.hash, height: 6 });
    expect(report.peers.map((p) => [p.peer, p.outcome])).toEqual([
      ['B', 'adopted'],
      ['C', 'not-better'],
    ]);
    expect(a.chain.tree.has(net.node('C').tip.hash)).toBe(false);
  });

  it('of two chains of equal work, takes the first peer listed and fetches nothing of the second', () => {
    const s = setup();
    const { net, w, a } = s;
    for (let i = 0; i < 5; i++) net.mine('B', { minerAddress: w[1]!.address });
    for (let i = 0; i < 5; i++) net.mine('C', { minerAddress: w[2]!.address });
    expect(net.node('B').tip.chainWork).toBe(net.node('C').tip.chainWork);
    net.registerPeers('A', ['B', 'C']);
    const report = net.resolveConflicts('A');
    expect(report.tip).toBe(net.node('B').tip.hash);
    expect(report.peers.map((p) => [p.peer, p.outcome])).toEqual([
      ['B', 'adopted'],
      ['C', 'not-better'],
    ]);
    expect(a.chain.tree.has(net.node('C').tip.hash)).toBe(false);
  });

  it('refuses blocks that do not form a chain as bad-prevblk, without trying one of them', () => {
    const s = setup();
    const { net, w, a } = s;
    for (let i = 0; i < 6; i++) net.mine('B', { minerAddress: w[1]!.address });
    const b = net.getChain('B').blocks;
    serveCraftedChain(net, 'C', [b[0]!, b[2]!, b[3]!, b[4]!, b[5]!, b[6]!]); // block 1 left out
    net.registerPeers('A', ['C']);
    const before = fingerprint(a);
    const report = net.resolveConflicts('A');
    expect(report.peers).toEqual([{ peer: 'C', outcome: 'invalid', code: 'bad-prevblk', message: 'the blocks shown do not form a chain', height: 5, tip: net.node('B').tip.hash, work: undefined }]);
    expect(fingerprint(a)).toEqual(before);
    expect(lastLog(s)).toBe('resolve conflicts: chain kept; refused invalid chain(s) from C (bad-prevblk)');
  });

  it('names the peer and the code of a refused chain in the node log, and says when it kept its chain', () => {
    const s = setup();
    const { net, w, a, coin } = s;
    serveCraftedChain(net, 'C', craftedChain(s, { txs: [payment(a, w[0]!, w[2]!, 5, { only: [coin] })] }, 2));
    net.registerPeers('A', ['C']);
    net.resolveConflicts('A');
    expect(lastLog(s)).toBe('resolve conflicts: chain kept; refused invalid chain(s) from C (bad-txns-inputs-missingorspent)');
    expect(a.log[a.log.length - 1]).toMatchObject({ level: 'info', kind: 'resolve' });
    serveCraftedChain(net, 'C', undefined); // C shows its own chain again: genesis only
    net.resolveConflicts('A');
    expect(lastLog(s)).toBe('resolve conflicts: chain kept');
  });

  it('names every refused peer in one log line, in the order they were listed', () => {
    const s = setup();
    const { net, w, a, coin } = s;
    serveCraftedChain(net, 'B', craftedChain(s, { overpay: 1 }, 2));
    serveCraftedChain(net, 'C', craftedChain(s, { txs: [payment(a, w[0]!, w[2]!, 5, { only: [coin] })] }, 2));
    net.registerPeers('A', ['B', 'C']);
    const report = net.resolveConflicts('A');
    expect(report.peers.map((p) => [p.peer, p.outcome, p.code])).toEqual([
      ['B', 'invalid', 'bad-cb-amount'],
      ['C', 'invalid', 'bad-txns-inputs-missingorspent'],
    ]);
    expect(lastLog(s)).toBe('resolve conflicts: chain kept; refused invalid chain(s) from B (bad-cb-amount), C (bad-txns-inputs-missingorspent)');
  });
});

describe('resolveConflicts compares work, not length', () => {
  // Retarget every 4 blocks: four blocks 1 s apart make the fourth 4x harder than the easy target.
  const params: ConsensusParams = { ...REGTEST_PARAMS, retargetInterval: 4, targetSpacing: 600, powLimitBits: 0x207fffff, genesisBits: 0x207fffff };

  /** Node 'heavy' holds 4 blocks (the last retargeted), node 'long' 5 easy blocks: longer, less work. */
  function heavyAndLong() {
    const w = wallets('work', 2);
    const net = new Network({ params, seed: 'work', genesisAddress: w[0]!.address, epochSeconds: 1_700_000_000 });
    const heavy = net.addNode({ id: 'heavy', miner: null });
    const long = net.addNode({ id: 'long', miner: null });
    net.advance(3_600_000); // an hour of node clock, so no block below is too new
    const grow = (node: typeof heavy, spacing: number, count: number) => {
      let link: ForgedLink = node.tip;
      for (let i = 1; i <= count; i++) {
        const { block, link: next } = forgeBlock(params, link, { minerAddress: w[1]!.address, time: net.genesis.header.time + spacing * i, message: node.id });
        expect(node.processBlock(block, { cause: 'submit' }).status).toBe('active');
        link = next;
      }
    };
    grow(heavy, 1, 4);
    grow(long, 600, 5);
    expect(long.height).toBeGreaterThan(heavy.height);
    expect(heavy.tip.chainWork).toBeGreaterThan(long.tip.chainWork);
    net.registerPeers('heavy', 'long');
    return { net, heavy, long };
  }

  it('refuses a longer but lighter chain without fetching a block of it', () => {
    const { net, heavy } = heavyAndLong();
    const before = fingerprint(heavy);
    const report = net.resolveConflicts('heavy');
    expect(report).toMatchObject({ replaced: false, tip: before.tip });
    expect(report.peers).toEqual([expect.objectContaining({ peer: 'long', outcome: 'not-better', height: 5 })]);
    expect(fingerprint(heavy)).toEqual(before);
  });

  it('adopts a heavier but shorter chain', () => {
    const { net, heavy, long } = heavyAndLong();
    const report = net.resolveConflicts('long');
    expect(report).toMatchObject({ replaced: true, tip: heavy.tip.hash, height: 4 });
    expect(long.tip.hash).toBe(heavy.tip.hash);
    expect(long.chain.verifyUtxoSet().ok).toBe(true);
  });
});
