/**
 * Starting nodes like Bitcoin Core starts: from the block index and UTXO set
 * (loadIndex, no block read: indexedChain), then the last few blocks of each
 * node checked (checkRecentBlocks: verifyRecentBlocks, -checkblocks), then
 * the stored pool accepted again (node-state.ts: acceptStoredPool). A node
 * that fails is reported with the problem load would name; its records stay
 * as they are.
 *
 * Block bodies go to a BlockShelf shared by every node: the recent ones are
 * read here, all the others afterwards by fillShelf (fill-shelf.ts), in pages,
 * while the page is already in use. The full replay (verify-stored.ts) runs in
 * a worker. This code loads only on a visit with a stored state
 * (stored-start-code.ts).
 */
import { Blockchain, DEFAULT_CHECK_BLOCKS, type BlockchainOptions, type ConsensusParams } from '../core/index';
// From its file: the core barrel leaves it out of the first load (core/index.ts).
import { verifyRecentBlocks, type RecentCheck } from '../core/verify-recent';
import { STORES } from './schema';
import type { BlockShelf } from './block-shelf';
import type { ChainStore, DamageCode, IndexedNode, StorageProblem } from './store';

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

/** A node from its block index and UTXO set, its bodies in `shelf` (Blockchain.fromIndex; throws what it throws). */
export function indexedChain(params: ConsensusParams, node: IndexedNode, shelf: BlockShelf, options: BlockchainOptions = {}): Blockchain {
  return Blockchain.fromIndex(params, { entries: node.entries, orphans: node.orphans, tip: node.tip, utxos: node.utxos }, { ...options, bodies: shelf });
}

/**
 * Checks the last `depth` blocks of every chain (verifyRecentBlocks), reading
 * their bodies and undo data into `shelf` first, once per block for every node.
 */
export async function checkRecentBlocks(
  store: ChainStore,
  chains: ReadonlyMap<string, Blockchain>,
  shelf: BlockShelf,
  depth = DEFAULT_CHECK_BLOCKS,
): Promise<{ problems: StorageProblem[]; checkedBlocks: number }> {
  const recent = new Set<string>();
  for (const chain of chains.values()) {
    for (let h = chain.height; h > Math.max(0, chain.height - depth); h--) recent.add(chain.entryAt(h)!.hash);
  }
  const { blocks, undo } = await store.readBlocks([...recent].filter((h) => !shelf.has(h)));
  shelf.addRecords(blocks, undo);
  const problems: StorageProblem[] = [];
  let checkedBlocks = 0;
  for (const [id, chain] of chains) {
    const check = verifyRecentBlocks(chain, depth);
    checkedBlocks += check.checked;
    if (!check.ok) problems.push(recentProblem(id, check, shelf));
  }
  return { problems, checkedBlocks };
}
