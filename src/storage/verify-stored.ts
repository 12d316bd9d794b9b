/**
 * The full verification of what is stored, run in the background (a worker in
 * the app) after the start checked only the last few blocks of each node: each
 * node's active chain is replayed from genesis, block by block (every body
 * read, parsed and checked against its hash, connected without signatures as
 * the load-time check always did), every block's stored undo data compared
 * with what the replay gives, and the replayed UTXO set compared with the
 * stored one. Damage is named exactly as load names it (block-missing,
 * block-hash-mismatch, utxo-mismatch with its first differing coin, ...).
 *
 * Reads go in short transactions of `batch` blocks, so writes of the running
 * app are not held up. Nodes on the same tip share one replay.
 */
import { GENESIS_PREV_HASH, UtxoSet, UtxoView, connectBlock, equalBytes, isValidationError, validateParams, type ConsensusParams } from '../core/index';
import { BlockHashMismatchError, parseBlockRecord } from './records';
import { encodeUndo } from './undo-codec';
import { chainstateOf, indexProblems, why } from './load-common';
import { utxoMismatch } from './node-state';
import { storedNodeIds } from './garbage';
import { nodeRange, type RecordReader } from './backend';
import { STORES } from './schema';
import type { NodeChainstate } from './chainstate';
import type { StorageProblem } from './store';

export interface VerifyProgress {
  /** Blocks replayed so far, over every distinct chain. */
  readonly blocks: number;
  readonly total: number;
}

export interface VerifyReport {
  readonly nodes: number;
  readonly blocks: number;
  readonly problems: StorageProblem[];
}

export interface VerifyOptions {
  readonly batch?: number;
  readonly onProgress?: (p: VerifyProgress) => void;
  readonly signal?: AbortSignal;
  /** Awaited between batches (on the page's thread: a task boundary, so it stays responsive). */
  readonly pause?: () => Promise<void>;
}

/** Something that runs a read transaction (a Backend, or a RecordStore's backend). */
export interface ReadSource {
  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T>;
}

/** Genesis first. */
function activeChain(state: NodeChainstate): string[] {
  const out: string[] = [];
  for (let e = state.index.get(state.tip); e && !e.orphan; e = state.index.get(e.header.prevHash)) {
    out.push(e.hash);
    if (e.header.prevHash === GENESIS_PREV_HASH) break;
  }
  return out.reverse();
}

function sortedCoins(set: UtxoSet): [string, string][] {
  return set.toSortedArray().map(([k, c]) => [k, JSON.stringify({ amount: c.amount, address: c.address, height: c.height, coinbase: c.coinbase })]);
}

export async function verifyStored(source: ReadSource, options: VerifyOptions = {}): Promise<VerifyReport> {
  const batch = options.batch ?? 200;
  const { params, states, problems } = await source.read(async (r) => {
    const ids = await storedNodeIds(r);
    const meta = await r.get<{ value?: unknown }>(STORES.meta, 'params');
    const reads = await Promise.all(
      ids.map((id) => Promise.all([r.getAll<unknown>(STORES.chainstate, nodeRange(id)), r.getAllKeys(STORES.journal, nodeRange(id)), r.getAll<unknown>(STORES.journal, nodeRange(id))])),
    );
    const found: StorageProblem[] = [];
    const states: NodeChainstate[] = [];
    ids.forEach((id, i) => {
      const [parts, keys, values] = reads[i]!;
      const s = chainstateOf(id, parts, keys.map((key, k) => ({ key, value: values[k] })));
      if ('code' in s) found.push(s);
      else {
        const broken = indexProblems(s);
        if (broken.length > 0) found.push(...broken);
        else states.push(s);
      }
    });
    return { params: meta?.value, states, problems: found };
  });
  let consensus: ConsensusParams;
  try {
    consensus = validateParams(params as ConsensusParams);
  } catch (e) {
    return { nodes: 0, blocks: 0, problems: [{ code: 'params-invalid', store: STORES.meta, key: 'params', message: `The stored consensus parameters are invalid: ${why(e)}.` }] };
  }

  // One replay per distinct tip.
  const byTip = new Map<string, NodeChainstate[]>();
  for (const s of states) byTip.set(s.tip, [...(byTip.get(s.tip) ?? []), s]);
  const chains = [...byTip.values()].map((nodes) => ({ nodes, hashes: activeChain(nodes[0]!) }));
  const total = chains.reduce((n, c) => n + c.hashes.length, 0);
  let done = 0;
  const undoChecked = new Set<string>();

  for (const { nodes, hashes } of chains) {
    const utxos = new UtxoSet();
    const blame = (code: StorageProblem['code'], store: string, key: string, message: string) => {
      for (const n of nodes) problems.push({ code, nodeId: n.nodeId, store, key, message: `Node ${n.nodeId}: ${message}` });
    };
    let failed = false;
    for (let at = 0; at < hashes.length && !failed; at += batch) {
      if (options.signal?.aborted) return { nodes: states.length, blocks: done, problems };
      const slice = hashes.slice(at, at + batch);
      const [blocks, undo] = await source.read((r) => Promise.all([Promise.all(slice.map((h) => r.get<unknown>(STORES.blocks, h))), Promise.all(slice.map((h) => r.get<unknown>(STORES.undo, h)))]));
      for (let i = 0; i < slice.length; i++) {
        const hash = slice[i]!;
        const height = at + i;
        if (blocks[i] === undefined) {
          blame('block-missing', STORES.blocks, hash, `block ${hash} is in its index but not stored.`);
          failed = true;
          break;
        }
        let block;
        try {
          block = parseBlockRecord(blocks[i], hash);
        } catch (e) {
          if (e instanceof BlockHashMismatchError) blame('block-hash-mismatch', STORES.blocks, hash, `block ${hash}: ${e.message}.`);
          else blame('block-unparseable', STORES.blocks, hash, `block ${hash} does not parse (${why(e)}).`);
          failed = true;
          break;
        }
        const view = new UtxoView(utxos);
        let spent;
        try {
          spent = connectBlock(view, block, height, consensus, false).undo;
        } catch (e) {
          if (!isValidationError(e)) throw e;
          blame('restore-failed', STORES.blocks, hash, `block #${height} ${hash} does not connect on replay: ${e.code} (${e.message}).`);
          failed = true;
          break;
        }
        view.flushTo(utxos);
        if (!undoChecked.has(hash)) {
          undoChecked.add(hash);
          if (undo[i] === undefined) blame('undo-missing', STORES.undo, hash, `the undo data of active block ${hash} is not stored.`);
          else if (!(undo[i] instanceof Uint8Array) || !equalBytes(undo[i] as Uint8Array, encodeUndo(spent, block))) {
            blame('undo-mismatch', STORES.undo, hash, `the stored undo data of block #${height} ${hash} differs from what replaying the block gives.`);
          }
        }
      }
      done += slice.length;
      options.onProgress?.({ blocks: done, total });
      await options.pause?.();
    }
    if (failed) continue;
    const replayed = sortedCoins(utxos);
    for (const n of nodes) {
      const stored = sortedCoins(n.coins);
      const len = Math.max(replayed.length, stored.length);
      for (let i = 0; i < len; i++) {
        const a = replayed[i];
        const b = stored[i];
        if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) {
          problems.push(utxoMismatch(n.nodeId, replayed.length, stored.length, (a ?? b)![0])); // as verifyUtxoSet names it
          break;
        }
      }
    }
  }
  return { nodes: states.length, blocks: done, problems };
}
