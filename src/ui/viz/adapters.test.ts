import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  blockHash,
  REGTEST_PARAMS,
  createBlockTemplate,
  createGenesisBlock,
  createWallet,
  merkleProof,
  minedByOf,
  mineTemplate,
  type Block,
} from '../../core/index';
import { chainViewBlocks, chartsInputFromChain, defaultMinerOf, merkleViewInput, reorgDiffFromInfo } from './adapters';
import { chartsData } from './charts-data';
import { layoutChain } from './chain-layout';
import { chainChange } from './chain-layout-update';
import { layoutMerkle } from './merkle-layout';
import { activePath, reorgDiff } from './reorg-transition';
import { assignBranches, networkViewNodes } from './network-adapter';
import { applyMessageEvent, minerNamesOf, networkViewFromSim, tipsOf } from './sim-adapter';

/** Two nodes A and B sharing a genesis, each mining with its name as coinbase message. */
function network() {
  let clock = 1_700_000_000;
  const now = () => clock;
  const params = REGTEST_PARAMS;
  const wallet = createWallet({ label: 'miner', seed: 'viz-adapters', index: 0 });
  const genesis = createGenesisBlock(params, wallet.address, clock);
  const a = Blockchain.fromGenesis(params, genesis, { now });
  const b = Blockchain.fromGenesis(params, genesis, { now });
  const mine = (chain: Blockchain, message: string): Block => {
    clock += 10;
    const mined = mineTemplate(createBlockTemplate(chain, { minerAddress: wallet.address, message }));
    const r = chain.processBlock(mined!.block);
    if (r.status !== 'active') throw new Error(`own block not active: ${r.code}`);
    return mined!.block;
  };
  return { a, b, mine };
}

describe('chainViewBlocks keeps the record of an unchanged block', () => {
  it('so that a new block shows as one record added and the old tip changed', () => {
    const { a, mine } = network();
    mine(a, 'A');
    const before = chainViewBlocks(a, { tips: { A: a.tip.hash } });
    mine(a, 'A');
    const after = chainViewBlocks(a, { tips: { A: a.tip.hash } });
    expect(after.slice(0, 1)).toEqual(before.slice(0, 1));
    expect(after[0]).toBe(before[0]); // genesis: same record
    expect(after[1]).not.toBe(before[1]); // the old tip lost its badge
    expect(after[1]!.tipOf).toEqual([]);
    expect(chainChange(before, after)).toEqual({ changed: [after[1]], added: [after[2]] });
    // Nothing changed: every record is the same object.
    const again = chainViewBlocks(a, { tips: { A: a.tip.hash } });
    expect(again.every((x, i) => x === after[i])).toBe(true);
  });
});

describe('adapters on a real fork, reorg and orphan', () => {
  const { a, b, mine } = network();
  for (let i = 0; i < 2; i++) b.processBlock(mine(a, 'A'));
  // Partition: each side mines on its own.
  const a3 = mine(a, 'A');
  const b3 = mine(b, 'B');
  const b4 = mine(b, 'B');
  const b5 = mine(b, 'B');
  const b6 = mine(b, 'B');

  it('before the heal: A sees only its own chain', () => {
    const blocks = chainViewBlocks(a, { tips: { A: a.tip.hash, B: b.tip.hash } });
    expect(blocks.map((x) => x.status)).toEqual(['active', 'active', 'active', 'active']);
    expect(blocks.find((x) => x.hash === a.tip.hash)!.tipOf).toEqual(['A']);
    expect(blocks.map((x) => x.miner)).toEqual(['Pocket Chain genesis', 'A', 'A', 'A']);
    expect(blocks[0]!.parent).toBeNull();
    expect(blocks[1]!.parent).toBe(blocks[0]!.hash);
  });

  it('after the heal: a fork, then a reorg whose ReorgInfo gives the same diff as the paths', () => {
    const before = chainViewBlocks(a);
    expect(a.processBlock(b3).status).toBe('side-branch');
    const fork = layoutChain(chainViewBlocks(a));
    expect(fork.byHash.get(blockHash(b3.header))!.row).toBe(1);
    expect(fork.byHash.get(blockHash(a3.header))!.row).toBe(0);
    const r = a.processBlock(b4);
    expect(r.status).toBe('active');
    const info = r.delta.reorg!;
    expect(info).toBeDefined();
    const after = chainViewBlocks(a, { tips: new Map([['A', a.tip.hash], ['B', b.tip.hash]]) });
    const fromInfo = reorgDiffFromInfo(info, a);
    const fromPaths = reorgDiff(activePath(before), activePath(after));
    expect(fromInfo.disconnected).toEqual(fromPaths.disconnected);
    expect(fromInfo.connected).toEqual(fromPaths.connected.slice(0, info.connected.length));
    expect(fromInfo.fork).toEqual(fromPaths.fork);
    expect(fromInfo.disconnected.map((x) => x.height)).toEqual([3]);
    expect(fromInfo.connected.map((x) => x.height)).toEqual([3, 4]);
    // Without the chain, heights come from the fork height and agree.
    expect(reorgDiffFromInfo(info)).toEqual(fromInfo);
    const stale = after.filter((x) => x.status === 'stale');
    expect(stale.map((x) => x.miner)).toEqual(['A']);
    const layout = layoutChain(after);
    expect(layout.byHash.get(stale[0]!.hash)!.row).toBe(1);
  });

  it('lists an orphan with the height its coinbase claims and its unknown parent', () => {
    expect(a.processBlock(b6).status).toBe('orphan');
    const orphan = chainViewBlocks(a).find((x) => x.status === 'orphan')!;
    expect(orphan).toMatchObject({ height: 6, parent: blockHash(b5.header), miner: 'B', hash: blockHash(b6.header) });
    const layout = layoutChain(chainViewBlocks(a));
    expect(layout.orphanRowStart).not.toBeNull();
    expect(layout.byHash.get(orphan.hash)!.row).toBe(layout.orphanRowStart);
  });

  it('gives MerkleView the txids and header root, and the proof verifies', () => {
    const input = merkleViewInput(b4);
    expect(input.merkleRoot).toBe(b4.header.merkleRoot);
    const layout = layoutMerkle(input.txids, { headerRoot: input.merkleRoot, selected: 0 });
    expect(layout.rootMatchesHeader).toBe(true);
    expect(layout.verified).toBe(true);
    expect(layout.proof!.branch).toEqual(merkleProof(input.txids, 0).branch);
  });

  it('builds chart data: intervals of 10 s, a share per miner, the stale rate', () => {
    const data = chartsData(chartsInputFromChain(a));
    expect(data.intervals.map((p) => p.seconds).every((s) => s > 0)).toBe(true);
    expect(data.difficulty.every((d) => d.difficulty === 1)).toBe(true);
    expect(data.miners.map((m) => m.miner).sort()).toEqual(['A', 'B']);
    expect(data.stale).toMatchObject({ stale: 1, total: 5 });
    expect(data.targetSpacing).toBe(REGTEST_PARAMS.targetSpacing);
  });

  it('puts nodes on one branch once they agree, on two while they differ', () => {
    const { a: x, b: y, mine: mine2 } = network();
    mine2(x, 'X');
    mine2(y, 'Y');
    const apart = networkViewNodes([{ id: 'X', chain: x, group: 'p1' }, { id: 'Y', chain: y, group: 'p2' }]);
    expect(new Set(apart.map((n) => n.branch)).size).toBe(2);
    expect(apart.map((n) => n.group)).toEqual(['p1', 'p2']);
    const same = networkViewNodes([{ id: 'A', chain: a }, { id: 'B', chain: b, label: 'Bee' }]);
    expect(same.map((n) => [n.label, n.branch, n.height])).toEqual([['A', 0, a.height], ['Bee', 0, b.height]]);
  });

  it('uses the coinbase message as the miner, else the start of the address', () => {
    expect(defaultMinerOf(minedByOf(b4))).toBe('B');
    const { a: c, mine: mine3 } = network();
    const anonymous = mine3(c, '');
    expect(defaultMinerOf(minedByOf(anonymous))).toMatch(/^\w{8}…$/);
    // The block index keeps it: the chain view names miners without reading a body.
    expect(c.tree.get(blockHash(anonymous.header))!.minedBy).toEqual(minedByOf(anonymous));
  });
});

describe('assignBranches', () => {
  const chainOf = (...hashes: string[]) => (h: number) => hashes[h];
  const cases: { name: string; input: Parameters<typeof assignBranches>[0]; expected: Record<string, number> }[] = [
    {
      name: 'a node behind on the same chain shares the branch',
      input: [
        { id: 'A', tipHash: 'c', height: 2, work: 3n, hashAt: chainOf('g', 'b', 'c') },
        { id: 'B', tipHash: 'b', height: 1, work: 2n, hashAt: chainOf('g', 'b') },
      ],
      expected: { A: 0, B: 0 },
    },
    {
      name: 'the most work is branch 0, a fork is branch 1',
      input: [
        { id: 'B', tipHash: 'y', height: 2, work: 3n, hashAt: chainOf('g', 'b', 'y') },
        { id: 'A', tipHash: 'x', height: 2, work: 3n, hashAt: chainOf('g', 'b', 'x') },
        { id: 'C', tipHash: 'z', height: 3, work: 4n, hashAt: chainOf('g', 'b', 'y', 'z') },
      ],
      expected: { C: 0, A: 1, B: 0 },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(Object.fromEntries(assignBranches(input))).toEqual(expected);
  });
});

describe('sim adapters (a structural stand-in for src/sim Network)', () => {
  const { a, b, mine } = network();
  const blockOfA = mine(a, '');
  const addressOf = (block: Block) => block.txs[0]!.outputs[0]!.address;
  const fake = (groups: string[][] | null) => ({
    nodes: () => [
      { id: 'n1', label: 'A', chain: a, peers: new Set(['n2']), miner: { address: addressOf(blockOfA) } },
      { id: 'n2', label: 'B', chain: b, peers: new Set(['n1', 'ghost']) },
    ],
    partitionGroups: () => groups,
    links: { get: () => ({ latencyMs: 120 }) },
  });

  it('builds nodes with partition groups, one link per peer pair, latencies', () => {
    const apart = networkViewFromSim(fake([['n1'], ['n2']]));
    expect(apart.nodes.map((n) => [n.id, n.label, n.group, n.mining])).toEqual([
      ['n1', 'A', 'partition-1', true],
      ['n2', 'B', 'partition-2', false],
    ]);
    expect(apart.links).toEqual([{ source: 'n1', target: 'n2', latencyMs: 120 }]);
    // A mined a block B has not seen: B is behind on A's branch, not on a fork.
    expect(apart.nodes.map((n) => n.branch)).toEqual([0, 0]);
    expect(networkViewFromSim(fake(null)).nodes.map((n) => n.group)).toEqual(['all', 'all']);
  });

  it('gives tips by node label and names miners by their address', () => {
    expect(tipsOf(fake(null))).toEqual(new Map([['A', a.tip.hash], ['B', b.tip.hash]]));
    expect(minerNamesOf(fake(null))(minedByOf(blockOfA))).toBe('A');
    expect(chainViewBlocks(a, { tips: tipsOf(fake(null)), minerOf: minerNamesOf(fake(null)) }).find((x) => x.hash === a.tip.hash)).toMatchObject({ miner: 'A', tipOf: ['A'] });
  });

  it('refuses something that is not a network', () => {
    expect(() => networkViewFromSim({} as never)).toThrow(/net must be a simulated network/);
  });
});

describe('applyMessageEvent', () => {
  const sent = (id: number, type = 'block', hashes = ['ab'.repeat(32)]) => ({ phase: 'sent' as const, id, from: 'A', to: 'B', type, hashes, sentAt: 10, deliverAt: 110 });
  const cases: { name: string; events: Parameters<typeof applyMessageEvent>[1][]; ids: string[]; labels?: string[] }[] = [
    { name: 'a sent message is in flight', events: [sent(1)], ids: ['1'], labels: [`block ${'ab'.repeat(4)}…abab`] },
    { name: 'delivered removes it', events: [sent(1), { ...sent(1), phase: 'delivered' }], ids: [] },
    { name: 'dropped removes it', events: [sent(1), sent(2), { ...sent(1), phase: 'dropped' }], ids: ['2'] },
    { name: 'a message lost at once (no delivery time) is never added', events: [{ ...sent(3), deliverAt: undefined }], ids: [] },
    { name: 'inv with several hashes says how many more', events: [sent(4, 'inv', ['ab'.repeat(32), 'cd'.repeat(32)])], ids: ['4'], labels: [`inv ${'ab'.repeat(4)}…abab +1`] },
    { name: 'no hashes: the type alone', events: [sent(5, 'getheaders', [])], ids: ['5'], labels: ['getheaders'] },
  ];
  it.each(cases)('$name', ({ events, ids, labels }) => {
    let list: ReturnType<typeof applyMessageEvent> = [];
    for (const e of events) list = applyMessageEvent(list, e);
    expect(list.map((m) => m.id)).toEqual(ids);
    if (labels) expect(list.map((m) => m.label)).toEqual(labels);
  });

  it('refuses an event without a phase', () => {
    expect(() => applyMessageEvent([], { id: 1 } as never)).toThrow(/phase/);
  });
});
