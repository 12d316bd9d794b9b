/**
 * Layout of one node's block tree, left to right by height.
 *
 *   row 0            the active chain (one box per height)
 *   rows 1..S        stale branches, packed below it: every branch is cut into
 *                    "lanes" (a path of blocks); a lane takes the first free row
 *                    below the lane it forks from, and lanes sharing a row keep an
 *                    empty column between them, so boxes never overlap
 *   orphan band      blocks whose parent is unknown, apart below a gap
 *
 * Links run from a parent's right edge to a child's left edge, inside the gap
 * between two columns, so they never cross a box. Boxes are sorted by column
 * with a column index, so the visible-window query (chain-window.ts) touches
 * only the columns on screen: the view stays smooth at 10,000 blocks.
 */
import { isList } from './checks';

export type ChainBlockStatus = 'active' | 'stale' | 'orphan';

/** One block as the chain view needs it (build it with chainViewBlocks in adapters.ts). */
export interface ChainViewBlock {
  readonly hash: string;
  /** Parent hash; null for genesis. An orphan names a parent the node does not have. */
  readonly parent: string | null;
  /** Height; for an orphan the height its coinbase claims (BIP 34). */
  readonly height: number;
  readonly txCount: number;
  /** Who mined it (a node name, a coinbase message or a short address). */
  readonly miner: string;
  /** active: on the node's active chain; stale: known but off it; orphan: parent unknown. */
  readonly status: ChainBlockStatus;
  /** Network nodes whose active tip is this block. */
  readonly tipOf: readonly string[];
  /** Header time, unix seconds (optional, for tables and charts). */
  readonly time?: number;
}

export interface ChainLayoutOptions {
  readonly boxWidth?: number;
  readonly boxHeight?: number;
  /** Horizontal space between columns, where links run. */
  readonly gapX?: number;
  /** Vertical space between rows, where tip badges sit. */
  readonly gapY?: number;
  readonly margin?: number;
  /** Hash of the node's tip; defaults to the highest active block. */
  readonly tip?: string | null;
}

export interface ChainLink {
  readonly child: string;
  /** Parent hash, or null for an orphan's stub pointing at its unknown parent. */
  readonly parent: string | null;
  readonly status: ChainBlockStatus;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface ChainBox {
  readonly hash: string;
  readonly block: ChainViewBlock;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** height - minHeight. */
  readonly column: number;
  /** 0 = active chain, 1.. stale rows, then the orphan rows (see ChainLayout.orphanRowStart). */
  readonly row: number;
  readonly isTip: boolean;
  /** The link to the parent (drawn with the child), null for a root. */
  readonly link: ChainLink | null;
}

export interface ChainLayout {
  /** Sorted by column, then row. */
  readonly boxes: readonly ChainBox[];
  readonly byHash: ReadonlyMap<string, ChainBox>;
  /** boxes[columnStart[c]] .. boxes[columnStart[c + 1] - 1] are the boxes of column c. */
  readonly columnStart: Int32Array;
  readonly tip: ChainBox | null;
  readonly width: number;
  readonly height: number;
  readonly minHeight: number;
  readonly maxHeight: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly columnStep: number;
  readonly rowStep: number;
  readonly margin: number;
  /** Number of rows used by stale branches. */
  readonly staleRows: number;
  /** Row number of the first orphan row, or null without orphans. */
  readonly orphanRowStart: number | null;
  /** y of the orphan band's label, or null without orphans. */
  readonly orphanBandY: number | null;
  readonly counts: { readonly active: number; readonly stale: number; readonly orphan: number };
  /** What updateChainLayout needs to place a new stale branch as the full layout would. */
  readonly lanes: LaneSummary;
  /** Parents the orphans name (a block arriving with one of these hashes turns a stub into a link). */
  readonly orphanParents: ReadonlySet<string>;
}

/** The stale rows' packing state: where each row's last lane ends, and where the last-packed lane starts. */
export interface LaneSummary {
  /** Row -> the greatest end column of the stale lanes on it (rows from 1). */
  readonly rowEnds: readonly number[];
  /** Start column of the lane packed last (-1 without stale lanes). */
  readonly lastStart: number;
}

/** Boxes sized for 14-15 px text: readable at the back of a room from a 1280x720 projector at zoom 1. */
export const CHAIN_LAYOUT_DEFAULTS = {
  boxWidth: 164,
  boxHeight: 76,
  gapX: 40,
  gapY: 30,
  margin: 16,
} as const;

/** Room above row 0 for the tip badges of the active chain. */
export const BADGE_SPACE = 22;
/** Space between the last stale row and the first orphan row, holding the band's label. */
const ORPHAN_BAND_GAP = 40;

type Sizes = { boxWidth: number; boxHeight: number; gapX: number; gapY: number; margin: number };

const STATUSES: ReadonlySet<string> = new Set(['active', 'stale', 'orphan']);

interface Lane {
  readonly blocks: number[];
  readonly parentLane: Lane | null;
  row: number;
}

/** Lays out a block tree; see the file comment for the rules. Throws on malformed input. */
export function layoutChain(blocks: readonly ChainViewBlock[], options: ChainLayoutOptions = {}): ChainLayout {
  if (!isList(blocks)) throw new TypeError('blocks must be an array of ChainViewBlock');
  const o: Sizes = { ...CHAIN_LAYOUT_DEFAULTS, ...definedOnly(options) };
  for (const key of ['boxWidth', 'boxHeight', 'gapX', 'gapY', 'margin'] as const) {
    if (!Number.isFinite(o[key]) || o[key] < 0) throw new RangeError(`options.${key} must be a non-negative number, got ${o[key]}`);
  }
  const index = new Map<string, number>();
  let minHeight = Infinity;
  let maxHeight = -Infinity;
  blocks.forEach((b, i) => {
    checkBlock(b, i);
    if (index.has(b.hash)) throw new RangeError(`blocks[${i}].hash ${b.hash} appears twice`);
    index.set(b.hash, i);
    minHeight = Math.min(minHeight, b.height);
    maxHeight = Math.max(maxHeight, b.height);
  });
  if (blocks.length === 0) return emptyLayout(o);

  // The active chain: one block per height, on row 0.
  const active = blocks.map((_, i) => i).filter((i) => blocks[i]!.status === 'active');
  active.sort((a, b) => blocks[a]!.height - blocks[b]!.height);
  for (let k = 1; k < active.length; k++) {
    if (blocks[active[k]!]!.height === blocks[active[k - 1]!]!.height) {
      throw new RangeError(`blocks: two active blocks at height ${blocks[active[k]!]!.height}`);
    }
  }

  const children: number[][] = blocks.map(() => []);
  const staleRoots: number[] = [];
  const orphanRoots: number[] = [];
  blocks.forEach((b, i) => {
    if (b.status === 'active') return;
    const p = b.parent === null ? undefined : index.get(b.parent);
    // A lane continues only through blocks of the same kind: stale under stale, orphan under orphan.
    if (p !== undefined && blocks[p]!.status === b.status) children[p]!.push(i);
    else (b.status === 'stale' ? staleRoots : orphanRoots).push(i);
  });

  const column = (i: number) => blocks[i]!.height - minHeight;
  const staleLanes = packLanes(buildLanes(staleRoots, children, column), column, 1);
  const rowEnds: number[] = [];
  for (const lane of staleLanes) rowEnds[lane.row] = Math.max(rowEnds[lane.row] ?? -Infinity, column(lane.blocks[lane.blocks.length - 1]!));
  const lastStart = staleLanes.length > 0 ? column(staleLanes[staleLanes.length - 1]!.blocks[0]!) : -1;
  const orphanLanes = packLanes(buildLanes(orphanRoots, children, column), column, 0);

  const rowOf = new Int32Array(blocks.length).fill(-1);
  for (const i of active) rowOf[i] = 0;
  let staleRows = 0;
  for (const lane of staleLanes) {
    staleRows = Math.max(staleRows, lane.row);
    for (const i of lane.blocks) rowOf[i] = lane.row;
  }
  const orphanRowStart = orphanLanes.length > 0 ? staleRows + 1 : null;
  for (const lane of orphanLanes) for (const i of lane.blocks) rowOf[i] = staleRows + 1 + lane.row;
  const unplaced = rowOf.findIndex((r) => r < 0);
  if (unplaced >= 0) throw new RangeError(`blocks: parent links form a cycle through ${blocks[unplaced]!.hash}`);

  const columnStep = o.boxWidth + o.gapX;
  const rowStep = o.boxHeight + o.gapY;
  const top = o.margin + BADGE_SPACE;
  const orphanBandY = orphanRowStart === null ? null : top + orphanRowStart * rowStep + o.gapY / 2;
  const yOfRow = (row: number) =>
    orphanRowStart !== null && row >= orphanRowStart ? top + row * rowStep + ORPHAN_BAND_GAP : top + row * rowStep;

  const tipHash = options.tip ?? (active.length ? blocks[active[active.length - 1]!]!.hash : null);
  if (tipHash !== null && !index.has(tipHash)) throw new RangeError(`options.tip ${tipHash} is not among the blocks`);

  // Boxes first (links need the parent's box), then links, then the column index.
  const positioned = blocks.map((b, i) => ({
    b,
    x: o.margin + column(i) * columnStep,
    y: yOfRow(rowOf[i]!),
    row: rowOf[i]!,
  }));
  const boxes: ChainBox[] = positioned.map(({ b, x, y, row }, i) => {
    const mid = y + o.boxHeight / 2;
    let link: ChainLink | null = null;
    const p = b.parent === null ? undefined : index.get(b.parent);
    if (p !== undefined) {
      const pp = positioned[p]!;
      link = { child: b.hash, parent: b.parent, status: b.status, x1: pp.x + o.boxWidth, y1: pp.y + o.boxHeight / 2, x2: x, y2: mid };
    } else if (b.status === 'orphan') {
      link = { child: b.hash, parent: null, status: 'orphan', x1: x - o.gapX * 0.75, y1: mid, x2: x, y2: mid };
    }
    return { hash: b.hash, block: b, x, y, width: o.boxWidth, height: o.boxHeight, column: column(i), row, isTip: b.hash === tipHash, link };
  });
  boxes.sort((a, b) => a.column - b.column || a.row - b.row);

  const columns = maxHeight - minHeight + 1;
  const columnStart = new Int32Array(columns + 1);
  for (const box of boxes) columnStart[box.column + 1]!++;
  for (let c = 0; c < columns; c++) columnStart[c + 1]! += columnStart[c]!;

  const byHash = new Map<string, ChainBox>();
  for (const box of boxes) byHash.set(box.hash, box);
  const lastRow = Math.max(...rowOf);
  const counts = { active: active.length, stale: 0, orphan: 0 };
  const orphanParents = new Set<string>();
  for (const b of blocks) {
    if (b.status === 'stale' || b.status === 'orphan') counts[b.status]++;
    if (b.status === 'orphan' && b.parent !== null) orphanParents.add(b.parent);
  }

  return {
    boxes,
    byHash,
    columnStart,
    tip: tipHash === null ? null : byHash.get(tipHash)!,
    width: o.margin * 2 + columns * columnStep - o.gapX,
    height: yOfRow(lastRow) + o.boxHeight + o.margin,
    minHeight,
    maxHeight,
    boxWidth: o.boxWidth,
    boxHeight: o.boxHeight,
    columnStep,
    rowStep,
    margin: o.margin,
    staleRows,
    orphanRowStart,
    orphanBandY,
    counts,
    lanes: { rowEnds, lastStart },
    orphanParents,
  };
}

/**
 * Cuts the trees under `roots` into lanes: a lane follows the child with the
 * deepest subtree (the first seen on a tie); every other child starts a lane of
 * its own whose parent lane is this one.
 */
function buildLanes(roots: readonly number[], children: readonly number[][], column: (i: number) => number): Lane[] {
  const depth = subtreeDepths(roots, children);
  const lanes: Lane[] = [];
  const stack: [number, Lane | null][] = roots.map((r) => [r, null] as [number, Lane | null]).reverse();
  while (stack.length) {
    const [root, parentLane] = stack.pop()!;
    const lane: Lane = { blocks: [], parentLane, row: -1 };
    lanes.push(lane);
    let cur: number | undefined = root;
    while (cur !== undefined) {
      lane.blocks.push(cur);
      let best: number | undefined;
      for (const k of children[cur]!) if (best === undefined || depth.get(k)! > depth.get(best)!) best = k;
      for (const k of children[cur]!) if (k !== best) stack.push([k, lane]);
      cur = best;
    }
  }
  // Parents start before their forks, so sorting by start column keeps parent lanes first.
  const start = (l: Lane) => column(l.blocks[0]!);
  return lanes.sort((a, b) => start(a) - start(b) || a.blocks[0]! - b.blocks[0]!);
}

/** Longest path (in blocks) below each node, computed without recursion (chains can be 10,000 deep). */
function subtreeDepths(roots: readonly number[], children: readonly number[][]): Map<number, number> {
  const depth = new Map<number, number>();
  const order: number[] = [];
  const stack = [...roots];
  while (stack.length) {
    const i = stack.pop()!;
    order.push(i);
    stack.push(...children[i]!);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    let d = 0;
    for (const c of children[i]!) d = Math.max(d, depth.get(c)!);
    depth.set(i, d + 1);
  }
  return depth;
}

/**
 * First-fit rows: a lane takes the first row at or below `baseRow` (and below its
 * parent lane) whose lanes all end at least two columns before it starts, so
 * one empty column separates lanes on a row.
 */
function packLanes(lanes: Lane[], column: (i: number) => number, baseRow: number): Lane[] {
  const maxEnd: number[] = [];
  for (const lane of lanes) {
    const start = column(lane.blocks[0]!);
    const end = column(lane.blocks[lane.blocks.length - 1]!);
    let row = lane.parentLane ? lane.parentLane.row + 1 : baseRow;
    while ((maxEnd[row] ?? -Infinity) >= start - 1) row++;
    maxEnd[row] = Math.max(maxEnd[row] ?? -Infinity, end);
    lane.row = row;
  }
  return lanes;
}

export function checkBlock(b: ChainViewBlock, i: number): void {
  if (!b || typeof b !== 'object') throw new TypeError(`blocks[${i}] must be a ChainViewBlock object`);
  if (typeof b.hash !== 'string' || b.hash.length === 0) throw new TypeError(`blocks[${i}].hash must be a non-empty string`);
  if (b.parent !== null && typeof b.parent !== 'string') throw new TypeError(`blocks[${i}].parent must be a string or null`);
  if (!Number.isSafeInteger(b.height) || b.height < 0) throw new RangeError(`blocks[${i}].height must be a non-negative integer, got ${b.height}`);
  if (!STATUSES.has(b.status)) throw new RangeError(`blocks[${i}].status must be active, stale or orphan, got ${String(b.status)}`);
  if (!isList(b.tipOf)) throw new TypeError(`blocks[${i}].tipOf must be an array of node names`);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function emptyLayout(o: Sizes): ChainLayout {
  return {
    boxes: [],
    byHash: new Map(),
    columnStart: new Int32Array(1),
    tip: null,
    width: o.margin * 2,
    height: o.margin * 2,
    minHeight: 0,
    maxHeight: -1,
    boxWidth: o.boxWidth,
    boxHeight: o.boxHeight,
    columnStep: o.boxWidth + o.gapX,
    rowStep: o.boxHeight + o.gapY,
    margin: o.margin,
    staleRows: 0,
    orphanRowStart: null,
    orphanBandY: null,
    counts: { active: 0, stale: 0, orphan: 0 },
    lanes: { rowEnds: [], lastStart: -1 },
    orphanParents: new Set(),
  };
}
