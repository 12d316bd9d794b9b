import { describe, expect, it } from 'vitest';
import { layoutChain, type ChainBox, type ChainLayout, type ChainViewBlock } from './chain-layout';
import { syntheticChain } from './synthetic';

/**
 * A tree from lines "hash parent status" (parent "-" = none); heights follow
 * the parents (roots at `rootHeight`, orphans at the height given after '@').
 */
function tree(spec: string, rootHeight = 0): ChainViewBlock[] {
  const out: ChainViewBlock[] = [];
  const heights = new Map<string, number>();
  for (const line of spec.trim().split('\n')) {
    const [hash, parent, status, at] = line.trim().split(/\s+/) as [string, string, ChainViewBlock['status'], string?];
    const height = at ? Number(at.slice(1)) : parent === '-' || !heights.has(parent) ? rootHeight : heights.get(parent)! + 1;
    heights.set(hash, height);
    out.push({ hash, parent: parent === '-' ? null : parent, height, txCount: 1, miner: 'A', status, tipOf: [] });
  }
  return out;
}

function overlaps(a: ChainBox, b: ChainBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Invariants every layout must keep. */
function checkInvariants(layout: ChainLayout): void {
  const { boxes } = layout;
  // No two boxes overlap (boxes only share x within a column, so compare per column).
  for (let c = 0; c + 1 < layout.columnStart.length; c++) {
    const col = boxes.slice(layout.columnStart[c]!, layout.columnStart[c + 1]!);
    for (let i = 0; i < col.length; i++) {
      expect(col[i]!.column).toBe(c);
      for (let j = i + 1; j < col.length; j++) expect(overlaps(col[i]!, col[j]!), `${col[i]!.hash} / ${col[j]!.hash}`).toBe(false);
    }
  }
  const activeY = boxes.filter((b) => b.block.status === 'active').map((b) => b.y);
  const staleY = boxes.filter((b) => b.block.status === 'stale').map((b) => b.y);
  const orphanY = boxes.filter((b) => b.block.status === 'orphan').map((b) => b.y);
  expect(new Set(activeY).size).toBeLessThanOrEqual(1);
  // Stale branches below the active chain, orphans apart below everything else.
  for (const y of staleY) expect(y).toBeGreaterThan(activeY[0] ?? -Infinity);
  const lowestKnown = Math.max(-Infinity, ...activeY, ...staleY);
  for (const y of orphanY) expect(y).toBeGreaterThan(lowestKnown + layout.rowStep);
  for (const b of boxes) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    // A link runs from the parent's right edge to the child's left edge, in the gap between columns.
    if (b.link && b.link.parent !== null) {
      const p = layout.byHash.get(b.link.parent)!;
      expect([b.link.x1, b.link.y1, b.link.x2, b.link.y2]).toEqual([p.x + p.width, p.y + p.height / 2, b.x, b.y + b.height / 2]);
    }
  }
}

const rowsOf = (layout: ChainLayout) => Object.fromEntries(layout.boxes.map((b) => [b.hash, b.row]));

describe('layoutChain: rows of the table-driven trees', () => {
  const cases: { name: string; spec: string; rows: Record<string, number>; tip?: string }[] = [
    { name: 'a straight chain stays on row 0', spec: 'g - active\na g active\nb a active', rows: { g: 0, a: 0, b: 0 }, tip: 'b' },
    {
      name: 'a one-block fork goes to row 1',
      spec: 'g - active\na g active\nb a active\nx a stale',
      rows: { g: 0, a: 0, b: 0, x: 1 },
    },
    {
      name: 'a three-way fork stacks its two stale branches',
      spec: 'g - active\na g active\nb a active\nx a stale\ny a stale',
      rows: { g: 0, a: 0, b: 0, x: 1, y: 2 },
    },
    {
      name: 'a fork of a stale branch goes below that branch; on equal depth the first seen continues',
      spec: 'g - active\na g active\nb a active\nc b active\nx a stale\nx2 x stale\nx3 x2 stale\ny x stale\ny2 y stale',
      rows: { g: 0, a: 0, b: 0, c: 0, x: 1, x2: 1, x3: 1, y: 2, y2: 2 },
    },
    {
      name: 'the deeper child continues the lane, the shorter one forks off',
      spec: 'g - active\na g active\nb a active\nc b active\nx a stale\ny x stale\nz x stale\nz2 z stale',
      rows: { g: 0, a: 0, b: 0, c: 0, x: 1, z: 1, z2: 1, y: 2 },
    },
    {
      name: 'forks far apart share row 1',
      spec: 'g - active\na g active\nb a active\nc b active\nd c active\ne d active\nx g stale\ny d stale',
      rows: { x: 1, y: 1, g: 0, a: 0, b: 0, c: 0, d: 0, e: 0 },
    },
    {
      name: 'forks in neighbouring columns do not share a row (an empty column must separate them)',
      spec: 'g - active\na g active\nb a active\nc b active\nx g stale\ny a stale',
      rows: { x: 1, y: 2, g: 0, a: 0, b: 0, c: 0 },
    },
    {
      name: 'orphans (unknown parent) get their own band; an orphan child of an orphan stays on its lane',
      spec: 'g - active\na g active\nx g stale\no1 zz orphan @5\no2 o1 orphan @6\no3 yy orphan @5',
      rows: { g: 0, a: 0, x: 1, o1: 2, o2: 2, o3: 3 },
    },
  ];
  it.each(cases)('$name', ({ spec, rows, tip }) => {
    const layout = layoutChain(tree(spec));
    expect(rowsOf(layout)).toEqual(rows);
    checkInvariants(layout);
    if (tip) expect(layout.tip?.hash).toBe(tip);
  });
});

describe('layoutChain: positions', () => {
  it('places columns by height, left to right, from the lowest height given', () => {
    const layout = layoutChain(tree('p - active\nq p active\nr q active', 100));
    expect(layout.boxes.map((b) => [b.hash, b.column])).toEqual([['p', 0], ['q', 1], ['r', 2]]);
    expect(layout.minHeight).toBe(100);
    const xs = layout.boxes.map((b) => b.x);
    expect(xs[1]! - xs[0]!).toBe(layout.columnStep);
    expect(xs[2]! - xs[1]!).toBe(layout.columnStep);
  });

  it('marks the highest active block as the tip, or the one named in options.tip', () => {
    const blocks = tree('g - active\na g active\nx g stale');
    expect(layoutChain(blocks).boxes.filter((b) => b.isTip).map((b) => b.hash)).toEqual(['a']);
    expect(layoutChain(blocks, { tip: 'x' }).tip?.hash).toBe('x');
  });

  it('gives an orphan a stub link pointing at its unknown parent', () => {
    const layout = layoutChain(tree('g - active\no zz orphan @3'));
    const o = layout.byHash.get('o')!;
    expect(o.link).toMatchObject({ parent: null, status: 'orphan', x2: o.x });
    expect(o.link!.x1).toBeLessThan(o.x);
    expect(layout.orphanRowStart).toBe(1);
    expect(layout.orphanBandY).toBeGreaterThan(layout.byHash.get('g')!.y + layout.boxHeight);
  });

  it('keeps the tipOf lists and counts the kinds of blocks', () => {
    const blocks = tree('g - active\na g active\nx g stale\no zz orphan @4').map((b) => (b.hash === 'a' ? { ...b, tipOf: ['A', 'B'] } : b));
    const layout = layoutChain(blocks);
    expect(layout.byHash.get('a')!.block.tipOf).toEqual(['A', 'B']);
    expect(layout.counts).toEqual({ active: 2, stale: 1, orphan: 1 });
  });

  it('returns an empty layout for no blocks', () => {
    const layout = layoutChain([]);
    expect(layout.boxes).toEqual([]);
    expect(layout.tip).toBeNull();
  });

  it('is deterministic and keeps the invariants at 10,000 blocks with forks and orphans', () => {
    const blocks = syntheticChain({ blocks: 10_000, forkChance: 0.05, seed: 3, orphans: 3 });
    const a = layoutChain(blocks);
    const b = layoutChain(blocks);
    expect(a.boxes.map((x) => [x.hash, x.x, x.y])).toEqual(b.boxes.map((x) => [x.hash, x.x, x.y]));
    expect(a.boxes.length).toBe(blocks.length);
    expect(a.counts.stale).toBeGreaterThan(100);
    checkInvariants(a);
  });
});

describe('layoutChain: bad input is refused with the argument named', () => {
  const base = tree('g - active\na g active');
  const cases: { name: string; blocks: unknown; error: RegExp }[] = [
    { name: 'not an array', blocks: 'abc', error: /blocks must be an array/ },
    { name: 'duplicate hash', blocks: [...base, base[1]], error: /blocks\[2\]\.hash a appears twice/ },
    { name: 'two active blocks at one height', blocks: [...base, { ...base[1]!, hash: 'b' }], error: /two active blocks at height 1/ },
    { name: 'negative height', blocks: [{ ...base[0]!, height: -1 }], error: /blocks\[0\]\.height/ },
    { name: 'unknown status', blocks: [{ ...base[0]!, status: 'winning' }], error: /blocks\[0\]\.status/ },
    { name: 'missing tipOf', blocks: [{ ...base[0]!, tipOf: undefined }], error: /blocks\[0\]\.tipOf/ },
  ];
  it.each(cases)('$name', ({ blocks, error }) => {
    expect(() => layoutChain(blocks as ChainViewBlock[])).toThrow(error);
  });

  it('refuses a tip that is not among the blocks, and bad sizes', () => {
    expect(() => layoutChain(base, { tip: 'nope' })).toThrow(/options\.tip/);
    expect(() => layoutChain(base, { boxWidth: -3 })).toThrow(/options\.boxWidth/);
  });
});
