/**
 * The start check of a node restored from its block index and chainstate,
 * after Bitcoin Core's CVerifyDB (run at start with -checkblocks=6, the
 * default, at -checklevel 4): the last `depth` blocks of the active chain are
 * read, checked (CheckBlock, the undo data), disconnected from the UTXO set in
 * memory with their undo data, and connected again with full validation,
 * signatures included. The set must come out as it went in: a stored chainstate
 * that disagrees with its recent blocks, undo data that does not fit its
 * block, or a block that no longer validates is caught before the node runs.
 *
 * It changes nothing: the disconnects and connects happen on a UtxoView that
 * is dropped. Everything older is checked by a full replay (verifyUtxoSet),
 * which the app runs in the background.
 */
import { isValidationError } from './errors';
import { checkBlock, contextualCheckBlock } from './block-check';
import { connectBlock, disconnectBlock } from './connect';
import { blockHash } from './header';
import { UtxoView } from './utxo-set';
import type { Blockchain } from './chain';
import { DEFAULT_CHECK_BLOCKS } from './check-blocks';

export { DEFAULT_CHECK_BLOCKS };

export type RecentCheck =
  | { readonly ok: true; readonly checked: number }
  | {
      readonly ok: false;
      readonly checked: number;
      readonly problem: 'block-missing' | 'undo-missing' | 'block-invalid' | 'undo-mismatch' | 'utxo-mismatch';
      /** The block (or, for utxo-mismatch, the coin) where it went wrong. */
      readonly key: string;
      readonly height: number;
      readonly message: string;
    };

const sameCoin = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function verifyRecentBlocks(chain: Blockchain, depth = DEFAULT_CHECK_BLOCKS): RecentCheck {
  if (!Number.isSafeInteger(depth) || depth < 0) throw new RangeError(`depth must be a non-negative integer, got ${depth}`);
  // Genesis is never disconnected (Core stops above it too).
  const n = Math.min(depth, chain.height);
  const view = new UtxoView(chain.utxos);
  const entries = Array.from({ length: n }, (_, i) => chain.entryAt(chain.height - i)!);
  const fail = (problem: Exclude<RecentCheck, { ok: true }>['problem'], key: string, height: number, message: string, checked: number): RecentCheck => ({
    ok: false,
    checked,
    problem,
    key,
    height,
    message,
  });

  // Tip first, as Core disconnects them.
  for (const [i, e] of entries.entries()) {
    const block = chain.getBlock(e.hash);
    if (!block) return fail('block-missing', e.hash, e.height, `block #${e.height} ${e.hash} is not stored`, i);
    if (blockHash(block.header) !== e.hash) return fail('block-invalid', e.hash, e.height, `block #${e.height} hashes to ${blockHash(block.header)}, not ${e.hash}`, i);
    try {
      checkBlock(block, chain.params);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return fail('block-invalid', e.hash, e.height, `block #${e.height} ${e.hash} fails ${err.code}: ${err.message}`, i);
    }
    const undo = chain.getUndo(e.hash);
    if (!undo) return fail('undo-missing', e.hash, e.height, `the undo data of block #${e.height} ${e.hash} is not stored`, i);
    try {
      disconnectBlock(view, block, undo);
    } catch (err) {
      return fail('undo-mismatch', e.hash, e.height, `the undo data of block #${e.height} ${e.hash} does not fit it: ${(err as Error).message}`, i);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const e = entries[i]!;
    const block = chain.getBlock(e.hash)!;
    try {
      contextualCheckBlock(block, e.parent!, chain.params, Number.MAX_SAFE_INTEGER);
      connectBlock(view, block, e.height, chain.params, true);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return fail('block-invalid', e.hash, e.height, `block #${e.height} ${e.hash} does not connect again: ${err.code} (${err.message})`, n);
    }
  }
  const { added, removed } = view.changes();
  // The outputs disconnected were all connected again: nothing can be left removed.
  if (removed.length > 0) return fail('utxo-mismatch', removed[0]!, chain.height, `coin ${removed[0]} was spent by disconnecting the last ${n} blocks and not created again`, n);
  for (const [key, coin] of added) {
    if (!sameCoin(chain.utxos.getCoin(key), coin)) {
      return fail('utxo-mismatch', key, chain.height, `coin ${key} ${chain.utxos.has(key) ? 'differs from' : 'is missing from'} the stored UTXO set, which the last ${n} blocks create`, n);
    }
  }
  return { ok: true, checked: n };
}
