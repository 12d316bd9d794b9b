/**
 * The full check of a chainstate: replay the active chain from genesis into a
 * fresh UTXO set (without signatures, as a trusted local replay) and compare
 * it coin by coin with the set the node holds.
 */
import { connectBlock } from './connect';
import { UtxoSet, UtxoView } from './utxo-set';
import type { Block } from './block';
import type { BlockEntry } from './block-tree';
import type { ConsensusParams } from './params';

export interface UtxoCheck {
  readonly ok: boolean;
  /** Coins the replay gives. */
  readonly expected: number;
  /** Coins the node holds. */
  readonly actual: number;
  /** The first differing coin in key order (the replay's key where both have one). */
  readonly firstDifference?: string;
}

export function replayActiveChain(active: readonly BlockEntry[], body: (hash: string) => Block, params: ConsensusParams): UtxoSet {
  const rebuilt = new UtxoSet();
  for (const e of active) {
    const view = new UtxoView(rebuilt);
    connectBlock(view, body(e.hash), e.height, params, false);
    view.flushTo(rebuilt);
  }
  return rebuilt;
}

export function compareUtxoSets(expected: UtxoSet, actual: UtxoSet): UtxoCheck {
  const a = expected.toSortedArray();
  const b = actual.toSortedArray();
  const len = Math.max(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x[0] !== y[0] || JSON.stringify(x[1]) !== JSON.stringify(y[1])) {
      return { ok: false, expected: a.length, actual: b.length, firstDifference: (x ?? y)![0] };
    }
  }
  return { ok: true, expected: a.length, actual: b.length };
}
