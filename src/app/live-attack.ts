/**
 * The 51% attack on the live network (src/lab/majority-attack.ts does the
 * attack itself): run on the page's thread in slices of a few milliseconds,
 * with the clock held so the page's timer does not move virtual time under it,
 * the attacker node joining and leaving through the node service (so it is
 * saved, then forgotten), and the result told as the page lists it: each
 * payment the rewrite took out of the followed node's chain.
 */
import { said, type AppSentence } from './app-sentences';
import type { Wallet } from '../core/index';
import type { MajorityAttackInput, MajorityAttackResult } from '../lab/index';
import type { ClockService } from './clock-service';
import { PocketError, badValue } from './errors';
import { MAX_SIMULATED_HASHES, checkSimulatedMining, yieldToPage } from './fast-forward';
import type { NodeService } from './node-service';

/** A payment the 51% attack took out of the chain, for the page's list. */
export interface ReversedPayment {
  readonly txid: string;
  readonly outputs: readonly { readonly address: string; readonly amount: number }[];
  /** Back in the followed node's pool (it may confirm again), or dropped as a conflict. */
  readonly inPool: boolean;
}

export interface MajorityAttackReport extends Omit<MajorityAttackResult, 'reversed'> {
  readonly share: number;
  readonly depth: number;
  readonly nodeId: string;
  readonly attackerAddress: string;
  readonly reversedPayments: readonly ReversedPayment[];
}

/** Main-thread time a slice of the attack may take before the page gets a turn. */
const SLICE_MS = 12;

/**
 * Whether the attack can run on the live network now; else why not, in a
 * sentence, and when the chain's target is too hard, the hashes a block needs
 * (so the page can say it in its own language).
 */
export function liveAttackCheck(nodes: NodeService): { ok: boolean; reason?: string; said?: AppSentence; hashesPerBlock?: number } {
  const c = checkSimulatedMining(nodes.network, nodes.selected.id);
  if (c.ok) return { ok: true };
  if (c.expectedHashes <= MAX_SIMULATED_HASHES) return { ok: false, reason: c.reason, ...(c.said ? { said: c.said } : {}) };
  return {
    ok: false,
    hashesPerBlock: Number(c.expectedHashes),
    reason:
      `The attack mines on this page's thread, so it needs an easy target, and each block here needs about ${c.expectedHashes.toLocaleString('en-US')} hashes. ` +
      'Create a Simulation chain in Settings (or call resetSystem({ preset: "simulation" })) to run it.',
  };
}

/** Runs the attack against the followed node (the caller has checked the input and the guard). */
export async function runLiveAttack(
  d: { readonly nodes: NodeService; readonly clock: ClockService; readonly attacker: Wallet },
  input: MajorityAttackInput,
  o: { readonly signal: AbortSignal; readonly onProgress: (blocks: number) => void },
): Promise<MajorityAttackReport> {
  // The attack's code loads with the first attack, not with the page.
  const { majorityAttackSteps } = await import('../lab/majority-attack');
  const reference = d.nodes.selected;
  const steps = majorityAttackSteps(d.nodes.network, input, {
    referenceNodeId: reference.id,
    attackerAddress: d.attacker.address,
    addNode: (a) => d.nodes.addDetached({ id: a.id!, label: a.label ?? 'Attacker' }),
    removeNode: (id) => d.nodes.removeDetached(id),
  });
  const release = d.clock.hold();
  try {
    let r = steps.next();
    while (!r.done) {
      await yieldToPage();
      if (o.signal.aborted) {
        steps.return(undefined as never);
        throw new PocketError('lab-cancelled', 'The attack was cancelled: the attacker gave up and left the network (its blocks stayed private).');
      }
      const start = performance.now();
      do {
        o.onProgress(r.value);
        r = steps.next();
      } while (!r.done && performance.now() - start < SLICE_MS);
    }
    const result = r.value;
    const pool = reference.chain.mempool;
    return {
      attackerId: result.attackerId,
      forkHeight: result.forkHeight,
      reorgDepth: result.reorgDepth,
      reversedTxids: result.reversedTxids,
      returnedToPool: result.returnedToPool,
      blocks: result.blocks,
      honestBlocks: result.honestBlocks,
      share: input.share,
      depth: input.depth,
      nodeId: reference.id,
      attackerAddress: d.attacker.address,
      reversedPayments: result.reversed.map((tx, i) => ({
        txid: result.reversedTxids[i]!,
        outputs: tx.outputs.map((out) => ({ address: out.address, amount: out.amount })),
        inPool: pool.has(result.reversedTxids[i]!),
      })),
    };
  } catch (e) {
    throw e instanceof PocketError ? e : badValue(undefined, said('attackStopped', { problem: (e as Error).message }));
  } finally {
    release();
  }
}
