import { describe, expect, it } from 'vitest';
import { layoutChain } from './chain-layout';
import { followRightEdge, visibleChainItems, type Viewport } from './chain-window';
import { syntheticChain } from './synthetic';
import { seededRandom } from './seeded-random';

const layout = layoutChain(syntheticChain({ blocks: 600, forkChance: 0.15, nestedChance: 0.5, orphans: 4, seed: 11 }));

/** The answer by brute force: every box and link tested against the viewport. */
function bruteForce(v: Viewport) {
  const r = v.x + v.width;
  const b = v.y + v.height;
  const boxes = layout.boxes.filter((x) => x.x <= r && x.x + x.width >= v.x && x.y <= b && x.y + x.height >= v.y).map((x) => x.hash);
  const links = layout.boxes
    .map((x) => x.link)
    .filter((l) => l !== null)
    .filter((l) => Math.min(l.x1, l.x2) <= r && Math.max(l.x1, l.x2) >= v.x && Math.min(l.y1, l.y2) <= b && Math.max(l.y1, l.y2) >= v.y)
    .map((l) => l.child);
  return { boxes: boxes.sort(), links: links.sort() };
}

function query(v: Viewport) {
  const got = visibleChainItems(layout, v);
  return { boxes: got.boxes.map((x) => x.hash).sort(), links: got.links.map((l) => l.child).sort() };
}

describe('visibleChainItems', () => {
  const tip = layout.tip!;
  const cases: { name: string; viewport: Viewport; expectSome: boolean }[] = [
    { name: 'the whole layout', viewport: { x: 0, y: 0, width: layout.width, height: layout.height }, expectSome: true },
    { name: 'a screen at the start', viewport: { x: 0, y: 0, width: 1200, height: 500 }, expectSome: true },
    { name: 'a screen around the tip', viewport: { x: tip.x - 900, y: 0, width: 1200, height: 700 }, expectSome: true },
    { name: 'a thin strip between two columns (links only)', viewport: { x: tip.x - 30, y: 0, width: 20, height: 800 }, expectSome: true },
    { name: 'left of everything', viewport: { x: -5000, y: 0, width: 1000, height: 500 }, expectSome: false },
    { name: 'right of everything', viewport: { x: layout.width + 10, y: 0, width: 1000, height: 500 }, expectSome: false },
    { name: 'below everything', viewport: { x: 0, y: layout.height + 10, width: 5000, height: 500 }, expectSome: false },
    { name: 'an empty viewport', viewport: { x: 300, y: 40, width: 0, height: 0 }, expectSome: true },
  ];
  it.each(cases)('$name: same as testing every item', ({ viewport, expectSome }) => {
    const got = query(viewport);
    expect(got).toEqual(bruteForce(viewport));
    expect(got.boxes.length + got.links.length > 0).toBe(expectSome);
  });

  it('agrees with brute force on 200 random viewports at several zoom levels', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 200; i++) {
      const width = 50 + random() * 4000;
      const v = { x: random() * layout.width - 500, y: random() * layout.height - 100, width, height: width * 0.4 };
      expect(query(v)).toEqual(bruteForce(v));
    }
  });

  it('returns only what is on screen, not the whole chain', () => {
    const got = visibleChainItems(layout, { x: tip.x - 1000, y: 0, width: 1200, height: 600 });
    expect(got.boxes.length).toBeLessThan(40);
    expect(got.boxes.some((b) => b.hash === tip.hash)).toBe(true);
  });

  it('refuses a malformed viewport', () => {
    expect(() => visibleChainItems(layout, { x: NaN, y: 0, width: 1, height: 1 })).toThrow(/viewport\.x/);
    expect(() => visibleChainItems(layout, { x: 0, y: 0, width: -1, height: 1 })).toThrow(/viewport\.width/);
  });
});

describe('followRightEdge', () => {
  const block = (hash: string, parent: string | null, height: number, status: 'active' | 'stale' | 'orphan') => ({ hash, parent, height, txCount: 1, miner: 'A', status, tipOf: [] });
  const cases: { name: string; extra: ReturnType<typeof block>[]; edgeOf: string | null }[] = [
    { name: 'just the tip', extra: [], edgeOf: 't' },
    { name: 'an orphan two heights above the tip', extra: [block('o', 'zz', 4, 'orphan')], edgeOf: 'o' },
    { name: 'an orphan far above the tip is not followed', extra: [block('o', 'zz', 40, 'orphan')], edgeOf: 't' },
    { name: 'a longer stale branch', extra: [block('s', 'g', 1, 'stale'), block('s2', 's', 2, 'stale'), block('s3', 's2', 3, 'stale')], edgeOf: 's3' },
  ];
  it.each(cases)('$name', ({ extra, edgeOf }) => {
    const l = layoutChain([block('g', null, 0, 'active'), block('a', 'g', 1, 'active'), block('t', 'a', 2, 'active'), ...extra]);
    const box = l.byHash.get(edgeOf!)!;
    expect(followRightEdge(l)).toBe(box.x + box.width);
  });

  it('is null without a tip', () => {
    expect(followRightEdge(layoutChain([]))).toBeNull();
  });
});
