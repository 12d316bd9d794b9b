/**
 * Updating a chain layout for what changed instead of laying the whole tree
 * out again: a block found on the tip, a competing block forking off the
 * active chain, another node's tip moving. These are what a running network
 * does almost every time, and each touches one column; laying out 10,000
 * blocks again for them cost ~20 ms a block.
 *
 * The result is always exactly what layoutChain gives for the same blocks (the
 * tests compare them box by box): a change is applied in place only when the
 * full layout would move nothing else, and anything else (a reorg, a branch
 * growing, an orphan adopted, an orphan band that would shift) is laid out
 * whole.
 */
import { BADGE_SPACE, checkBlock, layoutChain, type ChainBox, type ChainLayout, type ChainLayoutOptions, type ChainLink, type ChainViewBlock } from './chain-layout';
import { OverlayMap } from './overlay-map';

export interface ChainLayoutChange {
  /** Blocks new to the tree, in the order they were appended to the block list. */
  readonly added: readonly ChainViewBlock[];
  /** Blocks already laid out whose record was replaced (tip badges, miner, tx count). */
  readonly changed: readonly ChainViewBlock[];
}

export interface ChainLayoutUpdate {
  readonly layout: ChainLayout;
  /** True when the change was applied in place, false when the tree was laid out whole. */
  readonly local: boolean;
}

/**
 * The list `next` differs from `prev` by records replaced in place and records
 * appended: the change between them, or null when it is anything else (blocks
 * removed or reordered). Compares by identity, so it costs one pass of
 * pointer comparisons.
 */
export function chainChange(prev: readonly ChainViewBlock[], next: readonly ChainViewBlock[]): ChainLayoutChange | null {
  if (next.length < prev.length) return null;
  const changed: ChainViewBlock[] = [];
  for (let i = 0; i < prev.length; i++) {
    if (next[i] === prev[i]) continue;
    if (next[i]!.hash !== prev[i]!.hash) return null;
    changed.push(next[i]!);
  }
  return { added: next.slice(prev.length), changed };
}

/**
 * The layout of `blocks` (the full new list), from `prev`, the layout of the
 * list before `change`. `options` must be those `prev` was made with.
 */
export function updateChainLayout(prev: ChainLayout, blocks: readonly ChainViewBlock[], change: ChainLayoutChange, options: ChainLayoutOptions = {}): ChainLayoutUpdate {
  const local = prev.boxes.length > 0 && options.tip === undefined ? applyLocally(prev, change) : null;
  return local ? { layout: local, local: true } : { layout: layoutChain(blocks, options), local: false };
}

/** Malformed records take the full layout's path, which names what is wrong with them. */
function wellFormed(b: ChainViewBlock): boolean {
  try {
    checkBlock(b, 0);
    return true;
  } catch {
    return false;
  }
}

/** The layout after `change`, or null when the change is not local. */
function applyLocally(prev: ChainLayout, change: ChainLayoutChange): ChainLayout | null {
  const byHash = new Map<string, ChainBox>(); // what changes: laid over prev.byHash at the end
  const boxOf = (hash: string) => byHash.get(hash) ?? prev.byHash.get(hash);
  const boxes = prev.boxes.slice();
  const gapX = prev.columnStep - prev.boxWidth;
  const top = prev.margin + BADGE_SPACE;
  let tip = prev.tip;
  let maxHeight = prev.maxHeight;
  let staleRows = prev.staleRows;
  const rowEnds = prev.lanes.rowEnds.slice();
  let lastStart = prev.lanes.lastStart;
  const counts = { ...prev.counts };

  const replace = (box: ChainBox) => {
    const old = boxOf(box.hash)!;
    for (let k = prev.columnStart[old.column]!; k < boxes.length; k++) {
      if (boxes[k]!.hash === box.hash) {
        boxes[k] = box;
        break;
      }
    }
    byHash.set(box.hash, box);
  };

  for (const b of change.changed) {
    if (!wellFormed(b)) return null;
    const old = boxOf(b.hash);
    if (!old || old.block.status !== b.status || old.block.parent !== b.parent || old.block.height !== b.height) return null;
    replace({ ...old, block: b });
  }
  if (tip) tip = boxOf(tip.hash)!;

  for (const b of change.added) {
    if (!wellFormed(b)) return null;
    if (boxOf(b.hash) || b.parent === null || prev.orphanParents.has(b.hash) || b.height < prev.minHeight) return null;
    const parent = boxOf(b.parent);
    if (!parent || parent.block.status !== 'active' || b.height !== parent.block.height + 1) return null;
    const column = b.height - prev.minHeight;
    let row: number;
    if (b.status === 'active') {
      // A new tip: it must extend the tip, which stops being one.
      if (!tip || parent.hash !== tip.hash) return null;
      row = 0;
    } else if (b.status === 'stale') {
      // A new branch off the active chain, packed after every other lane (as layoutChain packs it).
      if (column < lastStart) return null;
      row = 1;
      while ((rowEnds[row] ?? -Infinity) >= column - 1) row++;
      if (row > staleRows && prev.orphanRowStart !== null) return null; // the orphan band would move down
      rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, column);
      lastStart = column;
      staleRows = Math.max(staleRows, row);
    } else {
      return null;
    }
    const x = prev.margin + column * prev.columnStep;
    const y = top + row * prev.rowStep;
    const link: ChainLink = { child: b.hash, parent: b.parent, status: b.status, x1: parent.x + prev.boxWidth, y1: parent.y + prev.boxHeight / 2, x2: x, y2: y + prev.boxHeight / 2 };
    const box: ChainBox = { hash: b.hash, block: b, x, y, width: prev.boxWidth, height: prev.boxHeight, column, row, isTip: b.status === 'active', link };
    if (b.status === 'active') {
      replace({ ...boxOf(tip!.hash)!, isTip: false });
      tip = box;
    }
    // Boxes are sorted by column, then row: most arrivals go at the very end.
    let at = boxes.length;
    while (at > 0 && (boxes[at - 1]!.column > column || (boxes[at - 1]!.column === column && boxes[at - 1]!.row > row))) at--;
    boxes.splice(at, 0, box);
    byHash.set(box.hash, box);
    maxHeight = Math.max(maxHeight, b.height);
    counts[b.status]++;
  }

  // The column index from prev's: new columns start empty after the last box, and each added
  // box shifts the starts of the columns after its own (a new tip: only the last one). Counting
  // every box again would cost a pass over the whole tree for each block.
  const columns = maxHeight - prev.minHeight + 1;
  const columnStart = new Int32Array(columns + 1);
  columnStart.set(prev.columnStart);
  columnStart.fill(prev.columnStart[prev.columnStart.length - 1]!, prev.columnStart.length);
  for (const b of change.added) for (let c = b.height - prev.minHeight + 1; c <= columns; c++) columnStart[c]!++;
  const lastRow = prev.orphanRowStart !== null ? null : staleRows;
  return {
    ...prev,
    boxes,
    byHash: OverlayMap.with(prev.byHash, byHash),
    columnStart,
    tip,
    width: prev.margin * 2 + columns * prev.columnStep - gapX,
    height: lastRow === null ? prev.height : top + lastRow * prev.rowStep + prev.boxHeight + prev.margin,
    maxHeight,
    staleRows,
    counts,
    lanes: { rowEnds, lastStart },
  };
}
