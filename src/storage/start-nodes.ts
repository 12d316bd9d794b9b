/**
 * Starting nodes like Bitcoin Core starts: from the block index and UTXO set
 * (loadIndex, no block read), then the last few blocks of each node checked
 * (verifyRecentBlocks, -checkblocks), then the stored pool accepted again.
 * A node that fails is reported with the problem load would name and left
 * out; its records stay as they are.
 *
 * Block bodies go to a BlockShelf shared by every node: the recent ones are
 * read here, all the others afterwards by fillShelf, in pages, while the page
 * is already in use. The full replay (verify-stored.ts) runs in a worker.
 */
import { Blockchain, DEFAULT_CHECK_BLOCKS, verifyRecentBlocks, type BlockchainOptions, type RecentCheck } from '../core/index';
import { acceptStoredPool } from './node-state';
import { STORES } from './schema';
import type { BlockShelf } from './block-shelf';
import type { ChainStore, DamageCode, IndexedNode, IndexedState, StorageProblem } from './store';

export interface StartOptions {
  /** Blocks checked at the tip of each node (Core's -checkblocks; default 6). */
  readonly checkBlocks?: number;
  /** Blockchain options per node (its clock in the simulation). */
  readonly optionsFor?: (nodeId: string) => BlockchainOptions;
}

export interface StartedNodes {
  readonly chains: Map<string, Blockchain>;
  readonly problems: StorageProblem[];
  /** Blocks checked at start, over every node. */
  readonly checkedBlocks: number;
}

const RECENT_CODES: Record<Exclude<RecentCheck, { ok: true }>['problem'], DamageCode> = {
  'block-missing': 'block-missing',
  'undo-missing': 'undo-missing',
  'undo-mismatch': 'undo-mismatch',
  'utxo-mismatch': 'utxo-mismatch',
  'block-invalid': 'restore-failed',
};

function recentProblem(nodeId: string, check: Exclude<RecentCheck, { ok: true }>, shelf: BlockShelf): StorageProblem {
  const damage = shelf.damageOf(check.key);
  if (damage && damage.code !== 'undo-unparseable') {
    return { code: damage.code, nodeId, store: STORES.blocks, key: check.key, message: `Node ${nodeId}: block ${check.key}: ${damage.message}.` };
  }
  if (damage) return { code: 'record-unparseable', nodeId, store: STORES.undo, key: check.key, message: `Node ${nodeId}: the undo data of block ${check.key} does not parse (${damage.message}).` };
  const store = check.problem === 'utxo-mismatch' ? STORES.chainstate : check.problem.startsWith('undo') ? STORES.undo : STORES.blocks;
  return { code: RECENT_CODES[check.problem], nodeId, store, key: check.key, message: `Node ${nodeId}: ${check.message} (checked at start).` };
}

/** Restores every node of `state` over `shelf` and checks its last blocks; damaged nodes are reported and left out. */
export async function startNodes(store: ChainStore, state: IndexedState, shelf: BlockShelf, options: StartOptions = {}): Promise<StartedNodes> {
  const depth = options.checkBlocks ?? DEFAULT_CHECK_BLOCKS;
  const problems: StorageProblem[] = [];
  const restored: { node: IndexedNode; chain: Blockchain }[] = [];
  for (const node of state.nodes) {
    const base = options.optionsFor?.(node.id) ?? {};
    try {
      const chain = Blockchain.fromIndex(state.params, { entries: node.entries, orphans: node.orphans, tip: node.tip, utxos: node.utxos }, { ...base, bodies: shelf });
      restored.push({ node, chain });
    } catch (e) {
      problems.push({ code: 'restore-failed', nodeId: node.id, store: STORES.chainstate, key: node.id, message: `Node ${node.id} could not be restored: ${(e as Error).message}.` });
    }
  }

  // The bodies and undo data the check needs, once per block for every node.
  const recent = new Set<string>();
  for (const { chain } of restored) {
    for (let h = chain.height; h > Math.max(0, chain.height - depth); h--) recent.add(chain.entryAt(h)!.hash);
  }
  const hashes = [...recent].filter((h) => !shelf.has(h));
  const { blocks, undo } = await store.readBlocks(hashes);
  shelf.addRecords(blocks, undo);

  const chains = new Map<string, Blockchain>();
  let checkedBlocks = 0;
  for (const { node, chain } of restored) {
    const check = verifyRecentBlocks(chain, depth);
    checkedBlocks += check.checked;
    if (!check.ok) {
      problems.push(recentProblem(node.id, check, shelf));
      continue;
    }
    const refused = acceptStoredPool(chain, node.id, node.mempool);
    if (refused.length > 0) {
      problems.push(...refused);
      continue;
    }
    chains.set(node.id, chain);
  }
  return { chains, problems, checkedBlocks };
}

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
