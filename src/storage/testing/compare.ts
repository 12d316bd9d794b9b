/**
 * JSON-comparable pictures of stored state for the storage tests: order-free
 * where storage order does not matter (UTXOs, undo), ordered where it does
 * (first-seen block order, pool arrival order).
 */
import { blockHash, blockToHex, txid } from '../../core/index';
import type { NodeState, PersistedState } from '../store';

export function nodeFingerprint(n: NodeState): unknown {
  const sort = <T extends readonly [string, unknown]>(xs: Iterable<T>) => [...xs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    id: n.id,
    blocks: n.blocks.map((b) => [blockHash(b.header), blockToHex(b)]),
    orphans: n.orphans.map((b) => blockHash(b.header)).sort(),
    tip: n.tip,
    utxos: sort(n.utxos.map(([k, c]) => [k, { amount: c.amount, address: c.address, height: c.height, coinbase: c.coinbase }] as const)),
    undo: sort(n.undo.entries()),
    mempool: n.mempool.map((m) => [txid(m.tx), m.time]),
  };
}

export function stateFingerprint(s: PersistedState): string {
  return JSON.stringify({
    params: s.params,
    nodes: [...s.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map(nodeFingerprint),
    wallets: s.wallets,
    network: s.network,
    settings: s.settings,
  });
}
