/**
 * Layout of a block's Merkle tree, root at the top, txids at the bottom, built
 * on the core's merkleLevels so the picture shows exactly what consensus hashes.
 *
 * - Bitcoin's odd-level rule: the last hash of an odd level is paired with
 *   itself; that copy is drawn as its own node, flagged `duplicate`.
 * - Proof path: for the selected transaction, the nodes from its txid to the
 *   root (`onPath`) and the siblings the proof carries (`sibling`): these are
 *   exactly the hashes of the core's merkleProof(txids, index).branch.
 * - Tamper: one txid replaced; every node whose hash changes is `changed` (the
 *   path from that txid to the root, and a duplicate copying a changed node),
 *   and the new root no longer matches the header.
 * - Large blocks: a tree of more than maxLeaves txids collapses: only its top
 *   levels of at most collapsedLevelNodes nodes are drawn in full, below them
 *   only the selected path and its siblings, with counts of what is hidden.
 */
import { isList } from './checks';
import { hashToHex, hexToHash, merkleLevels, merkleProof, sha256d, verifyMerkleProof, type Bytes, type MerkleProof } from '../../core/index';

export type MerkleNodeKind = 'txid' | 'inner' | 'root';

export interface MerkleNode {
  /** "level:index", unique in the layout. */
  readonly id: string;
  readonly level: number;
  readonly index: number;
  /** Display-order hex. */
  readonly hash: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly kind: MerkleNodeKind;
  /** The transaction's position for a txid node, else null. */
  readonly txIndex: number | null;
  /** The copy of the previous node that Bitcoin pairs with the last hash of an odd level. */
  readonly duplicate: boolean;
  /** On the way from the selected txid to the root. */
  readonly onPath: boolean;
  /** A hash the proof carries (a sibling of the path). */
  readonly sibling: boolean;
  /** Differs from the untampered tree. */
  readonly changed: boolean;
}

export interface MerkleEdge {
  readonly child: string;
  readonly parent: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly onPath: boolean;
  readonly changed: boolean;
}

export interface MerkleLevelInfo {
  readonly level: number;
  readonly name: string;
  /** Real hashes on the level (without the duplicate). */
  readonly count: number;
  readonly duplicated: boolean;
  readonly collapsed: boolean;
  /** Nodes drawn (duplicate included). */
  readonly shown: number;
  /** Real hashes not drawn. */
  readonly hidden: number;
  /** Vertical centre of the level's nodes. */
  readonly y: number;
}

export interface MerkleTamper {
  readonly index: number;
  /** The replacement txid; defaults to tamperedTxid(original). */
  readonly txid?: string;
}

export interface MerkleLayoutOptions {
  readonly selected?: number | null;
  readonly tamper?: MerkleTamper | null;
  /** The header's merkle root; defaults to the root of the untampered txids. */
  readonly headerRoot?: string;
  /** Trees with more txids than this collapse (default 32). */
  readonly maxLeaves?: number;
  /** In a collapsed tree, levels with more nodes than this show only the selected path (default 8). */
  readonly collapsedLevelNodes?: number;
  readonly nodeWidth?: number;
  readonly nodeHeight?: number;
  /** Horizontal distance between neighbouring nodes of the widest level shown. */
  readonly slot?: number;
  readonly levelStep?: number;
  readonly margin?: number;
  /** Room on the left for the level names. */
  readonly labelWidth?: number;
}

export interface MerkleLayout {
  readonly nodes: readonly MerkleNode[];
  readonly edges: readonly MerkleEdge[];
  readonly levels: readonly MerkleLevelInfo[];
  readonly width: number;
  readonly height: number;
  readonly collapsed: boolean;
  /** The txids laid out (with the tampered one replaced). */
  readonly txids: readonly string[];
  readonly root: string;
  readonly headerRoot: string;
  readonly rootMatchesHeader: boolean;
  readonly selected: number | null;
  /** The core's proof for the selected transaction, its root replaced by the header's. */
  readonly proof: MerkleProof | null;
  /** verifyMerkleProof(proof): does the selected txid lead to the header's root? */
  readonly verified: boolean | null;
  readonly tamper: { readonly index: number; readonly original: string; readonly replacement: string } | null;
  /** Ids of the changed nodes (shown or not), leaves first. */
  readonly changedIds: readonly string[];
}

export const MERKLE_LAYOUT_DEFAULTS = {
  maxLeaves: 32,
  collapsedLevelNodes: 8,
  nodeWidth: 116,
  nodeHeight: 36,
  slot: 128,
  levelStep: 70,
  margin: 12,
  labelWidth: 72,
} as const;

/** The txid a tampered transaction gets: any change to a transaction gives it a new, unrelated txid. */
export function tamperedTxid(txid: string): string {
  return hashToHex(sha256d(hexToHash(txid, 'txid')));
}

const levelCache = new WeakMap<readonly string[], Bytes[][]>();

function levelsOf(txids: readonly string[]): Bytes[][] {
  let levels = levelCache.get(txids);
  if (!levels) {
    levels = merkleLevels(txids.map((t, i) => hexToHash(t, `txids[${i}]`)));
    levelCache.set(txids, levels);
  }
  return levels;
}

export function layoutMerkle(txids: readonly string[], options: MerkleLayoutOptions = {}): MerkleLayout {
  if (!isList(txids) || txids.length === 0) throw new RangeError('txids must be a non-empty array of txid hex strings');
  const o = { ...MERKLE_LAYOUT_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof MERKLE_LAYOUT_DEFAULTS & MerkleLayoutOptions;
  for (const key of ['maxLeaves', 'collapsedLevelNodes'] as const) {
    if (!Number.isSafeInteger(o[key]) || o[key] < 2) throw new RangeError(`options.${key} must be an integer of at least 2, got ${o[key]}`);
  }
  const selected = options.selected ?? null;
  if (selected !== null && (!Number.isSafeInteger(selected) || selected < 0 || selected >= txids.length)) {
    throw new RangeError(`options.selected must be a transaction index from 0 to ${txids.length - 1}, got ${selected}`);
  }

  const original = levelsOf(txids);
  const originalRoot = hashToHex(original[original.length - 1]![0]!);
  const headerRoot = (options.headerRoot ?? originalRoot).toLowerCase();

  let laidOut = txids;
  let levels = original;
  let tamper: MerkleLayout['tamper'] = null;
  if (options.tamper) {
    const { index } = options.tamper;
    if (!Number.isSafeInteger(index) || index < 0 || index >= txids.length) {
      throw new RangeError(`options.tamper.index must be a transaction index from 0 to ${txids.length - 1}, got ${index}`);
    }
    const replacement = (options.tamper.txid ?? tamperedTxid(txids[index]!)).toLowerCase();
    hexToHash(replacement, 'options.tamper.txid');
    laidOut = txids.map((t, i) => (i === index ? replacement : t));
    levels = merkleLevels(laidOut.map((t) => hexToHash(t)));
    tamper = { index, original: txids[index]!, replacement };
  }

  const depth = levels.length - 1;
  const width = (l: number) => levels[l]!.length + (hasDuplicate(levels, l) ? 1 : 0);
  // The lowest level drawn in full; below it only the selected path is drawn.
  let base = 0;
  if (width(0) > o.maxLeaves) while (base < depth && width(base) > o.collapsedLevelNodes) base++;
  const collapsed = base > 0;

  // Horizontal centres: `base` evenly spaced, each parent over its two children,
  // a duplicate one slot right of the node it copies (spacing never shrinks below a slot).
  const cx: number[][] = [];
  cx[base] = Array.from({ length: width(base) }, (_, i) => i * o.slot);
  for (let l = base + 1; l <= depth; l++) {
    const below = cx[l - 1]!;
    const row = levels[l]!.map((_, i) => (below[2 * i]! + below[2 * i + 1]!) / 2);
    if (hasDuplicate(levels, l)) row.push(row[row.length - 1]! + o.slot);
    cx[l] = row;
  }
  const pathIndex = (l: number) => (selected === null ? -1 : selected >> l);
  if (collapsed && selected !== null) {
    // Below the full levels the path and its sibling sit in two fixed columns under
    // the path's ancestor, left or right by the index bit: a ladder down to the txid.
    const anchor = cx[base]![pathIndex(base)]!;
    for (let l = base - 1; l >= 0; l--) {
      const row: number[] = [];
      const p = pathIndex(l);
      row[p & ~1] = anchor - o.slot / 2;
      row[p | 1] = anchor + o.slot / 2;
      cx[l] = row;
    }
  }

  const shownIndices = (l: number): number[] => {
    if (l >= base) return Array.from({ length: width(l) }, (_, i) => i);
    if (selected === null) return [];
    const p = pathIndex(l);
    return [p & ~1, p | 1].filter((i) => i < width(l));
  };
  let minX = Infinity;
  let maxX = -Infinity;
  for (let l = 0; l <= depth; l++) {
    for (const i of shownIndices(l)) {
      minX = Math.min(minX, cx[l]![i]!);
      maxX = Math.max(maxX, cx[l]![i]!);
    }
  }
  const shiftX = o.margin + o.labelWidth + o.nodeWidth / 2 - minX;
  const levelY = (l: number) => o.margin + (depth - l) * o.levelStep + o.nodeHeight / 2;

  const hashHex = (lv: Bytes[][], l: number, i: number) => hashToHex(lv[l]![Math.min(i, lv[l]!.length - 1)]!);
  const nodes: MerkleNode[] = [];
  const byId = new Map<string, MerkleNode>();
  for (let l = depth; l >= 0; l--) {
    for (const i of shownIndices(l)) {
      const hash = hashHex(levels, l, i);
      const p = pathIndex(l);
      const node: MerkleNode = {
        id: `${l}:${i}`,
        level: l,
        index: i,
        hash,
        x: cx[l]![i]! + shiftX - o.nodeWidth / 2,
        y: levelY(l) - o.nodeHeight / 2,
        width: o.nodeWidth,
        height: o.nodeHeight,
        kind: l === depth ? 'root' : l === 0 ? 'txid' : 'inner',
        txIndex: l === 0 && i < levels[0]!.length ? i : null,
        duplicate: i >= levels[l]!.length,
        onPath: i === p,
        sibling: l < depth && selected !== null && i === (p ^ 1),
        changed: tamper !== null && hash !== hashHex(original, l, i),
      };
      nodes.push(node);
      byId.set(node.id, node);
    }
  }

  const edges: MerkleEdge[] = [];
  for (const n of nodes) {
    if (n.level === depth) continue;
    const parent = byId.get(`${n.level + 1}:${Math.min(n.index, levels[n.level]!.length - 1) >> 1}`);
    if (!parent) continue;
    edges.push({
      child: n.id,
      parent: parent.id,
      x1: n.x + n.width / 2,
      y1: n.y,
      x2: parent.x + parent.width / 2,
      y2: parent.y + parent.height,
      onPath: n.onPath && parent.onPath,
      changed: n.changed && parent.changed,
    });
  }

  const levelInfo: MerkleLevelInfo[] = levels.map((lv, l) => {
    const shown = shownIndices(l).length;
    const duplicated = hasDuplicate(levels, l);
    return {
      level: l,
      name: l === depth ? 'root' : l === 0 ? 'txids' : `level ${l}`,
      count: lv.length,
      duplicated,
      collapsed: l < base,
      shown,
      hidden: lv.length - shownIndices(l).filter((i) => i < lv.length).length,
      y: levelY(l),
    };
  });

  const changedIds: string[] = [];
  if (tamper) {
    for (let l = 0; l <= depth; l++) {
      for (let i = 0; i < width(l); i++) if (hashHex(levels, l, i) !== hashHex(original, l, i)) changedIds.push(`${l}:${i}`);
    }
  }

  const root = hashToHex(levels[depth]![0]!);
  let proof: MerkleProof | null = null;
  let verified: boolean | null = null;
  if (selected !== null) {
    proof = { ...merkleProof(laidOut, selected), root: headerRoot };
    verified = verifyMerkleProof(proof);
  }
  return {
    nodes,
    edges,
    levels: levelInfo,
    width: maxX + shiftX + o.nodeWidth / 2 + o.margin,
    height: levelY(0) + o.nodeHeight / 2 + o.margin,
    collapsed,
    txids: laidOut,
    root,
    headerRoot,
    rootMatchesHeader: root === headerRoot,
    selected,
    proof,
    verified,
    tamper,
    changedIds,
  };
}

/** Bitcoin pairs the last hash of an odd level (below the root) with itself. */
function hasDuplicate(levels: readonly Bytes[][], l: number): boolean {
  return l < levels.length - 1 && levels[l]!.length % 2 === 1;
}
