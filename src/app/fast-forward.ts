/**
 * Simulated mining's engine: the network's Poisson block discovery
 * (src/sim/mining-process.ts) run only where it cannot freeze the page.
 *
 * A simulated block is not faked: its finder builds a real template and
 * searches a real proof of work at the chain's target, and every node
 * validates it. On the main thread that search is allowed only when a block
 * needs at most MAX_SIMULATED_HASHES expected hashes (Bitcoin's work,
 * 2^256 / (target + 1), of the next required bits: Core's
 * GetNextWorkRequired, which applies retargeting and a teacher's override).
 * At the classroom difficulty (2^16 and rising) the Web Workers search it
 * (worker-proofs.ts): "next block" and fast-forward then wait for each proof,
 * the workers running flat out, and virtual time jumps from block to block.
 *
 * Fast-forward runs in slices of a few blocks, yielding to the page between
 * slices (setTimeout 0), so no task of the page runs long and the user can
 * stop it: fast-forward-run.ts, which loads with the first run.
 */
import { inEnglish, said, type AppSentence } from './app-sentences';
import { bitsToTarget, nextBitsRequired, workForTarget } from '../core/index';
import type { Network } from '../sim/index';

/** At most 2^12 expected hashes per block: a millisecond or two of main-thread hashing. */
export const MAX_SIMULATED_HASHES = 1n << 12n;
export const MAX_FAST_FORWARD_BLOCKS = 1000;

export interface SimulationCheck {
  readonly ok: boolean;
  /** Why not, in English (the API's words)... */
  readonly reason?: string;
  /** ...and as a key with values, for the page's language. */
  readonly said?: AppSentence;
  /** Expected hashes of the next block on the hardest of the nodes checked. */
  readonly expectedHashes: bigint;
}

/**
 * Whether simulated mining can run on the main thread without freezing the
 * page: some node has a miner, and the next block on the selected node and on
 * every node with a miner needs at most MAX_SIMULATED_HASHES hashes.
 */
export function checkSimulatedMining(network: Network, selectedNodeId: string): SimulationCheck {
  const nodes = network.nodes().filter((n) => n.miner || n.id === selectedNodeId);
  let work = 0n;
  for (const n of nodes) {
    const w = workForTarget(bitsToTarget(nextBitsRequired(n.tip, network.params)));
    if (w > work) work = w;
  }
  if (work > MAX_SIMULATED_HASHES) {
    const why = said('tooHardToSimulate', { hashes: work });
    return { ok: false, expectedHashes: work, reason: inEnglish(why), said: why };
  }
  const live = liveMiningCheck(network);
  return live.ok ? { ok: true, expectedHashes: work } : { ...live, expectedHashes: work };
}

/**
 * Whether "next block" and fast-forward can run: where the workers search the
 * proofs too hard for the main thread (the network asks for them outside),
 * at any target; else only at an easy one (checkSimulatedMining).
 */
export function checkSimulatedRun(network: Network, selectedNodeId: string): SimulationCheck {
  const inline = checkSimulatedMining(network, selectedNodeId);
  if (inline.ok || !network.outsideProof.outside) return inline;
  const live = liveMiningCheck(network);
  return live.ok ? { ok: true, expectedHashes: inline.expectedHashes } : { ...inline, reason: live.reason, said: live.said };
}

/** Whether the living network's miners can run at all (at any target, the workers proving hard ones): some node has a miner. */
export function liveMiningCheck(network: Network): { ok: boolean; reason?: string; said?: AppSentence } {
  if (network.nodes().some((n) => n.miner && n.miner.hashShare > 0)) return { ok: true };
  const why = said('noMinerLive');
  return { ok: false, reason: inEnglish(why), said: why };
}

export interface FastForwardResult {
  /** Blocks found during the run (network statistics, after minus before). */
  readonly blocks: number;
  /** Virtual time that passed, in seconds. */
  readonly seconds: number;
  /** Blocks that ended off the best chain, and reorgs on any node, during the run. */
  readonly stale: number;
  readonly reorgs: number;
  /** Set when the run ended before all the blocks asked for: why, in English (the API's words)... */
  readonly stopped?: string;
  /** ...and as a key with values, for the page's language (absent when the reason came without one). */
  readonly stoppedSaid?: AppSentence;
}

export interface FastForwardOptions {
  /** Called after each slice with the simulated blocks found so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the run after the current slice. */
  readonly signal?: AbortSignal;
}

/** The discovery `net` holds for its outside proof, waited for: the block it became, or null (dropped). */
export async function provenBlock(net: Network, proof: () => Promise<void>): Promise<SimulatedBlock | null> {
  const req = net.outsideProof.pending;
  if (!req) return null;
  const before = net.stats().network.blocksFound;
  await proof();
  if (net.outsideProof.pending?.id === req.id || net.stats().network.blocksFound === before || !net.hasNode(req.nodeId)) return null;
  const tip = net.node(req.nodeId).tip;
  return { nodeId: req.nodeId, hash: tip.hash, height: tip.height, time: req.time };
}

/**
 * One simulated block now ("Next block"): events up to and including it (its
 * proof from the workers when it is too hard for the main thread); mining is
 * switched on for it if it was off.
 */
export async function stepSimulatedBlock(net: Network, proof: () => Promise<void>): Promise<SimulatedBlock | null> {
  const wasOn = net.autoMining;
  if (!wasOn) net.setAutoMining(true);
  try {
    const step = net.stepBlock();
    if (step?.kind === 'block-found') return { nodeId: step.nodeId, hash: step.hash, height: step.height, time: step.time };
    return await provenBlock(net, proof);
  } finally {
    if (!wasOn) net.setAutoMining(false);
  }
}

export interface SimulatedBlock {
  /** The node whose miner found it. */
  readonly nodeId: string;
  readonly hash: string;
  readonly height: number;
  /** Virtual time (ms) it was found at. */
  readonly time: number;
}

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
