import { describe, expect, it } from 'vitest';
import { layoutChain, type ChainViewBlock } from './chain-layout';
import { activePath, activePathAt, boxPositionAt, isReorg, linkAt, reorgDiff, reorgRole, reorgTransition, type ReorgBlockRef } from './reorg-transition';

const ref = (hash: string, height: number): ReorgBlockRef => ({ hash, height });
const path = (s: string, from = 0) => s.split(' ').map((h, i) => ref(h, from + i));

describe('reorgDiff', () => {
  const cases: { name: string; old: ReorgBlockRef[]; now: ReorgBlockRef[]; fork: string | null; disconnected: string[]; connected: string[]; reorg: boolean }[] = [
    { name: 'an extension is not a reorg', old: path('g a b'), now: path('g a b c'), fork: 'b', disconnected: [], connected: ['c'], reorg: false },
    { name: 'nothing changed', old: path('g a b'), now: path('g a b'), fork: 'b', disconnected: [], connected: [], reorg: false },
    { name: 'one block replaced by two', old: path('g a b'), now: path('g a x y'), fork: 'a', disconnected: ['b'], connected: ['x', 'y'], reorg: true },
    { name: 'a deep reorg lists the old blocks tip first', old: path('g a b c d'), now: path('g x y z w v'), fork: 'g', disconnected: ['d', 'c', 'b', 'a'], connected: ['x', 'y', 'z', 'w', 'v'], reorg: true },
    { name: 'paths that share no block', old: path('a b', 5), now: path('x y', 5), fork: null, disconnected: ['b', 'a'], connected: ['x', 'y'], reorg: true },
    { name: 'paths starting at different heights', old: path('c d e', 2), now: path('a b c d x'), fork: 'd', disconnected: ['e'], connected: ['x'], reorg: true },
  ];
  it.each(cases)('$name', ({ old, now, fork, disconnected, connected, reorg }) => {
    const d = reorgDiff(old, now);
    expect(d.fork?.hash ?? null).toBe(fork);
    expect(d.disconnected.map((b) => b.hash)).toEqual(disconnected);
    expect(d.connected.map((b) => b.hash)).toEqual(connected);
    expect(isReorg(d)).toBe(reorg);
    expect(d.oldTip).toEqual(old[old.length - 1]);
    expect(d.newTip).toEqual(now[now.length - 1]);
  });

  it('refuses paths out of height order', () => {
    expect(() => reorgDiff([ref('a', 1), ref('b', 1)], [])).toThrow(/oldPath must be in increasing height order/);
    expect(() => reorgDiff([], 'x' as unknown as ReorgBlockRef[])).toThrow(/newPath must be an array/);
  });
});

describe('reorgTransition', () => {
  const block = (hash: string, parent: string | null, height: number, status: ChainViewBlock['status']): ChainViewBlock => ({ hash, parent, height, txCount: 1, miner: 'A', status, tipOf: [] });
  // Before: g-a-b active, x stale. After: x and a new y won, b is stale.
  const before = [block('g', null, 0, 'active'), block('a', 'g', 1, 'active'), block('b', 'a', 2, 'active'), block('x', 'a', 2, 'stale')];
  const after = [block('g', null, 0, 'active'), block('a', 'g', 1, 'active'), block('b', 'a', 2, 'stale'), block('x', 'a', 2, 'active'), block('y', 'x', 3, 'active')];
  const lb = layoutChain(before);
  const la = layoutChain(after);
  const diff = reorgDiff(activePath(before), activePath(after));
  const tr = reorgTransition(lb, la, diff);

  it('finds the disconnected and connected blocks from the two block lists', () => {
    expect(diff.fork?.hash).toBe('a');
    expect(diff.disconnected.map((b) => b.hash)).toEqual(['b']);
    expect(diff.connected.map((b) => b.hash)).toEqual(['x', 'y']);
    expect(reorgRole(diff, 'b')).toBe('disconnected');
    expect(reorgRole(diff, 'y')).toBe('connected');
    expect(reorgRole(diff, 'g')).toBeNull();
  });

  it('moves only the boxes whose place changed: b down, x up, y out of its parent', () => {
    expect([...tr.moves.keys()].sort()).toEqual(['b', 'x', 'y']);
    expect(la.byHash.get('b')!.y).toBeGreaterThan(lb.byHash.get('b')!.y);
    expect(la.byHash.get('x')!.y).toBeLessThan(lb.byHash.get('x')!.y);
    expect(tr.moves.get('y')!.from).toEqual({ x: lb.byHash.get('x')!.x, y: lb.byHash.get('x')!.y });
  });

  const cases = [0, 0.25, 0.5, 1];
  it.each(cases)('at t = %s boxes lie between their old and new places', (t) => {
    for (const box of la.boxes) {
      const p = boxPositionAt(tr, box, t);
      const move = tr.moves.get(box.hash);
      const from = move?.from ?? box;
      if (t === 0) expect(p).toEqual({ x: from.x, y: from.y });
      if (t === 1) expect(p).toEqual({ x: box.x, y: box.y });
      expect(p.y).toBeGreaterThanOrEqual(Math.min(from.y, box.y));
      expect(p.y).toBeLessThanOrEqual(Math.max(from.y, box.y));
    }
  });

  it('swings the highlighted path from the old branch to the new one', () => {
    const centre = (l: typeof la, h: string) => ({ x: l.byHash.get(h)!.x + l.boxWidth / 2, y: l.byHash.get(h)!.y + l.boxHeight / 2 });
    expect(activePathAt(tr, 0)).toEqual([centre(lb, 'a'), centre(lb, 'b'), centre(lb, 'b')]);
    expect(activePathAt(tr, 1)).toEqual([centre(la, 'a'), centre(la, 'x'), centre(la, 'y')]);
    // Half way, the path's end has left the old tip and not yet reached the new one.
    const end = activePathAt(tr, 0.5)[2]!;
    expect(end.x).toBeGreaterThan(centre(lb, 'b').x);
    expect(end.x).toBeLessThan(centre(la, 'y').x);
  });

  it('moves link ends with their boxes', () => {
    const link = la.byHash.get('y')!.link!;
    expect(linkAt(tr, la, link, 1)).toEqual(link);
    const start = linkAt(tr, la, link, 0);
    expect(start.y1).toBe(lb.byHash.get('x')!.y + lb.boxHeight / 2);
  });

  it('refuses a time that is not a number', () => {
    expect(() => activePathAt(tr, NaN)).toThrow(/t must be a number/);
  });
});
