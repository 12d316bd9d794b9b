/**
 * Network nodes for NetworkView from the nodes' own Blockchains: each node's
 * height and tip, its partition group, and its branch. Two nodes are on the
 * same branch when one's tip is on the other's active chain (a node one block
 * behind is on the same branch, not on a fork); branch 0 holds the most work.
 */
import { isList } from './checks';
import type { Blockchain } from '../../core/index';
import type { NetworkViewNode } from './network-layout';

export interface BranchCandidate {
  readonly id: string;
  readonly tipHash: string;
  readonly height: number;
  /** Cumulative work of the tip (chainWork). */
  readonly work: bigint;
  /** The hash of this node's active block at `height`, if it has one. */
  readonly hashAt: (height: number) => string | undefined;
}

/**
 * Branch number per node id: candidates are taken by most work (then height,
 * then id), and each joins the first branch whose leader's active chain holds
 * its tip, or starts a new one.
 */
export function assignBranches(candidates: readonly BranchCandidate[]): Map<string, number> {
  if (!isList(candidates)) throw new TypeError('candidates must be an array of BranchCandidate');
  const order = [...candidates].sort((a, b) => (a.work === b.work ? b.height - a.height || a.id.localeCompare(b.id) : a.work > b.work ? -1 : 1));
  const leaders: BranchCandidate[] = [];
  const out = new Map<string, number>();
  for (const c of order) {
    let branch = leaders.findIndex((l) => l.hashAt(c.height) === c.tipHash);
    if (branch < 0) {
      branch = leaders.length;
      leaders.push(c);
    }
    out.set(c.id, branch);
  }
  return out;
}

export interface NetworkNodeSource {
  readonly id: string;
  /** Short name drawn on the node; defaults to the id. */
  readonly label?: string;
  readonly chain: Blockchain;
  /** Partition group; all nodes share one group when omitted. */
  readonly group?: string;
  readonly mining?: boolean;
}

export function networkViewNodes(sources: readonly NetworkNodeSource[]): NetworkViewNode[] {
  if (!isList(sources)) throw new TypeError('sources must be an array of {id, chain}');
  const branches = assignBranches(
    sources.map((s, i) => {
      if (!s?.chain || typeof s.chain.entryAt !== 'function') throw new TypeError(`sources[${i}].chain must be a Blockchain`);
      return {
        id: s.id,
        tipHash: s.chain.tip.hash,
        height: s.chain.height,
        work: s.chain.tip.chainWork,
        hashAt: (h: number) => s.chain.entryAt(h)?.hash,
      };
    }),
  );
  return sources.map((s) => ({
    id: s.id,
    label: s.label ?? s.id,
    height: s.chain.height,
    tipHash: s.chain.tip.hash,
    group: s.group ?? 'all',
    branch: branches.get(s.id)!,
    mining: s.mining,
  }));
}
