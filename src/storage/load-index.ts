/**
 * What a start reads (loadIndex): meta, wallets, and every node's checkpoint
 * and journal, in one read transaction, plus the bodies of orphan blocks
 * (they are not in the tree). No other block body and no undo data: a node
 * runs from its block index and UTXO set, as Bitcoin Core starts from its
 * block index and chainstate.
 *
 * What can be checked without bodies is checked here (every record decodes,
 * the tip and its ancestors are in the index, one genesis, orphans and pool
 * transactions parse); the last blocks of each node are checked next
 * (start-check.ts), everything else by the full verification in the
 * background (verify-stored.ts). A damaged node is reported and left out, its
 * records untouched.
 */
import { BlockHashMismatchError, parseBlockRecord } from './records';
import { assembleConfig, chainstateOf, indexProblems, poolItems, why } from './load-common';
import { nodeRange, type RecordReader } from './backend';
import { STORES } from './schema';
import type { DamageCode, IndexLoadResult, IndexedNode, StorageProblem } from './store';
import type { Block } from '../core/index';
import type { NodeChainstate } from './chainstate';

export async function loadIndex(r: RecordReader, schemaVersion: number): Promise<IndexLoadResult> {
  const [meta, wallets, csKeys] = await Promise.all([r.getAll<{ key?: unknown; value?: unknown }>(STORES.meta), r.getAll(STORES.wallets), r.getAllKeys(STORES.chainstate)]);
  const ids = [...new Set(csKeys.filter((k): k is [string, number] => Array.isArray(k) && typeof k[0] === 'string').map((k) => k[0]))];
  const [reads, journalKeys] = await Promise.all([
    Promise.all(ids.map((id) => Promise.all([r.getAll<unknown>(STORES.chainstate, nodeRange(id)), r.getAllKeys(STORES.journal, nodeRange(id)), r.getAll<unknown>(STORES.journal, nodeRange(id))]))),
    r.getAllKeys(STORES.journal),
  ]);
  const config = assembleConfig(meta, wallets, ids.length > 0);
  if (!config.state) return { schemaVersion, state: null, problems: config.problems };
  const problems: StorageProblem[] = [...config.problems];

  const states: NodeChainstate[] = [];
  ids.forEach((id, i) => {
    const [parts, jKeys, jValues] = reads[i]!;
    const s = chainstateOf(id, parts, jKeys.map((key, k) => ({ key, value: jValues[k] })));
    if ('code' in s) problems.push(s);
    else states.push(s);
  });
  const known = new Set(ids);
  for (const k of journalKeys) {
    const id = Array.isArray(k) ? String(k[0]) : String(k);
    if (!known.has(id)) {
      known.add(id);
      problems.push({ code: 'record-unparseable', nodeId: id, store: STORES.journal, message: `Node ${id}: the journal holds entries of it but its checkpoint is missing.` });
    }
  }

  // Orphans are blocks without a place in the tree: their bodies come now.
  const orphanHashes = [...new Set(states.flatMap((s) => s.orphans().map((e) => e.hash)))];
  const orphanRecs = await Promise.all(orphanHashes.map((h) => r.get<unknown>(STORES.blocks, h)));
  const orphanBodies = new Map(orphanHashes.map((h, i) => [h, orphanRecs[i]] as const));

  const nodes: IndexedNode[] = [];
  for (const s of states) {
    const nodeProblems = indexProblems(s);
    const orphans: Block[] = [];
    for (const e of s.orphans()) {
      const rec = orphanBodies.get(e.hash);
      const p = (code: DamageCode, message: string) => nodeProblems.push({ code, nodeId: s.nodeId, store: STORES.blocks, key: e.hash, message: `Node ${s.nodeId}: block ${e.hash} ${message}` });
      if (rec === undefined) p('block-missing', 'is in its index but not stored.');
      else {
        try {
          orphans.push(parseBlockRecord(rec, e.hash));
        } catch (err) {
          if (err instanceof BlockHashMismatchError) p('block-hash-mismatch', `${why(err)}.`);
          else p('block-unparseable', `does not parse (${why(err)}).`);
        }
      }
    }
    const mempool = poolItems(s, nodeProblems);
    if (nodeProblems.length > 0) {
      problems.push(...nodeProblems);
      continue;
    }
    nodes.push({ id: s.nodeId, entries: s.blocks(), orphans, tip: s.tip, utxos: s.coins, mempool });
  }
  return { schemaVersion, state: { ...config.state, nodes }, problems };
}
