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
 * stop it.
 */
import { inEnglish, said, type AppSentence } from './app-sentences';
import { bitsToTarget, nextBitsRequired, workForTarget } from '../core/index';
import type { Network, NetworkStatsSnapshot } from '../sim/index';

/** At most 2^12 expected hashes per block: a millisecond or two of main-thread hashing. */
export const MAX_SIMULATED_HASHES = 1n << 12n;
export const MAX_FAST_FORWARD_BLOCKS = 1000;
/** Blocks per slice at most, and the main-thread time a slice may take before it yields. */
export const SLICE_MAX_BLOCKS = 5;
export const SLICE_BUDGET_MS = 15;

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

export interface FastForwardDeps {
  /** The running network (a reset or import replaces it: the run then stops). */
  network(): Network;
  /** Re-checked before every block: a retarget or a teacher's difficulty may make it impossible mid-run. */
  check(): SimulationCheck;
  /** Whether this tab may still make changes. */
  writable(): boolean;
  /** Milliseconds from a monotonic clock (performance.now). */
  now(): number;
  /** Gives the page a turn (setTimeout 0 in the page). */
  yieldToPage(): Promise<void>;
  /** Resolves once the proof the workers search for a held discovery was handed over (or dropped). */
  proof(): Promise<void>;
}

/** The discovery `net` holds for its outside proof, waited for: the block it became, or null (dropped). */
async function provenBlock(net: Network, proof: () => Promise<void>): Promise<SimulatedBlock | null> {
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

/**
 * Runs `blocks` simulated blocks in slices. Simulated mining is switched on for
 * the run if it was off, and back off afterwards. Expects `blocks` checked by
 * the caller (a whole number from 1 to MAX_FAST_FORWARD_BLOCKS).
 */
export async function runFastForward(
  d: FastForwardDeps,
  blocks: number,
  o: FastForwardOptions = {},
): Promise<FastForwardResult> {
  const net = d.network();
  const before = net.stats();
  const wasOn = net.autoMining;
  if (!wasOn) net.setAutoMining(true);
  let done = 0;
  let stopped: StopReason | undefined;
  try {
    while (done < blocks && stopped === undefined) {
      const sliceStart = d.now();
      // At least one block per slice, so the run always moves on.
      for (
        let k = 0;
        k < SLICE_MAX_BLOCKS &&
        done < blocks &&
        (k === 0 || d.now() - sliceStart < SLICE_BUDGET_MS);
        k++
      ) {
        stopped = whyStop(d, net, o.signal);
        if (stopped !== undefined) break;
        // Too hard for the main thread: the workers search this block's proof while virtual time holds.
        if (net.fastForward({ blocks: 1 }).blocks === 0) {
          const held = net.outsideProof.pending !== null;
          if (!held || (await provenBlock(net, d.proof)) === null) {
            stopped = whyStop(d, net, o.signal) ?? stopReason(said(held ? 'runProofNotFound' : 'runNoBlockFound'));
            break;
          }
        }
        done++;
      }
      o.onProgress?.(done, blocks);
      if (done < blocks && stopped === undefined) await d.yieldToPage();
    }
  } finally {
    if (!wasOn && d.network() === net) net.setAutoMining(false);
  }
  return {
    ...difference(before, net.stats()),
    ...(stopped !== undefined ? { stopped: stopped.reason, ...(stopped.said ? { stoppedSaid: stopped.said } : {}) } : {}),
  };
}

/** Why a run stopped: the English sentence, and its key and values when it has them. */
interface StopReason {
  readonly reason: string;
  readonly said?: AppSentence;
}

const stopReason = (s: AppSentence): StopReason => ({ reason: inEnglish(s), said: s });

function whyStop(
  d: FastForwardDeps,
  net: Network,
  signal: AbortSignal | undefined,
): StopReason | undefined {
  if (signal?.aborted) return stopReason(said('runStoppedByYou'));
  if (d.network() !== net) return stopReason(said('runNetworkReplaced'));
  if (!d.writable()) return stopReason(said('runReadOnly'));
  const check = d.check();
  if (check.ok) return undefined;
  return check.said ? stopReason(check.said) : { reason: check.reason ?? '' };
}

function difference(
  before: NetworkStatsSnapshot,
  after: NetworkStatsSnapshot,
): Omit<FastForwardResult, 'stopped'> {
  return {
    blocks: after.network.blocksFound - before.network.blocksFound,
    seconds: Math.round((after.time - before.time) / 1000),
    stale: Math.max(0, after.network.staleBlocks - before.network.staleBlocks),
    reorgs: Math.max(0, after.network.reorgs - before.network.reorgs),
  };
}
