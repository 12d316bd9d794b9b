import { describe, expect, it } from 'vitest';
import { layoutNetwork, type NetworkLayout, type NetworkViewLink, type NetworkViewNode } from './network-layout';
import { messagesInFlight, type NetworkMessage } from './network-messages';
import { BRANCH_SHAPES, shapePath } from './shapes';

const node = (id: string, group = 'all', branch = 0): NetworkViewNode => ({ id, label: id, height: 3, tipHash: 'ab', group, branch });
const mesh = (ids: string[]): NetworkViewLink[] => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b })));

/** Every node lies inside its group's circle, and the circles of two groups do not meet. */
function expectSeparated(layout: NetworkLayout): void {
  for (const g of layout.groups) {
    for (const id of g.nodeIds) {
      const n = layout.byId.get(id)!;
      expect(Math.hypot(n.x - g.cx, n.y - g.cy) + layout.nodeRadius).toBeLessThanOrEqual(g.r + 1e-9);
    }
  }
  for (let i = 0; i < layout.groups.length; i++) {
    for (let j = i + 1; j < layout.groups.length; j++) {
      const a = layout.groups[i]!;
      const b = layout.groups[j]!;
      expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
    }
  }
  for (const n of layout.nodes) {
    expect(n.x - layout.nodeRadius).toBeGreaterThanOrEqual(0);
    expect(n.y - layout.nodeRadius).toBeGreaterThanOrEqual(0);
    expect(n.x + layout.nodeRadius).toBeLessThanOrEqual(layout.width);
    expect(n.y + layout.nodeRadius).toBeLessThanOrEqual(layout.height);
  }
}

function minDistance(layout: NetworkLayout): number {
  let min = Infinity;
  for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
  return min;
}

describe('layoutNetwork', () => {
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
  const cases: { name: string; nodes: NetworkViewNode[]; groups: string[][]; mode: 'ring' | 'force' }[] = [
    { name: 'one ring', nodes: ids.map((id) => node(id)), groups: [ids], mode: 'ring' },
    { name: 'a partition into two rings', nodes: ids.map((id, i) => node(id, i < 3 ? 'p1' : 'p2')), groups: [['A', 'B', 'C'], ['D', 'E', 'F']], mode: 'ring' },
    { name: 'three groups, one of a single node', nodes: ids.map((id, i) => node(id, i < 4 ? 'x' : i === 4 ? 'y' : 'z')), groups: [['A', 'B', 'C', 'D'], ['E'], ['F']], mode: 'ring' },
    { name: 'a force layout of one group', nodes: ids.map((id) => node(id)), groups: [ids], mode: 'force' },
    { name: 'a force layout with a partition', nodes: ids.map((id, i) => node(id, i % 2 ? 'odd' : 'even')), groups: [['A', 'C', 'E'], ['B', 'D', 'F']], mode: 'force' },
  ];
  it.each(cases)('$name: groups in order, separated, nodes apart, deterministic', ({ nodes, groups, mode }) => {
    const links = mesh(nodes.map((n) => n.id));
    const layout = layoutNetwork(nodes, links, { mode });
    expect(layout.groups.map((g) => g.nodeIds)).toEqual(groups);
    expect(layout.groups.map((g) => g.label)).toEqual(groups.length > 1 ? groups.map((_, i) => `Partition ${i + 1}`) : ['Network']);
    expectSeparated(layout);
    expect(minDistance(layout)).toBeGreaterThan(layout.nodeRadius * 2);
    // Links between groups are cut by the partition, the others are not.
    for (const l of layout.links) expect(l.cut).toBe(layout.byId.get(l.source)!.node.group !== layout.byId.get(l.target)!.node.group);
    expect(layoutNetwork(nodes, links, { mode })).toEqual(layout);
  });

  it('gives each branch its own shape', () => {
    const layout = layoutNetwork([node('A', 'g', 0), node('B', 'g', 1), node('C', 'g', 2)], []);
    expect(layout.nodes.map((n) => n.shape)).toEqual(BRANCH_SHAPES.slice(0, 3));
    for (const s of BRANCH_SHAPES) expect(shapePath(s, 10)).toMatch(/^M.*Z$/);
  });

  it('keeps an explicit cut flag and the latency', () => {
    const layout = layoutNetwork([node('A'), node('B')], [{ source: 'A', target: 'B', cut: true, latencyMs: 120 }]);
    expect(layout.links[0]).toMatchObject({ cut: true, latencyMs: 120 });
  });

  const bad: { name: string; run: () => unknown; error: RegExp }[] = [
    { name: 'a duplicate id', run: () => layoutNetwork([node('A'), node('A')], []), error: /nodes\[1\]\.id A appears twice/ },
    { name: 'a link to an unknown node', run: () => layoutNetwork([node('A')], [{ source: 'A', target: 'Q' }]), error: /links\[0\]\.target Q/ },
    { name: 'a bad mode', run: () => layoutNetwork([node('A')], [], { mode: 'grid' as 'ring' }), error: /options\.mode/ },
    { name: 'a bad branch', run: () => layoutNetwork([node('A', 'g', -1)], []), error: /nodes\[0\]\.branch/ },
  ];
  it.each(bad)('refuses $name', ({ run, error }) => expect(run).toThrow(error));
});

describe('messagesInFlight', () => {
  const layout = layoutNetwork([node('A'), node('B'), node('C')], mesh(['A', 'B', 'C']));
  const a = layout.byId.get('A')!;
  const b = layout.byId.get('B')!;
  const msg = (id: string, from: string, to: string, sentAt: number, deliverAt: number): NetworkMessage => ({ id, from, to, kind: 'block', sentAt, deliverAt });
  const cases: { name: string; now: number; ids: string[]; progress?: number }[] = [
    { name: 'before sending', now: 99, ids: [] },
    { name: 'just sent', now: 100, ids: ['m1'], progress: 0 },
    { name: 'half way', now: 150, ids: ['m1'], progress: 0.5 },
    { name: 'delivered', now: 200, ids: [] },
  ];
  it.each(cases)('$name', ({ now, ids, progress }) => {
    const dots = messagesInFlight(layout, [msg('m1', 'A', 'B', 100, 200), msg('gone', 'A', 'Z', 0, 1000), msg('instant', 'A', 'B', 150, 150)], now);
    expect(dots.map((d) => d.id)).toEqual(ids);
    if (progress !== undefined) {
      const d = dots[0]!;
      expect(d.progress).toBe(progress);
      // On the line A->B, offset by a few pixels to one side.
      const along = { x: a.x + (b.x - a.x) * progress, y: a.y + (b.y - a.y) * progress };
      expect(Math.hypot(d.x - along.x, d.y - along.y)).toBeCloseTo(5, 5);
    }
  });

  it('puts the two directions of a link on opposite sides', () => {
    const [ab, ba] = messagesInFlight(layout, [msg('ab', 'A', 'B', 0, 10), msg('ba', 'B', 'A', 0, 10)], 5);
    expect(Math.hypot(ab!.x - ba!.x, ab!.y - ba!.y)).toBeCloseTo(10, 5);
  });

  it('with reduced motion draws a message half-way whatever its progress, and still reports the progress', () => {
    const m = [msg('m1', 'A', 'B', 100, 200)];
    const early = messagesInFlight(layout, m, 110, { still: true })[0]!;
    const late = messagesInFlight(layout, m, 190, { still: true })[0]!;
    expect([late.x, late.y]).toEqual([early.x, early.y]);
    expect([early.progress, late.progress]).toEqual([0.1, 0.9]);
    const moving = messagesInFlight(layout, m, 190)[0]!;
    expect([moving.x, moving.y]).not.toEqual([late.x, late.y]);
  });

  it('refuses a bad clock', () => {
    expect(() => messagesInFlight(layout, [], NaN)).toThrow(/now must be a finite number/);
  });
});
