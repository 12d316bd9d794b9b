/**
 * Runs the 51% attack on the live network (live-attack.ts says when it can and
 * what the report holds): on the page's thread in slices of a few
 * milliseconds, with the clock held so the page's timer does not move virtual
 * time under it. Loaded with the first attack, not with the page.
 */
import type { Wallet } from '../core/index';
import type { MajorityAttackInput } from '../lab/index';
import { majorityAttackSteps } from '../lab/majority-attack';
import type { ClockService } from './clock-service';
import { said } from './app-sentences';
import { PocketError, badValue } from './errors';
import { yieldToPage } from './fast-forward';
import type { MajorityAttackReport } from './live-attack';
import type { NodeService } from './node-service';

/** Main-thread time a slice of the attack may take before the page gets a turn. */
const SLICE_MS = 12;

/** Runs the attack against the followed node (the caller has checked the input and the guard). */
export async function runLiveAttack(
  d: { readonly nodes: NodeService; readonly clock: ClockService; readonly attacker: Wallet },
  input: MajorityAttackInput,
  o: { readonly signal: AbortSignal; readonly onProgress: (blocks: number) => void },
): Promise<MajorityAttackReport> {
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
