/**
 * How tall the Chain panel draws a node's block tree: one row when the tree
 * has no fork (no empty band under a straight chain), one more row per stale
 * branch forking off the active chain and one for the orphan band, up to a
 * maximum (the picture pans and zooms beyond that). Counted in one pass over
 * the blocks: laying the tree out a second time would cost tens of
 * milliseconds at 10,000 blocks.
 */
import type { ChainViewBlock } from '../viz/chain-layout';

/** One row of boxes with its tip badges and margins (layoutChain's defaults). */
export const ONE_ROW_PX = 140;
/** Each further row (box height + gap). */
export const ROW_STEP_PX = 92;

export function chainPictureHeight(blocks: readonly ChainViewBlock[], maxPx: number): number {
  if (!Array.isArray(blocks)) throw new TypeError('blocks must be an array of ChainViewBlock');
  if (!(typeof maxPx === 'number' && maxPx >= ONE_ROW_PX))
    throw new RangeError(`maxPx must be a number >= ${ONE_ROW_PX}`);
  const active = new Set<string>();
  for (const b of blocks) if (b.status === 'active') active.add(b.hash);
  let rows = 0;
  let orphans = false;
  for (const b of blocks) {
    if (b.status === 'stale' && b.parent !== null && active.has(b.parent)) rows++;
    else if (b.status === 'orphan') orphans = true;
  }
  if (orphans) rows++;
  return Math.min(ONE_ROW_PX + ROW_STEP_PX * rows, maxPx);
}
