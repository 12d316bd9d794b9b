/**
 * The original systems' consensus call (toychain's GET /nodes/resolve):
 * ask every reachable peer for its chain and adopt the valid one with the most
 * work, reporting whether the node's chain was replaced.
 *
 * Done faithfully: a peer's chain is not trusted for its length. Chains that
 * claim more work than the node's tip are tried, most work first, by feeding
 * their blocks through processBlock exactly as if they had arrived from that
 * peer; core's fork choice then moves to the most-work chain that validates
 * and refuses an invalid one with its reason code (like Bitcoin Core's
 * feature_block.py refusing a longer chain that double spends or overpays its
 * miner). Valid blocks below an invalid one stay as a side branch.
 *
 * Like the original HTTP call this is synchronous: it asks peers directly
 * (reachable = linked, present and not cut off by a partition; link latency
 * and loss do not apply to it) rather than through the message queue.
 */
import { hashOfBlock, mergeReorgs, type RejectCode, type ReorgInfo } from '../core/index';
import { chainWorkOf, type SimNode } from './sim-node';

export type PeerChainOutcome = 'adopted' | 'not-better' | 'invalid' | 'unreachable';

export interface PeerChainReport {
  readonly peer: string;
  readonly outcome: PeerChainOutcome;
  /** Length and tip the peer showed (absent when unreachable). */
  readonly height?: number;
  readonly tip?: string;
  /** Claimed cumulative work (decimal string). */
  readonly work?: string;
  /** The reason code of the first block refused from this chain. */
  readonly code?: RejectCode;
  readonly message?: string;
}

export interface ResolveReport {
  readonly nodeId: string;
  /** True when the node's active chain changed (extended or switched). */
  readonly replaced: boolean;
  readonly previousTip: string;
  readonly tip: string;
  readonly height: number;
  readonly chainWork: string;
  readonly reorg?: ReorgInfo;
  readonly peers: PeerChainReport[];
}

export function resolveConflicts(node: SimNode, peers: readonly { id: string; node: SimNode | undefined; reachable: boolean }[]): ResolveReport {
  const previousTip = node.tip.hash;
  const reports = new Map<string, PeerChainReport>();
  const candidates: { peer: string; blocks: ReturnType<SimNode['servedChain']>; work: bigint }[] = [];
  for (const p of peers) {
    if (!p.reachable || !p.node) {
      reports.set(p.id, { peer: p.id, outcome: 'unreachable' });
      continue;
    }
    const blocks = p.node.servedChain();
    const work = chainWorkOf(blocks);
    const tip = hashOfBlock(blocks[blocks.length - 1]!);
    const shown = { peer: p.id, height: blocks.length - 1, tip, work: work?.toString() };
    if (work === undefined) {
      reports.set(p.id, { ...shown, outcome: 'invalid', code: 'bad-prevblk', message: 'the blocks shown do not form a chain' });
    } else {
      // 'adopted' or 'invalid' once it is tried below; a chain never tried was not better.
      reports.set(p.id, { ...shown, outcome: 'not-better' });
      candidates.push({ peer: p.id, blocks, work });
    }
  }
  // Most work first; equal work in peer order (sort is stable: first asked wins). The
  // difference of two works is never a nonzero number that rounds to 0, so its sign is exact.
  candidates.sort((a, b) => Number(b.work - a.work));

  let reorg: ReorgInfo | undefined;
  for (const c of candidates) {
    // Tried only while it beats the node's tip: not one block of a lighter (or equal) chain is fetched.
    if (c.work <= node.tip.chainWork) continue;
    let refused: { code?: RejectCode; message?: string } | undefined;
    for (const block of c.blocks) {
      const hash = hashOfBlock(block);
      if (node.chain.tree.has(hash)) continue;
      const r = node.processBlock(block, { peer: c.peer, cause: 'resolve' });
      if (r.delta.reorg) reorg = reorg ? mergeReorgs(reorg, r.delta.reorg) : r.delta.reorg;
      if (r.status === 'rejected') {
        refused = { code: r.code, message: r.message };
        break; // its descendants would only be refused as bad-prevblk
      }
    }
    const tip = hashOfBlock(c.blocks[c.blocks.length - 1]!);
    const prior = reports.get(c.peer)!;
    if (node.tip.hash === tip) reports.set(c.peer, { ...prior, outcome: 'adopted' });
    else if (refused) reports.set(c.peer, { ...prior, outcome: 'invalid', ...refused });
  }

  const replaced = node.tip.hash !== previousTip;
  const report: ResolveReport = {
    nodeId: node.id,
    replaced,
    previousTip,
    tip: node.tip.hash,
    height: node.height,
    chainWork: node.tip.chainWork.toString(),
    ...(reorg ? { reorg } : {}),
    peers: peers.map((p) => reports.get(p.id)!),
  };
  const refusedPeers = report.peers.filter((p) => p.outcome === 'invalid').map((p) => `${p.peer} (${p.code})`);
  node.addLog(
    'info',
    'resolve',
    `resolve conflicts: ${replaced ? `chain replaced, now height ${node.height}` : 'chain kept'}${refusedPeers.length ? `; refused invalid chain(s) from ${refusedPeers.join(', ')}` : ''}`,
  );
  return report;
}
