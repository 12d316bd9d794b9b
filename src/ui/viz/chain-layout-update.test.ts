import { describe, expect, it } from 'vitest';
import { layoutChain, type ChainLayout, type ChainViewBlock } from './chain-layout';
import { chainChange, updateChainLayout } from './chain-layout-update';
import { syntheticChain } from './synthetic';
import { seededRandom } from './seeded-random';

/** Everything a layout holds, in a form toEqual compares field by field (byHash is a lookup: its order does not count). */
function plain(l: ChainLayout): unknown {
  return { ...l, byHash: [...l.byHash.entries()].sort(([a], [b]) => (a < b ? -1 : 1)), columnStart: [...l.columnStart] };
}

let counter = 0;
const newHash = () => `n${String(counter++).padStart(63, '0')}`;

/** A network growing a tree as nodes A, B and C do: the result after each step, and whether it was local. */
function grow(start: ChainViewBlock[], steps: number, seed: number, pick: (r: number) => 'tip' | 'fork' | 'branch' | 'badge' | 'reorg') {
  const random = seededRandom(seed);
  let blocks = start;
  let layout = layoutChain(blocks);
  const outcomes: { kind: string; local: boolean }[] = [];
  const active = () => blocks.filter((b) => b.status === 'active').sort((a, b) => a.height - b.height);
  for (let s = 0; s < steps; s++) {
    const kind = pick(random());
    const chain = active();
    const tip = chain[chain.length - 1]!;
    let next: ChainViewBlock[];
    if (kind === 'tip') {
      // Node A finds a block: its tip badge moves to it.
      const b: ChainViewBlock = { hash: newHash(), parent: tip.hash, height: tip.height + 1, txCount: 3, miner: 'A', status: 'active', tipOf: ['A'] };
      next = [...blocks.map((x) => (x.tipOf.includes('A') ? { ...x, tipOf: x.tipOf.filter((n) => n !== 'A') } : x)), b];
    } else if (kind === 'fork') {
      // A competing block on one of the last few active blocks.
      const parent = chain[Math.max(0, chain.length - 1 - Math.floor(random() * 4))]!;
      next = [...blocks, { hash: newHash(), parent: parent.hash, height: parent.height + 1, txCount: 1, miner: 'C', status: 'stale', tipOf: [] }];
    } else if (kind === 'branch') {
      // A stale branch grows (not local: its lane may change).
      const stale = blocks.filter((b) => b.status === 'stale');
      const parent = stale.length ? stale[Math.floor(random() * stale.length)]! : tip;
      next = [...blocks, { hash: newHash(), parent: parent.hash, height: parent.height + 1, txCount: 1, miner: 'B', status: 'stale', tipOf: [] }];
    } else if (kind === 'badge') {
      // Node B's tip moves along the active chain: two records change in place.
      const target = chain[Math.max(0, chain.length - 1 - Math.floor(random() * 3))]!;
      next = blocks.map((x) => (x.tipOf.includes('B') ? { ...x, tipOf: x.tipOf.filter((n) => n !== 'B') } : x === target ? { ...x, tipOf: [...x.tipOf, 'B'] } : x));
      if (!next.some((x) => x.tipOf.includes('B'))) next = next.map((x) => (x.hash === target.hash ? { ...x, tipOf: [...x.tipOf, 'B'] } : x));
    } else {
      // A reorg: the tip becomes stale and a two-block branch from its parent wins.
      const parent = chain[chain.length - 2]!;
      const b1: ChainViewBlock = { hash: newHash(), parent: parent.hash, height: tip.height, txCount: 1, miner: 'B', status: 'active', tipOf: [] };
      const b2: ChainViewBlock = { hash: newHash(), parent: b1.hash, height: tip.height + 1, txCount: 1, miner: 'B', status: 'active', tipOf: [] };
      next = [...blocks.map((x) => (x === tip ? { ...x, status: 'stale' as const } : x)), b1, b2];
    }
    const change = chainChange(blocks, next);
    expect(change, `step ${s} (${kind})`).not.toBeNull();
    const update = updateChainLayout(layout, next, change!);
    expect(plain(update.layout), `step ${s} (${kind})`).toEqual(plain(layoutChain(next)));
    outcomes.push({ kind, local: update.local });
    blocks = next;
    layout = update.layout;
  }
  return outcomes;
}

const share = (outcomes: { kind: string; local: boolean }[], kind: string) => {
  const of = outcomes.filter((o) => o.kind === kind);
  return of.filter((o) => o.local).length / of.length;
};

describe('updateChainLayout gives exactly the full layout', () => {
  it('while a chain with forks grows at the tip, forks and moves tip badges: in place', () => {
    const start = syntheticChain({ blocks: 300, forkChance: 0.05, maxForkLength: 3, orphans: 0, seed: 3 });
    const outcomes = grow(start, 120, 11, (r) => (r < 0.55 ? 'tip' : r < 0.75 ? 'fork' : 'badge'));
    expect(share(outcomes, 'tip')).toBe(1);
    expect(share(outcomes, 'badge')).toBe(1);
    // A fork is local unless a longer stale branch started later (then the lanes repack).
    expect(share(outcomes, 'fork')).toBeGreaterThan(0.5);
  });

  it('with orphans apart in their band, branches growing and reorgs (laid out whole when needed)', () => {
    const start = syntheticChain({ blocks: 200, forkChance: 0.08, maxForkLength: 4, nestedChance: 0.4, orphans: 3, seed: 9 });
    const outcomes = grow(start, 150, 5, (r) => (r < 0.4 ? 'tip' : r < 0.6 ? 'fork' : r < 0.75 ? 'branch' : r < 0.9 ? 'badge' : 'reorg'));
    expect(share(outcomes, 'tip')).toBe(1);
    expect(share(outcomes, 'reorg')).toBe(0);
    expect(outcomes.some((o) => o.kind === 'branch')).toBe(true);
  });

  it('with several blocks in one change: two new tips and a fork behind them, in place', () => {
    const start = syntheticChain({ blocks: 120, forkChance: 0.05, maxForkLength: 3, orphans: 0, seed: 4 });
    const chain = start.filter((b) => b.status === 'active').sort((a, b) => a.height - b.height);
    const tip = chain[chain.length - 1]!;
    const t1: ChainViewBlock = { hash: newHash(), parent: tip.hash, height: tip.height + 1, txCount: 1, miner: 'A', status: 'active', tipOf: [] };
    const t2: ChainViewBlock = { hash: newHash(), parent: t1.hash, height: tip.height + 2, txCount: 1, miner: 'A', status: 'active', tipOf: ['A'] };
    const fork: ChainViewBlock = { hash: newHash(), parent: tip.hash, height: tip.height + 1, txCount: 1, miner: 'C', status: 'stale', tipOf: [] };
    const next = [...start, t1, t2, fork];
    const update = updateChainLayout(layoutChain(start), next, chainChange(start, next)!);
    expect(update.local).toBe(true);
    // columnStart counts the new columns and the fork's box in its column.
    expect(plain(update.layout)).toEqual(plain(layoutChain(next)));
  });

  it('from a lone genesis block, and with an orphan waiting for the block that arrives', () => {
    const genesis: ChainViewBlock = { hash: 'g'.repeat(64), parent: null, height: 0, txCount: 1, miner: 'A', status: 'active', tipOf: ['A'] };
    expect(grow([genesis], 20, 1, () => 'tip').every((o) => o.local)).toBe(true);
    const b1: ChainViewBlock = { hash: 'b'.repeat(64), parent: genesis.hash, height: 1, txCount: 1, miner: 'A', status: 'active', tipOf: [] };
    const orphan: ChainViewBlock = { hash: 'o'.repeat(64), parent: 'c'.repeat(64), height: 3, txCount: 1, miner: 'B', status: 'orphan', tipOf: [] };
    const before = [genesis, b1, orphan];
    // The orphan's parent arrives (still listed as an orphan): its stub becomes a link, so the tree is laid out whole.
    const next = [...before, { hash: 'c'.repeat(64), parent: b1.hash, height: 2, txCount: 1, miner: 'B', status: 'active' as const, tipOf: [] }];
    const update = updateChainLayout(layoutChain(before), next, chainChange(before, next)!);
    expect(update.local).toBe(false);
    expect(plain(update.layout)).toEqual(plain(layoutChain(next)));
  });
});

describe('chainChange', () => {
  const [a, b, c] = syntheticChain({ blocks: 3, orphans: 0, forkChance: 0 });
  it('lists records replaced in place and records appended, by identity', () => {
    const b2 = { ...b!, tipOf: ['X'] };
    expect(chainChange([a!, b!], [a!, b2, c!])).toEqual({ changed: [b2], added: [c] });
    expect(chainChange([a!, b!], [a!, b!])).toEqual({ changed: [], added: [] });
  });

  it('is null when a block is removed or the order changes', () => {
    expect(chainChange([a!, b!, c!], [a!, b!])).toBeNull();
    expect(chainChange([a!, b!], [b!, a!])).toBeNull();
  });
});

describe('bad input', () => {
  it('names the bad record as layoutChain does, whichever path the change would take', () => {
    const start = syntheticChain({ blocks: 5, orphans: 0, forkChance: 0 });
    const tip = start[start.length - 1]!;
    const bad = { hash: 'z'.repeat(64), parent: tip.hash, height: -1, txCount: 1, miner: 'A', status: 'active', tipOf: [] } as ChainViewBlock;
    const next = [...start, bad];
    expect(() => updateChainLayout(layoutChain(start), next, chainChange(start, next)!)).toThrow(/blocks\[5\]\.height must be a non-negative integer/);
  });
});
