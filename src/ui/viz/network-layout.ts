/**
 * Layout of the simulated network: nodes and their peer links, one cluster per
 * partition group, clusters side by side with a gap so a partition is seen as
 * separated groups. Inside a cluster the nodes sit on a ring, or where the force
 * layout is asked for, d3-force runs a fixed number of ticks from a seeded
 * start (deterministic: the same input gives the same picture).
 */
import { isList } from './checks';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { branchShape, type MarkerShape } from './shapes';
import { seededRandom } from './seeded-random';

export interface NetworkViewNode {
  readonly id: string;
  /** Short name drawn on the node ("A"). */
  readonly label: string;
  /** Height of the node's active tip. */
  readonly height: number;
  readonly tipHash: string;
  /** Partition group: nodes of different groups cannot reach each other. */
  readonly group: string;
  /** Branch of the node's tip (0 = the most-work branch), see assignBranches. */
  readonly branch: number;
  readonly mining?: boolean;
}

export interface NetworkViewLink {
  readonly source: string;
  readonly target: string;
  readonly latencyMs?: number;
  /** Cut by a partition; defaults to "the ends are in different groups". */
  readonly cut?: boolean;
}

export interface NetworkLayoutOptions {
  readonly mode?: 'ring' | 'force';
  readonly nodeRadius?: number;
  /** Distance between neighbouring nodes on a ring (and the force layout's link length). */
  readonly spacing?: number;
  readonly clusterGap?: number;
  readonly margin?: number;
  /** Force layout: number of ticks run. */
  readonly ticks?: number;
  /** Force layout: seed of the starting jitter. */
  readonly seed?: number;
}

export interface PlacedNetworkNode {
  readonly id: string;
  readonly node: NetworkViewNode;
  readonly x: number;
  readonly y: number;
  readonly shape: MarkerShape;
}

export interface PlacedNetworkLink {
  readonly source: string;
  readonly target: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly cut: boolean;
  readonly latencyMs: number | null;
}

export interface NetworkGroupCluster {
  readonly id: string;
  /** "Partition 1" (or "Network" when there is one group). */
  readonly label: string;
  readonly nodeIds: readonly string[];
  readonly cx: number;
  readonly cy: number;
  /** Radius of the circle drawn around the cluster; circles of two clusters never meet. */
  readonly r: number;
}

export interface NetworkLayout {
  readonly nodes: readonly PlacedNetworkNode[];
  readonly links: readonly PlacedNetworkLink[];
  readonly groups: readonly NetworkGroupCluster[];
  readonly byId: ReadonlyMap<string, PlacedNetworkNode>;
  readonly width: number;
  readonly height: number;
  readonly nodeRadius: number;
}

export const NETWORK_LAYOUT_DEFAULTS = {
  mode: 'ring',
  nodeRadius: 20,
  spacing: 130,
  clusterGap: 56,
  margin: 16,
  ticks: 300,
  seed: 1,
} as const;

/** Room inside a cluster's circle for the labels under the nodes and for the group label above. */
const LABEL_ROOM = 40;

interface SimNode extends SimulationNodeDatum {
  id: string;
}

export function layoutNetwork(nodes: readonly NetworkViewNode[], links: readonly NetworkViewLink[], options: NetworkLayoutOptions = {}): NetworkLayout {
  if (!isList(nodes)) throw new TypeError('nodes must be an array of NetworkViewNode');
  if (!isList(links)) throw new TypeError('links must be an array of NetworkViewLink');
  const o = { ...NETWORK_LAYOUT_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Required<NetworkLayoutOptions>;
  if (o.mode !== 'ring' && o.mode !== 'force') throw new RangeError(`options.mode must be 'ring' or 'force', got ${String(o.mode)}`);
  const byNode = new Map<string, NetworkViewNode>();
  nodes.forEach((n, i) => {
    if (!n || typeof n.id !== 'string' || n.id === '') throw new TypeError(`nodes[${i}].id must be a non-empty string`);
    if (byNode.has(n.id)) throw new RangeError(`nodes[${i}].id ${n.id} appears twice`);
    if (typeof n.group !== 'string') throw new TypeError(`nodes[${i}].group must be a string`);
    if (!Number.isSafeInteger(n.branch) || n.branch < 0) throw new RangeError(`nodes[${i}].branch must be a non-negative integer`);
    byNode.set(n.id, n);
  });
  links.forEach((l, i) => {
    if (!byNode.has(l?.source)) throw new RangeError(`links[${i}].source ${String(l?.source)} is not a node`);
    if (!byNode.has(l.target)) throw new RangeError(`links[${i}].target ${String(l.target)} is not a node`);
  });

  // Groups in order of first appearance.
  const groupIds: string[] = [];
  const members = new Map<string, string[]>();
  for (const n of nodes) {
    if (!members.has(n.group)) {
      members.set(n.group, []);
      groupIds.push(n.group);
    }
    members.get(n.group)!.push(n.id);
  }

  // Each cluster is laid out around (0, 0), then shifted into its slot.
  const local = groupIds.map((g) => {
    const ids = members.get(g)!;
    const inner = links.filter((l) => byNode.get(l.source)!.group === g && byNode.get(l.target)!.group === g);
    const pos = o.mode === 'ring' ? ringPositions(ids.length, o.spacing) : forcePositions(ids, inner, o);
    const radius = Math.max(0, ...pos.map((p) => Math.hypot(p.x, p.y))) + o.nodeRadius + LABEL_ROOM;
    return { g, ids, pos, radius };
  });
  const tallest = Math.max(0, ...local.map((c) => c.radius));
  const cy = o.margin + tallest;
  let x = o.margin;
  const placed: PlacedNetworkNode[] = [];
  const groups: NetworkGroupCluster[] = [];
  local.forEach((c, k) => {
    const cx = x + c.radius;
    x = cx + c.radius + o.clusterGap;
    groups.push({ id: c.g, label: groupIds.length > 1 ? `Partition ${k + 1}` : 'Network', nodeIds: c.ids, cx, cy, r: c.radius });
    c.ids.forEach((id, i) => {
      const node = byNode.get(id)!;
      placed.push({ id, node, x: cx + c.pos[i]!.x, y: cy + c.pos[i]!.y, shape: branchShape(node.branch) });
    });
  });
  const byId = new Map(placed.map((p) => [p.id, p]));
  const placedLinks: PlacedNetworkLink[] = links.map((l) => {
    const a = byId.get(l.source)!;
    const b = byId.get(l.target)!;
    return {
      source: l.source,
      target: l.target,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      cut: l.cut ?? a.node.group !== b.node.group,
      latencyMs: l.latencyMs ?? null,
    };
  });
  return {
    nodes: placed,
    links: placedLinks,
    groups,
    byId,
    width: Math.max(o.margin * 2, x - o.clusterGap + o.margin),
    height: cy + tallest + o.margin,
    nodeRadius: o.nodeRadius,
  };
}

/** n points on a circle (the first at the top), neighbours `spacing` apart along the arc. */
function ringPositions(n: number, spacing: number): { x: number; y: number }[] {
  if (n === 1) return [{ x: 0, y: 0 }];
  const r = Math.max(spacing / 2, (spacing * n) / (2 * Math.PI));
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: round(r * Math.cos(a)), y: round(r * Math.sin(a)) };
  });
}

function forcePositions(ids: readonly string[], links: readonly NetworkViewLink[], o: Required<NetworkLayoutOptions>): { x: number; y: number }[] {
  const random = seededRandom(o.seed);
  const start = ringPositions(ids.length, o.spacing);
  const sim: SimNode[] = ids.map((id, i) => ({ id, x: start[i]!.x + (random() - 0.5) * 10, y: start[i]!.y + (random() - 0.5) * 10 }));
  const simulation = forceSimulation(sim)
    .randomSource(random)
    .force('link', forceLink<SimNode, { source: string; target: string }>(links.map((l) => ({ source: l.source, target: l.target }))).id((d) => d.id).distance(o.spacing))
    .force('charge', forceManyBody().strength(-240))
    .force('collide', forceCollide(o.nodeRadius * 1.8))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .stop();
  simulation.tick(o.ticks);
  // Centre the cluster on its centroid so the surrounding circle is as small as it can be.
  const mx = sim.reduce((s, n) => s + n.x!, 0) / sim.length;
  const my = sim.reduce((s, n) => s + n.y!, 0) / sim.length;
  return sim.map((n) => ({ x: round(n.x! - mx), y: round(n.y! - my) }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
