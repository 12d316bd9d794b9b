/**
 * The Merkle tree as an outline, for a frame too narrow for the tree (a
 * phone): one node a row, root first, each child under its parent and indented
 * one step per level, depth first (like a folder tree). Its width grows with
 * the depth, not with the number of transactions, so a block's tree fits a
 * 390 px phone at full size instead of scrolling sideways. Same nodes, same
 * proof path and tamper marks as the tree layout (layoutMerkle): only the
 * positions change. Edges become elbows: down from the parent's left, then
 * right into the child.
 */
import type { MerkleEdge, MerkleLayout, MerkleNode } from './merkle-layout';

export const MERKLE_OUTLINE_DEFAULTS = {
  /** Horizontal step per level. */
  indent: 26,
  /** Vertical gap between rows. */
  rowGap: 8,
  margin: 12,
  /** Room right of the deepest node for the level name ("level 2", "txids"). */
  labelWidth: 64,
} as const;

export type MerkleOutlineOptions = Partial<Record<keyof typeof MERKLE_OUTLINE_DEFAULTS, number>>;

/** Where each node's level name is drawn in the outline (right of its row). */
export interface MerkleOutlineLabel {
  readonly node: string;
  /** The node's level: the picture writes its name in the page's language (merkle-words levelName). */
  readonly level: number;
  readonly x: number;
  readonly y: number;
  /** The layout's English level name ("root", "txids", "level 2"). */
  readonly name: string;
}

export interface MerkleOutline extends MerkleLayout {
  readonly labels: readonly MerkleOutlineLabel[];
}

/** Re-lays `tree` (from layoutMerkle) as an outline: same nodes and edges, new positions. */
export function outlineMerkle(
  tree: MerkleLayout,
  options: MerkleOutlineOptions = {},
): MerkleOutline {
  if (!tree || !Array.isArray(tree.nodes) || tree.nodes.length === 0)
    throw new TypeError('tree must be a layoutMerkle result');
  const o = { ...MERKLE_OUTLINE_DEFAULTS, ...options };
  for (const [key, value] of Object.entries(o)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`options.${key} must be a number of at least 0, got ${value}`);
  }
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const children = new Map<string, MerkleNode[]>();
  for (const e of tree.edges) {
    const child = byId.get(e.child)!;
    const list = children.get(e.parent) ?? [];
    list.push(child);
    children.set(e.parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.index - b.index);
  const root = tree.nodes.find((n) => n.kind === 'root')!;
  const depth = root.level;

  // Depth first from the root: each node's row, indented by how far below the root it sits.
  const placed = new Map<string, MerkleNode>();
  const order: MerkleNode[] = [];
  const visit = (n: MerkleNode) => {
    const row = order.length;
    const moved = {
      ...n,
      x: o.margin + (depth - n.level) * o.indent,
      y: o.margin + row * (n.height + o.rowGap),
    };
    placed.set(n.id, moved);
    order.push(moved);
    for (const c of children.get(n.id) ?? []) visit(c);
  };
  visit(root);

  const edges: MerkleEdge[] = tree.edges.map((e) => {
    const child = placed.get(e.child)!;
    const parent = placed.get(e.parent)!;
    return {
      ...e,
      x1: child.x,
      y1: child.y + child.height / 2,
      x2: parent.x + o.indent / 2,
      y2: parent.y + parent.height,
    };
  });
  const levelName = new Map(tree.levels.map((l) => [l.level, l.name]));
  const labels = order.map((n) => ({
    node: n.id,
    level: n.level,
    x: n.x + n.width + 6,
    y: n.y + n.height / 2 + 4,
    name: levelName.get(n.level) ?? '',
  }));
  const nodeWidth = root.width;
  const last = order[order.length - 1]!;
  return {
    ...tree,
    nodes: order,
    edges,
    labels,
    width: o.margin * 2 + depth * o.indent + nodeWidth + 6 + o.labelWidth,
    height: last.y + last.height + o.margin,
  };
}
