/**
 * The block bodies of a started network, read onto its shelf in the
 * background after a start from the block index (start-nodes.ts): a page of
 * bodies and their undo data at a time, so that no task runs long.
 */
import type { BlockShelf } from './block-shelf';
import type { ChainStore } from './store';

export interface FillProgress {
  readonly blocks: number;
  readonly total: number;
}

/**
 * Reads every stored block and undo record into `shelf`, a page at a time, calling
 * `pause` between pages (the caller yields to the page there); stops when `signal` aborts.
 */
export async function fillShelf(
  store: ChainStore,
  shelf: BlockShelf,
  options: { pageSize?: number; pause?: () => Promise<void>; onProgress?: (p: FillProgress) => void; signal?: AbortSignal } = {},
): Promise<FillProgress> {
  let after: string | null = null;
  let read = 0;
  let total = 0;
  do {
    if (options.signal?.aborted) break;
    const page = await store.readBodies(after, options.pageSize ?? 256);
    shelf.addRecords(page.blocks, page.undo);
    read += page.blocks.length;
    total = page.total;
    after = page.next;
    options.onProgress?.({ blocks: read, total });
    if (after !== null) await options.pause?.();
  } while (after !== null);
  return { blocks: read, total };
}
