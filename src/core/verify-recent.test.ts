/**
 * A node from its block index and UTXO set (Blockchain.fromIndex), and the
 * start check of its last blocks (verifyRecentBlocks, Core's -checkblocks):
 * the restored node is the same node, and each kind of damage in the recent
 * blocks is named; damage older than the window is left to the full replay.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { COIN } from './amount';
import { blockHash } from './header';
import { Blockchain } from './chain';
import { MemoryBodies } from './block-bodies';
import { UtxoSet, type Coin } from './utxo-set';
import { TestChain, stateFingerprint } from './testing';
import { DEFAULT_CHECK_BLOCKS, verifyRecentBlocks } from './verify-recent';
import type { BlockUndo } from './connect';

// A fresh chain for every test (not one per file): mutation testing can then tell which test ran which line.
let t: TestChain;
beforeEach(() => {
  t = new TestChain();
  for (let i = 0; i < 4; i++) t.mine({ miner: t.wallets[i % 4]!.address });
  for (let round = 0; round < 8; round++) {
    t.send(round % 4, (round + 1) % 4, COIN / 4, 500);
    t.send((round + 2) % 4, (round + 3) % 4, COIN / 8, 300);
    t.minePool(t.wallets[round % 4]!.address);
  }
  t.send(0, 2, COIN / 10, 100); // stays in the pool
});

/** The node as storage would hand it over: entries, a copy of the set, bodies and undo data of the active chain. */
function fromIndex(edit: { coins?: (s: UtxoSet) => void; undo?: (hash: string, u: BlockUndo) => BlockUndo | undefined; skipBody?: string } = {}): Blockchain {
  const c = t.chain;
  const bodies = new MemoryBodies();
  for (const e of c.tree.all()) if (e.hash !== edit.skipBody) bodies.putBlock(e.hash, c.getBlock(e.hash)!);
  for (const e of c.activeEntries()) {
    const u = edit.undo ? edit.undo(e.hash, c.getUndo(e.hash)!) : c.getUndo(e.hash)!;
    if (u) bodies.putUndo(e.hash, u);
  }
  const utxos = new UtxoSet();
  for (const [k, coin] of c.utxos.entries()) utxos.add(k, coin);
  edit.coins?.(utxos);
  const entries = [...c.tree.all()].sort((a, b) => a.seq - b.seq);
  const chain = Blockchain.fromIndex(c.params, { entries, orphans: [], tip: c.tip.hash, utxos }, { bodies, now: () => t.clock });
  for (const e of c.mempool.entries()) chain.acceptTransaction(e.tx);
  return chain;
}

describe('Blockchain.fromIndex', () => {
  it('is the same node without replaying a block, and it keeps working', () => {
    const restored = fromIndex();
    expect(stateFingerprint(restored)).toBe(stateFingerprint(t.chain));
    expect(restored.verifyUtxoSet().ok).toBe(true);
    // It disconnects with the stored undo data: a two-block branch from the tip's parent wins.
    const parent = restored.entryAt(restored.height - 1)!.hash;
    const other = new TestChain();
    for (const e of t.chain.activeEntries().slice(1)) other.chain.processBlock(t.chain.getBlock(e.hash)!);
    const b1 = other.mine({ parent });
    const b2 = other.mine({ parent: blockHash(b1.header) });
    restored.processBlock(b1);
    const r = restored.processBlock(b2);
    expect(r.delta.reorg?.disconnected).toEqual([t.chain.tip.hash]);
    expect(restored.tip.hash).toBe(other.chain.tip.hash);
    expect(restored.verifyUtxoSet().ok).toBe(true);
  });

  it('refuses an index whose blocks do not link up', () => {
    const c = t.chain;
    const entries = [...c.tree.all()].sort((a, b) => a.seq - b.seq);
    const bodies = new MemoryBodies();
    const snap = (e: typeof entries, tip = c.tip.hash) => ({ entries: e, orphans: [], tip, utxos: new UtxoSet() });
    expect(() => Blockchain.fromIndex(c.params, snap([entries[0]!, ...entries.slice(2)]), { bodies })).toThrow(/has no stored parent/);
    expect(() => Blockchain.fromIndex(c.params, snap([entries[1]!, entries[0]!]), { bodies })).toThrow(/listed before its parent/);
    expect(() => Blockchain.fromIndex(c.params, snap(entries, 'ab'.repeat(32)), { bodies })).toThrow(/stored tip abab/);
    expect(() => Blockchain.fromIndex(c.params, snap([]), { bodies })).toThrow(/no genesis/);
  });
});

describe('verifyRecentBlocks (-checkblocks)', () => {
  const recent = () => t.chain.activeEntries().slice(-DEFAULT_CHECK_BLOCKS);
  /** A coin created by the block `fromTip` blocks below the tip that is still unspent. */
  const unspentOutputOf = (fromTip: number): [string, Coin] => {
    const found = [...t.chain.utxos.entries()].find(([, c]) => c.height === t.chain.height - fromTip);
    if (!found) throw new Error('no unspent output');
    return found;
  };

  it('passes a sound node, checking the last 6 blocks with signatures', () => {
    expect(verifyRecentBlocks(fromIndex())).toEqual({ ok: true, checked: 6 });
    expect(verifyRecentBlocks(fromIndex(), 100)).toEqual({ ok: true, checked: t.chain.height });
    expect(() => verifyRecentBlocks(fromIndex(), -1)).toThrow(RangeError);
  });

  it('names a coin of the recent blocks that the stored set lost or changed', () => {
    const [key, coin] = unspentOutputOf(2);
    const lost = verifyRecentBlocks(fromIndex({ coins: (s) => s.delete(key) }));
    expect(lost).toMatchObject({ ok: false, problem: 'utxo-mismatch', key, message: expect.stringContaining('is missing from the stored UTXO set') });
    const changed = verifyRecentBlocks(fromIndex({ coins: (s) => s.add(key, { ...coin, amount: coin.amount + 1 }) }));
    expect(changed).toMatchObject({ ok: false, problem: 'utxo-mismatch', key, message: expect.stringContaining('differs from') });
  });

  it('names missing or wrong undo data and a missing body', () => {
    const [a, b] = recent().filter((e) => t.chain.getUndo(e.hash)!.spent.length > 0);
    expect(verifyRecentBlocks(fromIndex({ undo: (h, u) => (h === a!.hash ? undefined : u) }))).toMatchObject({ ok: false, problem: 'undo-missing', key: a!.hash });
    const short = verifyRecentBlocks(fromIndex({ undo: (h, u) => (h === a!.hash ? { spent: u.spent.slice(1) } : u) }));
    expect(short).toMatchObject({ ok: false, problem: 'undo-mismatch', key: a!.hash });
    // A spent coin's amount changed: the signature, which commits to it, no longer verifies.
    const wrong = verifyRecentBlocks(fromIndex({ undo: (h, u) => (h === b!.hash ? { spent: u.spent.map(([k, c]) => [k, { ...c, amount: c.amount + 7 }] as const) } : u) }));
    expect(wrong).toMatchObject({ ok: false, problem: 'block-invalid', key: b!.hash, message: expect.stringContaining('does not connect again') });
    const tip = t.chain.tip.hash;
    expect(verifyRecentBlocks(fromIndex({ skipBody: tip }))).toMatchObject({ ok: false, problem: 'block-missing', key: tip, checked: 0 });
  });

  it('leaves damage older than its window to the full replay', () => {
    const [key, coin] = unspentOutputOf(DEFAULT_CHECK_BLOCKS + 1);
    const damaged = fromIndex({ coins: (s) => s.add(key, { ...coin, amount: coin.amount + 1 }) });
    expect(verifyRecentBlocks(damaged).ok).toBe(true);
    expect(damaged.verifyUtxoSet()).toMatchObject({ ok: false, firstDifference: key });
  });
});
