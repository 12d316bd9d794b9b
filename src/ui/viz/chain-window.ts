/**
 * Which boxes and links of a chain layout intersect a viewport. Only the
 * columns under the viewport are visited (through ChainLayout.columnStart),
 * so the cost follows what is on screen, not the size of the chain: this is
 * what lets ChainView draw 10,000 blocks smoothly.
 */
import type { ChainBox, ChainLayout, ChainLink } from './chain-layout';

/** A rectangle in layout coordinates. */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface VisibleChainItems {
  readonly boxes: readonly ChainBox[];
  readonly links: readonly ChainLink[];
}

/** The boxes and links intersecting `viewport` (edges touching count), in column order. */
export function visibleChainItems(layout: ChainLayout, viewport: Viewport): VisibleChainItems {
  checkViewport(viewport);
  const boxes: ChainBox[] = [];
  const links: ChainLink[] = [];
  const columns = layout.columnStart.length - 1;
  if (columns <= 0) return { boxes, links };
  const left = viewport.x;
  const right = viewport.x + viewport.width;
  const top = viewport.y;
  const bottom = viewport.y + viewport.height;
  // A box of column c spans [margin + c*step, margin + c*step + boxWidth]. A link is
  // stored with its child and spans the gap before the child's column, so the column
  // just right of the viewport is visited too: its links can reach into the viewport.
  const first = Math.max(0, Math.floor((left - layout.margin - layout.boxWidth) / layout.columnStep));
  const last = Math.min(columns - 1, Math.floor((right - layout.margin) / layout.columnStep) + 1);
  for (let c = first; c <= last; c++) {
    for (let k = layout.columnStart[c]!; k < layout.columnStart[c + 1]!; k++) {
      const box = layout.boxes[k]!;
      if (box.x <= right && box.x + box.width >= left && box.y <= bottom && box.y + box.height >= top) boxes.push(box);
      const link = box.link;
      if (link && Math.min(link.x1, link.x2) <= right && Math.max(link.x1, link.x2) >= left && Math.min(link.y1, link.y2) <= bottom && Math.max(link.y1, link.y2) >= top) {
        links.push(link);
      }
    }
  }
  return { boxes, links };
}

function checkViewport(v: Viewport): void {
  if (!v || typeof v !== 'object') throw new TypeError('viewport must be an object {x, y, width, height}');
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    if (!Number.isFinite(v[key])) throw new RangeError(`viewport.${key} must be a finite number, got ${v[key]}`);
  }
  if (v.width < 0 || v.height < 0) throw new RangeError('viewport.width and viewport.height must not be negative');
}

/**
 * The right edge the view keeps in sight when it follows the tip: the tip's
 * right edge, or that of a box (an orphan claiming a greater height, a longer
 * stale branch) at most `lookahead` columns further right. Null without a tip.
 */
export function followRightEdge(layout: ChainLayout, lookahead = 3): number | null {
  const tip = layout.tip;
  if (!tip) return null;
  let right = tip.x + tip.width;
  const last = Math.min(layout.columnStart.length - 2, tip.column + lookahead);
  for (let c = tip.column + 1; c <= last; c++) {
    for (let k = layout.columnStart[c]!; k < layout.columnStart[c + 1]!; k++) right = Math.max(right, layout.boxes[k]!.x + layout.boxes[k]!.width);
  }
  return right;
}
