/**
 * Fast-forward's run: `blocks` simulated blocks in slices of a few blocks,
 * yielding to the page between slices (setTimeout 0), so no task of the page
 * runs long and the user can stop it. The checks, the limits and one block
 * at a time ("Next block") are in fast-forward.ts; this loads with the first run.
 */
import { inEnglish, said, type AppSentence } from './app-sentences';
import type { Network, NetworkStatsSnapshot } from '../sim/index';
import { provenBlock, type FastForwardOptions, type FastForwardResult, type SimulationCheck } from './fast-forward';

/** Blocks per slice at most, and the main-thread time a slice may take before it yields. */
export const SLICE_MAX_BLOCKS = 5;
export const SLICE_BUDGET_MS = 15;

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
    // The page first shows that the run started (and this code, just loaded, ends its task); the
    // first slice is one block: its code paths are cold, and the page redraws after it (in CI a
    // first slice of four blocks and its redraw made a 52-60 ms task).
    await d.yieldToPage();
    while (done < blocks && stopped === undefined) {
      const sliceStart = d.now();
      const budgetMs = done === 0 ? 0 : SLICE_BUDGET_MS;
      // At least one block per slice, so the run always moves on.
      for (
        let k = 0;
        k < SLICE_MAX_BLOCKS &&
        done < blocks &&
        (k === 0 || d.now() - sliceStart < budgetMs);
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
