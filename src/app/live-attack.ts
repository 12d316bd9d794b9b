/**
 * The 51% attack on the live network (src/lab/majority-attack.ts does the
 * attack itself): run on the page's thread in slices of a few milliseconds,
 * with the clock held so the page's timer does not move virtual time under it,
 * the attacker node joining and leaving through the node service (so it is
 * saved, then forgotten), and the result told as the page lists it: each
 * payment the rewrite took out of the followed node's chain.
 *
 * This file is the check and the report's shape, which the page needs at once;
 * the run itself (live-attack-run.ts) loads with the first attack.
 */
import type { AppSentence } from './app-sentences';
import type { MajorityAttackResult } from '../lab/index';
import { MAX_SIMULATED_HASHES, checkSimulatedMining } from './fast-forward';
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
