/**
 * A reorg made visible. When a node switches branch (Core's ActivateBestChain:
 * disconnect back to the fork, connect the new branch), the chain view animates
 * the active path moving from the old branch to the new one and lists the
 * disconnected and connected blocks.
 *
 * reorgDiff finds the fork of two active paths; reorgTransition pairs the
 * layouts before and after, and the *At functions give the picture at time t in
 * [0, 1] (eased), so the component only draws.
 */
import { isList } from './checks';
import { easeCubicInOut } from 'd3-ease';
import type { ChainBox, ChainLayout, ChainLink, ChainViewBlock } from './chain-layout';

export interface ReorgBlockRef {
  readonly hash: string;
  readonly height: number;
}

export interface ReorgDiff {
  /** Last block both paths share; null when they share none. */
  readonly fork: ReorgBlockRef | null;
  readonly oldTip: ReorgBlockRef | null;
  readonly newTip: ReorgBlockRef | null;
  /** Blocks that left the active chain, tip first (as Core disconnects them). */
  readonly disconnected: readonly ReorgBlockRef[];
  /** Blocks that joined the active chain, in chain order. */
  readonly connected: readonly ReorgBlockRef[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ReorgTransition {
  readonly diff: ReorgDiff;
  /** Boxes whose place differs between the two layouts (the others stay put). */
  readonly moves: ReadonlyMap<string, { readonly from: Point; readonly to: Point }>;
  /** Centres of the old active path from the fork to the old tip, in `before`. */
  readonly oldPath: readonly Point[];
  /** Centres of the new active path from the fork to the new tip, in `after`. */
  readonly newPath: readonly Point[];
}

/** True when blocks left the active chain (not a mere extension). */
export function isReorg(diff: ReorgDiff): boolean {
  return diff.disconnected.length > 0;
}

/** The active chain of a block list, in height order. */
export function activePath(blocks: readonly ChainViewBlock[]): ReorgBlockRef[] {
  if (!isList(blocks)) throw new TypeError('blocks must be an array of ChainViewBlock');
  return blocks
    .filter((b) => b.status === 'active')
    .map((b) => ({ hash: b.hash, height: b.height }))
    .sort((a, b) => a.height - b.height);
}

/** Which blocks were disconnected and connected between two active paths (each in height order). */
export function reorgDiff(oldPath: readonly ReorgBlockRef[], newPath: readonly ReorgBlockRef[]): ReorgDiff {
  checkPath(oldPath, 'oldPath');
  checkPath(newPath, 'newPath');
  const oldHashes = new Set(oldPath.map((b) => b.hash));
  let fork: ReorgBlockRef | null = null;
  for (let i = newPath.length - 1; i >= 0; i--) {
    if (oldHashes.has(newPath[i]!.hash)) {
      fork = newPath[i]!;
      break;
    }
  }
  const above = (b: ReorgBlockRef) => fork === null || b.height > fork.height;
  return {
    fork,
    oldTip: oldPath[oldPath.length - 1] ?? null,
    newTip: newPath[newPath.length - 1] ?? null,
    disconnected: oldPath.filter(above).reverse(),
    connected: newPath.filter(above),
  };
}

/** Pairs two layouts of the same node's tree around a reorg. */
export function reorgTransition(before: ChainLayout, after: ChainLayout, diff: ReorgDiff): ReorgTransition {
  const moves = new Map<string, { from: Point; to: Point }>();
  for (const box of after.boxes) {
    const old = before.byHash.get(box.hash);
    let from: Point | undefined;
    if (old) from = { x: old.x, y: old.y };
    else {
      // A block new in `after` slides out of its parent's old place.
      const parent = box.block.parent === null ? undefined : before.byHash.get(box.block.parent);
      if (parent) from = { x: parent.x, y: parent.y };
    }
    if (from && (from.x !== box.x || from.y !== box.y)) moves.set(box.hash, { from, to: { x: box.x, y: box.y } });
  }
  const centres = (layout: ChainLayout, refs: readonly ReorgBlockRef[]) =>
    refs.flatMap((r) => {
      const b = layout.byHash.get(r.hash);
      return b ? [centre(b)] : [];
    });
  const forkRefs = diff.fork ? [diff.fork] : [];
  return {
    diff,
    moves,
    oldPath: centres(before, [...forkRefs, ...[...diff.disconnected].reverse()]),
    newPath: centres(after, [...forkRefs, ...diff.connected]),
  };
}

/** Where a box of the `after` layout is drawn at time t (0 = before, 1 = after). */
export function boxPositionAt(tr: ReorgTransition, box: ChainBox, t: number): Point {
  const move = tr.moves.get(box.hash);
  if (!move) return { x: box.x, y: box.y };
  return lerpPoint(move.from, move.to, easeCubicInOut(clamp01(t)));
}

/** A link with its ends following the moving boxes. */
export function linkAt(tr: ReorgTransition, after: ChainLayout, link: ChainLink, t: number): ChainLink {
  const shift = (hash: string | null): Point => {
    const box = hash === null ? undefined : after.byHash.get(hash);
    if (!box) return { x: 0, y: 0 };
    const p = boxPositionAt(tr, box, t);
    return { x: p.x - box.x, y: p.y - box.y };
  };
  const a = link.parent === null ? shift(link.child) : shift(link.parent);
  const b = shift(link.child);
  return { ...link, x1: link.x1 + a.x, y1: link.y1 + a.y, x2: link.x2 + b.x, y2: link.y2 + b.y };
}

/**
 * The highlighted active path beyond the fork at time t: point i moves from the
 * old path's i-th block to the new path's i-th block (the shorter path repeats
 * its last point), so the line swings from the old branch to the new one.
 */
export function activePathAt(tr: ReorgTransition, t: number): Point[] {
  const e = easeCubicInOut(clamp01(t));
  const n = Math.max(tr.oldPath.length, tr.newPath.length);
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = tr.oldPath[Math.min(i, tr.oldPath.length - 1)];
    const b = tr.newPath[Math.min(i, tr.newPath.length - 1)];
    if (a && b) points.push(lerpPoint(a, b, e));
    else if (a ?? b) points.push((a ?? b)!);
  }
  return points;
}

/** 'disconnected' / 'connected' for blocks the reorg moved, null for the others. */
export function reorgRole(diff: ReorgDiff, hash: string): 'disconnected' | 'connected' | null {
  if (diff.disconnected.some((b) => b.hash === hash)) return 'disconnected';
  if (diff.connected.some((b) => b.hash === hash)) return 'connected';
  return null;
}

function centre(b: ChainBox): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function lerpPoint(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function clamp01(t: number): number {
  if (!Number.isFinite(t)) throw new RangeError(`t must be a number from 0 to 1, got ${t}`);
  return Math.min(1, Math.max(0, t));
}

function checkPath(path: readonly ReorgBlockRef[], name: string): void {
  if (!isList(path)) throw new TypeError(`${name} must be an array of {hash, height}`);
  path.forEach((b, i) => {
    if (!b || typeof b.hash !== 'string') throw new TypeError(`${name}[${i}].hash must be a string`);
    if (!Number.isSafeInteger(b.height)) throw new RangeError(`${name}[${i}].height must be an integer`);
    if (i > 0 && b.height <= path[i - 1]!.height) throw new RangeError(`${name} must be in increasing height order (at index ${i})`);
  });
}
